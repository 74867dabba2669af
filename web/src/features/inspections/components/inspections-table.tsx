import { Card, Flex, Typography, type TableColumnsType } from 'antd';
import { Link, useNavigate } from 'react-router';
import { INSPECTION_KIND_LABELS, type InspectionSummary } from '@mofan/shared';
import { QueryErrorResult } from '../../../components/query-error-result';
import { orEmpty } from '../../../lib/format';
import { useInspections } from '../api/list-inspections';
import type { InspectionFilters } from '../api/query-keys';
import { inspectionPath } from './inspection-paths';
import { InspectionStatusTag, UnannouncedTag } from './inspection-tags';
import { targetLabel } from './node-labels';
import { PagedList } from '../../../components/paged-list';

interface InspectionsTableProps {
  filters: InspectionFilters;
  page: number;
  pageSize: number;
  onPageChange: (page: number, pageSize: number) => void;
}

function targetsText(i: InspectionSummary): string {
  const names = i.targets.map(targetLabel);
  return names.length > 3 ? `${names.slice(0, 3).join('、')} 等 ${names.length} 个` : names.join('、');
}

const columns: TableColumnsType<InspectionSummary> = [
  {
    title: '检查',
    key: 'title',
    fixed: 'left',
    render: (_, i) => (
      <Flex gap={4} wrap align="center">
        <Link to={inspectionPath(i.id)} onClick={(e) => e.stopPropagation()}>
          {i.title}
        </Link>
        <UnannouncedTag unannounced={i.unannounced} status={i.status} />
      </Flex>
    ),
  },
  { title: '方式', key: 'kind', render: (_, i) => INSPECTION_KIND_LABELS[i.kind] },
  { title: '组织单位', key: 'organizer', render: (_, i) => i.organizerNodeName },
  { title: '被检查单位（科室）', key: 'targets', render: (_, i) => targetsText(i) },
  { title: '计划日期', key: 'plannedOn', render: (_, i) => i.plannedOn },
  { title: '完成日期', key: 'doneOn', render: (_, i) => orEmpty(i.doneOn) },
  { title: '状态', key: 'status', render: (_, i) => <InspectionStatusTag status={i.status} /> },
  { title: '问题', key: 'problems', align: 'right', render: (_, i) => i.problemCount },
];

function InspectionCard({ inspection: i, onOpen }: { inspection: InspectionSummary; onOpen: () => void }) {
  return (
    <Card size="small" hoverable onClick={onOpen} style={{ width: '100%' }}>
      <Flex justify="space-between" align="start" gap={8}>
        <Link to={inspectionPath(i.id)} onClick={(e) => e.stopPropagation()} style={{ fontWeight: 500 }}>
          {i.title}
        </Link>
        <Flex gap={4}>
          <UnannouncedTag unannounced={i.unannounced} status={i.status} />
          <InspectionStatusTag status={i.status} />
        </Flex>
      </Flex>
      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
        {INSPECTION_KIND_LABELS[i.kind]} · {i.organizerNodeName}
      </Typography.Text>
      <div>被检查：{targetsText(i)}</div>
      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
        计划 {i.plannedOn}
        {i.doneOn ? ` · 完成 ${i.doneOn}` : ''} · 问题 {i.problemCount} 个
      </Typography.Text>
    </Card>
  );
}

/** The checks the reader may see (an unannounced plan only its inspectors), newest first. */
export function InspectionsTable({ filters, page, pageSize, onPageChange }: InspectionsTableProps) {
  const navigate = useNavigate();
  const query = useInspections({ ...filters, page, pageSize });
  if (query.isError) return <QueryErrorResult error={query.error} onRetry={() => void query.refetch()} />;
  const emptyText = '没有符合条件的督查检查';
  return (
    <PagedList
      label="督查检查"
      items={query.data?.items}
      total={query.data?.total}
      loading={query.isFetching}
      page={page}
      pageSize={pageSize}
      onPageChange={onPageChange}
      unit="次"
      emptyText={emptyText}
      columns={columns}
      card={(i, open) => <InspectionCard inspection={i} onOpen={open} />}
      onOpen={(i) => void navigate(inspectionPath(i.id))}
    />
  );
}
