import { Drawer, Empty, Spin } from 'antd';
import { QueryErrorResult } from '../../../components/query-error-result';
import { useIsPhone } from '../../../lib/use-media-query';
import { useRequirementDetail } from '../api/get-requirement-detail';
import type { CellRef } from './overview-grid';
import { periodLabel } from './status-style';
import { TargetResultCard } from './target-result-card';

interface RequirementDetailDrawerProps {
  unitId: string;
  year: number;
  cell: CellRef | null;
  onClose: () => void;
}

/** The drill-down of one overview cell: each target's verdict with the records behind it. */
export function RequirementDetailDrawer({ unitId, year, cell, onClose }: RequirementDetailDrawerProps) {
  const isPhone = useIsPhone();
  const detail = useRequirementDetail(cell ? { unitId, requirementId: cell.requirementId, year, period: cell.period } : null);
  return (
    <Drawer
      open={!!cell}
      onClose={onClose}
      // Opened from a link the overview may not have loaded yet: the detail names the requirement too.
      title={cell ? `${cell.title || (detail.data?.title ?? '')} · ${periodLabel(cell.period)}` : ''}
      size={isPhone ? '100%' : 560}
    >
      {detail.isPending && cell && <Spin style={{ display: 'block', margin: '48px auto' }} />}
      {detail.isError && <QueryErrorResult error={detail.error} onRetry={() => void detail.refetch()} />}
      {detail.data &&
        (detail.data.results.length === 0 ? (
          <Empty description="该周期没有需要考核的对象" />
        ) : (
          detail.data.results.map((r) => <TargetResultCard key={`${r.targetKey}:${r.periodKey}`} result={r} />)
        ))}
    </Drawer>
  );
}
