import { Empty, Tag, Typography } from 'antd';
import type { UnitOverview } from '@mofan/shared';
import { StatusCell } from './status-cell';
import { periodLabel } from './status-style';

export interface CellRef {
  requirementId: string;
  title: string;
  period: string;
}

interface OverviewGridProps {
  overview: UnitOverview;
  onOpen: (cell: CellRef) => void;
}

/**
 * Requirements as rows, each with its own periods as coloured cells (a monthly requirement has 12,
 * a yearly one 1). On a phone the title sits above its cells.
 */
export function OverviewGrid({ overview, onOpen }: OverviewGridProps) {
  if (overview.requirements.length === 0) return <Empty description="该单位本年度没有需要考核的要求" />;
  return (
    <div role="list" aria-label="落实情况">
      {overview.requirements.map((r) => (
        <div
          key={r.id}
          role="listitem"
          style={{ display: 'flex', flexWrap: 'wrap', gap: 8, padding: '10px 0', borderBottom: '1px solid #f0f0f0' }}
        >
          <div style={{ flex: '1 1 220px', maxWidth: 320, minWidth: 0 }}>
            <Typography.Text strong>{r.title}</Typography.Text>
            <div>
              <Tag style={{ marginTop: 4 }}>{r.targetLabel}</Tag>
            </div>
          </div>
          <div style={{ flex: '3 1 300px', display: 'flex', flexWrap: 'wrap', gap: 4, minWidth: 0 }}>
            {r.periods.map((p) => (
              <StatusCell
                key={p.key}
                status={p.status}
                warning={p.warning}
                title={periodLabel(p.key)}
                body={`${p.counts.met}/${p.counts.total}`}
                description={`${r.title} ${periodLabel(p.key)}（${p.start} 至 ${p.end}）完成 ${p.counts.met}/${p.counts.total}`}
                onClick={() => onOpen({ requirementId: r.id, title: r.title, period: p.key })}
              />
            ))}
          </div>
        </div>
      ))}
    </div>
  );
}
