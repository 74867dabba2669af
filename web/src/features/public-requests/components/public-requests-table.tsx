import { Card, Empty, Flex, Pagination, Spin, Table, Typography, type TableColumnsType } from 'antd';
import { Link, useNavigate } from 'react-router';
import type { PublicRequestSummary } from '@mofan/shared';
import { QueryErrorResult } from '../../../components/query-error-result';
import { orEmpty } from '../../../lib/format';
import { serverPagination, TABLE_SCROLL } from '../../../lib/table';
import { useIsPhone } from '../../../lib/use-media-query';
import { usePublicRequests } from '../api/list-public-requests';
import type { PublicRequestFilters } from '../api/query-keys';
import { publicRequestPath } from './public-request-form-modal';
import { PublicRequestStatusTag, SatisfactionTag } from './public-request-tags';

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
  const isPhone = useIsPhone();
  const query = usePublicRequests({ ...filters, page, pageSize });
  if (query.isError) return <QueryErrorResult error={query.error} onRetry={() => void query.refetch()} />;

  if (isPhone) {
    const items = query.data?.items ?? [];
    return (
      <Spin spinning={query.isFetching}>
        <Flex vertical gap={8} role="list" aria-label="群众诉求">
          {items.map((r) => (
            <div role="listitem" key={r.id}>
              <PublicRequestCard request={r} onOpen={() => void navigate(publicRequestPath(r.id))} />
            </div>
          ))}
          {items.length === 0 && !query.isFetching && <Empty description={emptyText} />}
        </Flex>
        {(query.data?.total ?? 0) > pageSize && (
          <Flex justify="center" style={{ marginTop: 12 }}>
            <Pagination simple current={page} pageSize={pageSize} total={query.data?.total ?? 0} onChange={onPageChange} />
          </Flex>
        )}
      </Spin>
    );
  }

  return (
    <Table<PublicRequestSummary>
      rowKey="id"
      columns={columns}
      dataSource={query.data?.items}
      loading={query.isFetching}
      scroll={TABLE_SCROLL}
      pagination={serverPagination(page, pageSize, query.data?.total, onPageChange, '件')}
      onRow={(r) => ({ onClick: () => void navigate(publicRequestPath(r.id)), style: { cursor: 'pointer' } })}
      locale={{ emptyText }}
    />
  );
}
