import { List, Tag, Typography } from 'antd';
import type { ActivityRecord } from '@mofan/shared';

/** Who came and who did not, with the reason given. Absentees first: that is what a checker looks for. */
export function AttendanceList({ participants }: { participants: ActivityRecord['participants'] }) {
  const sorted = [...participants].sort((a, b) => Number(a.present) - Number(b.present));
  return (
    <List
      size="small"
      dataSource={sorted}
      locale={{ emptyText: '未登记参加人员' }}
      renderItem={(p) => (
        <List.Item>
          <span>{p.name}</span>
          {p.present ? (
            <Tag color="green">出席</Tag>
          ) : (
            <span>
              <Tag color="orange">缺席</Tag>
              {p.absenceReason && <Typography.Text type="secondary">{p.absenceReason}</Typography.Text>}
            </span>
          )}
        </List.Item>
      )}
    />
  );
}
