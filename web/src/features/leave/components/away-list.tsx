import { Empty, Flex, List, Spin, Tag, Typography } from 'antd';
import { LEAVE_KIND_LABELS } from '@mofan/shared';
import { QueryErrorResult } from '../../../components/query-error-result';
import { useLeaveAway } from '../api/get-leave-away';

interface AwayListProps {
  nodeId: string | undefined;
  date: string;
}

/** Who is away on the day: approved leave up to the 销假 date. Nothing else is tracked — no location, no check-in. */
export function AwayList({ nodeId, date }: AwayListProps) {
  const away = useLeaveAway(nodeId, date);
  if (!nodeId) return <Empty description="请选择科室或单位" />;
  if (away.isError) return <QueryErrorResult error={away.error} onRetry={() => void away.refetch()} />;
  if (!away.data) return <Spin style={{ display: 'block', margin: '48px auto' }} />;
  const { people } = away.data;
  return (
    <>
      <Typography.Paragraph type="secondary">
        {away.data.nodeName} {away.data.date}：{people.length === 0 ? '没有请假人员' : `${people.length}人不在岗`}
      </Typography.Paragraph>
      {people.length > 0 && (
        <List
          dataSource={people}
          rowKey="requestId"
          renderItem={(p) => (
            <List.Item>
              <Flex justify="space-between" align="center" wrap gap={8} style={{ width: '100%' }}>
                <span>
                  <Typography.Text strong>{p.personName}</Typography.Text> <Typography.Text type="secondary">{p.departmentName}</Typography.Text>
                </span>
                <span>
                  <Tag>{LEAVE_KIND_LABELS[p.kind]}</Tag>
                  {p.startsOn} 至 {p.effectiveEndsOn}
                </span>
              </Flex>
            </List.Item>
          )}
        />
      )}
    </>
  );
}
