import { Button, Card, Flex, Progress, Typography } from 'antd';
import { EditOutlined } from '@ant-design/icons';
import { Link, useNavigate } from 'react-router';
import type { MyDuties } from '@mofan/shared';
import { periodLabel } from './status-style';
import { StatusTag } from './status-tag';
import { WarningDot } from './warning-dot';

type Duty = MyDuties['duties'][number];

interface DutyCardProps {
  duty: Duty;
  /** /records/new pre-filled for this duty, or null when the person cannot record it themselves. */
  recordLink: string | null;
}

/** One duty as a phone-friendly card: status, progress, due date, warning and a 登记 button. */
export function DutyCard({ duty: d, recordLink }: DutyCardProps) {
  const navigate = useNavigate();
  const percent = d.needed > 0 ? Math.min(100, Math.round((d.done / d.needed) * 100)) : 100;
  return (
    <Card size="small" style={{ height: '100%' }}>
      <Flex justify="space-between" align="start" gap={8}>
        <Typography.Text strong style={{ fontSize: 15 }}>
          {d.title}
        </Typography.Text>
        <Flex gap={4} align="center" style={{ flexShrink: 0 }}>
          <WarningDot warning={d.warning} withText />
          <StatusTag status={d.status} />
        </Flex>
      </Flex>
      <Typography.Paragraph type="secondary" style={{ margin: '4px 0' }}>
        {periodLabel(d.periodKey)}（{d.start} 至 {d.end}），期限 {d.dueDate}
      </Typography.Paragraph>
      <Progress percent={percent} format={() => `${d.done}/${d.needed}`} status={d.status === 'met' ? 'success' : 'normal'} />
      {d.records.length > 0 && (
        <Typography.Paragraph style={{ margin: '4px 0' }}>
          已计入：
          {d.records.map((r, i) => (
            <span key={r.id}>
              {i > 0 && '、'}
              <Link to={`/records/${r.id}`}>{r.topic ?? r.occurredOn}</Link>
            </span>
          ))}
        </Typography.Paragraph>
      )}
      {recordLink && d.status !== 'met' && (
        <Button type="primary" icon={<EditOutlined />} block size="large" style={{ marginTop: 8 }} onClick={() => void navigate(recordLink)}>
          登记
        </Button>
      )}
    </Card>
  );
}
