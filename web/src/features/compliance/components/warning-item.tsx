import { Flex, Tag, Typography } from 'antd';
import { Link } from 'react-router';
import type { ComplianceWarning } from '@mofan/shared';
import { periodLabel, WARNING_LABELS } from './status-style';

const TAG_COLORS = { red: 'red', yellow: 'gold' } as const;

/** Own duties are worked on in 我的任务; a unit's gap opens that unit's overview at the requirement's drill-down. */
export function warningLink(w: ComplianceWarning, year: number): string {
  if (w.scope === 'mine') return '/my-duties';
  const q = new URLSearchParams({ unitId: w.unitId, year: String(year), requirementId: w.requirementId, period: w.periodKey });
  return `/compliance?${q.toString()}`;
}

interface WarningItemProps {
  warning: ComplianceWarning;
  /** The compliance year the reminders were computed for. */
  year: number;
  onNavigate: () => void;
}

export function WarningItem({ warning: w, year, onNavigate }: WarningItemProps) {
  const due = w.level === 'red' ? `已于 ${w.dueDate} 到期` : `应于 ${w.dueDate} 前完成`;
  return (
    <Link
      to={warningLink(w, year)}
      onClick={onNavigate}
      role="listitem"
      style={{ display: 'block', padding: '10px 0', borderBottom: '1px solid #f0f0f0', color: 'inherit' }}
    >
      <Flex align="start" gap={8}>
        <Tag color={TAG_COLORS[w.level]} style={{ marginInlineEnd: 0, flexShrink: 0 }}>
          {WARNING_LABELS[w.level]}
        </Tag>
        <div style={{ minWidth: 0 }}>
          <Typography.Text strong>
            {w.title} · {periodLabel(w.periodKey)}
          </Typography.Text>
          <div>
            <Typography.Text type={w.level === 'red' ? 'danger' : 'warning'}>{due}</Typography.Text>
          </div>
          <Typography.Text type="secondary">{w.summary}</Typography.Text>
        </div>
      </Flex>
    </Link>
  );
}
