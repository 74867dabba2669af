import { Card, Descriptions, Tag, Typography } from 'antd';
import { Link } from 'react-router';
import type { TargetResult } from '@mofan/shared';
import { KindTags } from '../../records/components/kind-tags';
import { StatusTag } from './status-tag';
import { WarningDot } from './warning-dot';

/** One target's verdict for a period and what it rests on: the records that count, the people still missing. */
export function TargetResultCard({ result: t }: { result: TargetResult }) {
  return (
    <Card
      size="small"
      title={
        <span>
          {t.label} <WarningDot warning={t.warning} withText />
        </span>
      }
      extra={<StatusTag status={t.status} />}
      style={{ marginBottom: 12 }}
    >
      <Descriptions column={1} size="small">
        <Descriptions.Item label="完成">
          {t.done} / {t.needed}
        </Descriptions.Item>
        <Descriptions.Item label="期限">
          {t.dueDate}
          {t.late && (
            <Tag color="orange" style={{ marginInlineStart: 8 }}>
              逾期完成
            </Tag>
          )}
        </Descriptions.Item>
        <Descriptions.Item label="计入的台账">
          {t.records.length === 0 ? (
            <Typography.Text type="secondary">暂无</Typography.Text>
          ) : (
            <div>
              {t.records.map((r) => (
                <div key={r.id} style={{ marginBottom: 4 }}>
                  <Link to={`/records/${r.id}`}>
                    {r.occurredOn} {r.topic ?? ''}
                  </Link>{' '}
                  <KindTags kinds={r.kinds} />
                </div>
              ))}
            </div>
          )}
        </Descriptions.Item>
        {t.missingPeople.length > 0 && (
          <Descriptions.Item label="尚未完成的人员">{t.missingPeople.map((p) => p.name).join('、')}</Descriptions.Item>
        )}
      </Descriptions>
    </Card>
  );
}
