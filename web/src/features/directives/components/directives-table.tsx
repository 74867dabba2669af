import { Card, Flex, Typography, type TableColumnsType } from 'antd';
import { Link, useNavigate } from 'react-router';
import { DIRECTIVE_SOURCE_LABELS, type DirectiveSummary } from '@mofan/shared';
import { QueryErrorResult } from '../../../components/query-error-result';
import { orEmpty } from '../../../lib/format';
import { useDirectives } from '../api/list-directives';
import type { DirectiveFilters } from '../api/query-keys';
import { DirectiveDue, DirectiveFlags } from './directive-due';
import { DirectiveStatusTag, LightTag, UrgencyTag } from './directive-tags';
import { PagedList } from '../../../components/paged-list';

interface DirectivesTableProps {
  filters: DirectiveFilters;
  page: number;
  pageSize: number;
  onPageChange: (page: number, pageSize: number) => void;
  emptyText: string;
}

export function directivePath(id: string): string {
  return `/directives/${encodeURIComponent(id)}`;
}

const columns: TableColumnsType<DirectiveSummary> = [
  { title: '亮灯', key: 'light', fixed: 'left', render: (_, d) => <LightTag light={d.light} /> },
  { title: '编号', key: 'code', render: (_, d) => orEmpty(d.code) },
  {
    title: '事项',
    key: 'title',
    render: (_, d) => (
      <>
        <Link to={directivePath(d.id)} onClick={(e) => e.stopPropagation()}>
          {d.title}
        </Link>{' '}
        <UrgencyTag urgency={d.urgency} />
      </>
    ),
  },
  { title: '来源', key: 'source', render: (_, d) => DIRECTIVE_SOURCE_LABELS[d.source] },
  {
    title: '承办',
    key: 'lead',
    render: (_, d) => (
      <Flex vertical>
        <span>{d.leadNodeName}</span>
        {d.assistNodeNames.length > 0 && (
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            协办：{d.assistNodeNames.join('、')}
          </Typography.Text>
        )}
      </Flex>
    ),
  },
  { title: '办理时限', key: 'due', render: (_, d) => <DirectiveDue directive={d} /> },
  {
    title: '状态',
    key: 'status',
    render: (_, d) => (
      <Flex gap={4} wrap>
        <DirectiveStatusTag status={d.status} />
        <DirectiveFlags directive={d} />
      </Flex>
    ),
  },
];

/** One directive as a card on a phone: the light and the limit first, then what and who. */
function DirectiveCard({ directive: d, onOpen }: { directive: DirectiveSummary; onOpen: () => void }) {
  return (
    <Card size="small" hoverable onClick={onOpen} style={{ width: '100%' }}>
      <Flex justify="space-between" align="start" gap={8}>
        <Link to={directivePath(d.id)} onClick={(e) => e.stopPropagation()} style={{ fontWeight: 500 }}>
          {d.title}
        </Link>
        <LightTag light={d.light} />
      </Flex>
      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
        {d.code ? `${d.code} · ` : ''}
        {DIRECTIVE_SOURCE_LABELS[d.source]}
      </Typography.Text>
      <div>承办：{d.leadNodeName}</div>
      <Flex gap={4} wrap align="center" style={{ marginTop: 4 }}>
        <span>时限 {d.effectiveDueOn}</span>
        <DirectiveStatusTag status={d.status} />
        <UrgencyTag urgency={d.urgency} />
        <DirectiveFlags directive={d} />
      </Flex>
    </Card>
  );
}

/** The directives the filters select, newest first; a row opens the directive. */
export function DirectivesTable({ filters, page, pageSize, onPageChange, emptyText }: DirectivesTableProps) {
  const navigate = useNavigate();
  const query = useDirectives({ ...filters, page, pageSize });
  if (query.isError) return <QueryErrorResult error={query.error} onRetry={() => void query.refetch()} />;
  return (
    <PagedList
      label="督办件"
      items={query.data?.items}
      total={query.data?.total}
      loading={query.isFetching}
      page={page}
      pageSize={pageSize}
      onPageChange={onPageChange}
      unit="件"
      emptyText={emptyText}
      columns={columns}
      card={(d, open) => <DirectiveCard directive={d} onOpen={open} />}
      onOpen={(d) => void navigate(directivePath(d.id))}
    />
  );
}
