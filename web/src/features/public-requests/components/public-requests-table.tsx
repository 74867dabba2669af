import { Card, Flex, Typography, type TableColumnsType } from 'antd';
import { Link, useNavigate } from 'react-router';
import type { PublicRequestSummary } from '@mofan/shared';
import { QueryErrorResult } from '../../../components/query-error-result';
import { orEmpty } from '../../../lib/format';
import { usePublicRequests } from '../api/list-public-requests';
import type { PublicRequestFilters } from '../api/query-keys';
import { publicRequestPath } from './public-request-form-modal';
import { PublicRequestStatusTag, SatisfactionTag } from './public-request-tags';
import { PagedList } from '../../../components/paged-list';

interface PublicRequestsTableProps {
  filters: PublicRequestFilters;
  page: number;
  pageSize: number;
  onPageChange: (page: number, pageSize: number) => void;
  emptyText: string;
}

function claimedText(r: PublicRequestSummary): string {
  if (!r.claimedNodeName) return '待认领';
  return r.claimedPersonName ? `${r.claimedNodeName} · ${r.claimedPersonName}` : r.claimedNodeName;
}

const columns: TableColumnsType<PublicRequestSummary> = [
  { title: '提出日期', dataIndex: 'raisedOn', key: 'raisedOn' },
  {
    title: '诉求事项',
    key: 'title',
    render: (_, r) => (
      <Link to={publicRequestPath(r.id)} onClick={(e) => e.stopPropagation()}>
        {r.title}
      </Link>
    ),
  },
  { title: '提出人', key: 'requester', render: (_, r) => orEmpty(r.requesterName) },
  { title: '联系方式', key: 'contact', render: (_, r) => orEmpty(r.requesterContact) },
  { title: '受理', dataIndex: 'nodeName', key: 'node' },
  { title: '认领', key: 'claimed', render: (_, r) => claimedText(r) },
  {
    title: '状态',
    key: 'status',
    render: (_, r) => (
      <Flex gap={4} wrap>
        <PublicRequestStatusTag status={r.status} />
        <SatisfactionTag satisfaction={r.satisfaction} />
      </Flex>
    ),
  },
];

/** One request as a card on a phone: what, when, where it stands. */
function PublicRequestCard({ request: r, onOpen }: { request: PublicRequestSummary; onOpen: () => void }) {
  return (
    <Card size="small" hoverable onClick={onOpen} style={{ width: '100%' }}>
      <Link to={publicRequestPath(r.id)} onClick={(e) => e.stopPropagation()} style={{ fontWeight: 500 }}>
        {r.title}
      </Link>
      <div>
        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
          {r.raisedOn} · {r.requesterName ?? '匿名'} · 受理：{r.nodeName}
        </Typography.Text>
      </div>
      <div>认领：{claimedText(r)}</div>
      <Flex gap={4} wrap style={{ marginTop: 4 }}>
        <PublicRequestStatusTag status={r.status} />
        <SatisfactionTag satisfaction={r.satisfaction} />
      </Flex>
    </Card>
  );
}

/** The requests the filters select, newest first; a row opens the request. */
export function PublicRequestsTable({ filters, page, pageSize, onPageChange, emptyText }: PublicRequestsTableProps) {
  const navigate = useNavigate();
  const query = usePublicRequests({ ...filters, page, pageSize });
  if (query.isError) return <QueryErrorResult error={query.error} onRetry={() => void query.refetch()} />;
  return (
    <PagedList
      label="群众诉求"
      items={query.data?.items}
      total={query.data?.total}
      loading={query.isFetching}
      page={page}
      pageSize={pageSize}
      onPageChange={onPageChange}
      unit="件"
      emptyText={emptyText}
      columns={columns}
      card={(r, open) => <PublicRequestCard request={r} onOpen={open} />}
      onOpen={(r) => void navigate(publicRequestPath(r.id))}
    />
  );
}
