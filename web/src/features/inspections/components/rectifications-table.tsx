import { Card, Flex, Tag, Typography, type TableColumnsType } from 'antd';
import { Link, useNavigate } from 'react-router';
import type { RectificationSummary } from '@mofan/shared';
import { QueryErrorResult } from '../../../components/query-error-result';
import { orEmpty } from '../../../lib/format';
import { LightTag } from '../../directives/components/directive-tags';
import { useRectifications } from '../api/list-rectifications';
import type { RectificationFilters } from '../api/query-keys';
import { problemPath } from './inspection-paths';
import { ProblemTagChip, RectificationStatusTag } from './inspection-tags';
import { unitNodeLabel } from './node-labels';
import { textPreview } from './text-preview';
import { PagedList } from '../../../components/paged-list';

interface RectificationsTableProps {
  filters: RectificationFilters;
  page: number;
  pageSize: number;
  onPageChange: (page: number, pageSize: number) => void;
}

function Status({ r }: { r: RectificationSummary }) {
  return (
    <Flex gap={4} wrap>
      <RectificationStatusTag status={r.status} />
      {r.escalatedDirectiveId && <Tag color="volcano">已转督办</Tag>}
    </Flex>
  );
}

const columns: TableColumnsType<RectificationSummary> = [
  { title: '亮灯', key: 'light', fixed: 'left', render: (_, r) => <LightTag light={r.light} /> },
  {
    title: '问题',
    key: 'problem',
    render: (_, r) => (
      <Flex vertical gap={4}>
        <Link to={problemPath(r.problemId)} onClick={(e) => e.stopPropagation()} style={{ display: 'inline-block', maxWidth: 300 }}>
          {textPreview(r.problemFacts)}
        </Link>
        <Flex gap={4} wrap>
          {r.problemTags.map((t) => (
            <ProblemTagChip key={t} code={t} />
          ))}
        </Flex>
      </Flex>
    ),
  },
  { title: '问题所在', key: 'unit', render: (_, r) => unitNodeLabel(r.unitName, r.problemNodeName) },
  { title: '整改措施', key: 'measures', render: (_, r) => <div style={{ maxWidth: 260 }}>{textPreview(r.measures)}</div> },
  { title: '责任单位（科室）', key: 'responsible', render: (_, r) => r.responsibleNodeName },
  { title: '责任人', key: 'person', render: (_, r) => orEmpty(r.responsiblePersonName) },
  { title: '整改时限', key: 'due', render: (_, r) => <span style={{ whiteSpace: 'nowrap' }}>{r.dueOn}</span> },
  { title: '状态', key: 'status', render: (_, r) => <Status r={r} /> },
];

function RectificationCard({ rectification: r, onOpen }: { rectification: RectificationSummary; onOpen: () => void }) {
  return (
    <Card size="small" hoverable onClick={onOpen} style={{ width: '100%' }}>
      <Flex justify="space-between" align="start" gap={8}>
        <Link to={problemPath(r.problemId)} onClick={(e) => e.stopPropagation()} style={{ fontWeight: 500 }}>
          {textPreview(r.problemFacts)}
        </Link>
        <LightTag light={r.light} />
      </Flex>
      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
        {unitNodeLabel(r.unitName, r.problemNodeName)} · 责任：{r.responsibleNodeName}
        {r.responsiblePersonName ? ` ${r.responsiblePersonName}` : ''}
      </Typography.Text>
      <Flex gap={4} wrap align="center" style={{ marginTop: 4 }}>
        <span>时限 {r.dueOn}</span>
        <Status r={r} />
      </Flex>
    </Card>
  );
}

/** The 整改 the filters select with their lights; a row opens its problem, where the loop runs. */
export function RectificationsTable({ filters, page, pageSize, onPageChange }: RectificationsTableProps) {
  const navigate = useNavigate();
  const query = useRectifications({ ...filters, page, pageSize });
  if (query.isError) return <QueryErrorResult error={query.error} onRetry={() => void query.refetch()} />;
  const emptyText = '没有符合条件的整改';
  return (
    <PagedList
      label="整改"
      items={query.data?.items}
      total={query.data?.total}
      loading={query.isFetching}
      page={page}
      pageSize={pageSize}
      onPageChange={onPageChange}
      unit="项"
      emptyText={emptyText}
      columns={columns}
      card={(r, open) => <RectificationCard rectification={r} onOpen={open} />}
      onOpen={(r) => void navigate(problemPath(r.problemId))}
    />
  );
}
