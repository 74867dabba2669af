import { Table, type TableColumnsType } from 'antd';
import { Link, useNavigate } from 'react-router';
import type { RecordPage } from '@mofan/shared';
import { QueryErrorResult } from '../../../components/query-error-result';
import { EMPTY } from '../../../lib/format';
import { serverPagination, TABLE_SCROLL } from '../../../lib/table';
import { useRecords } from '../api/list-records';
import type { RecordFilters } from '../api/query-keys';
import { KindTags } from './kind-tags';

type RecordRow = RecordPage['items'][number];

interface RecordsTableProps {
  filters: RecordFilters;
  page: number;
  pageSize: number;
  onPageChange: (page: number, pageSize: number) => void;
}

function dateText(r: RecordRow): string {
  return r.endsOn && r.endsOn !== r.occurredOn ? `${r.occurredOn} 至 ${r.endsOn}` : r.occurredOn;
}

const columns: TableColumnsType<RecordRow> = [
  {
    title: '日期',
    key: 'date',
    fixed: 'left',
    render: (_, r) => (
      <Link to={`/records/${r.id}`} onClick={(e) => e.stopPropagation()}>
        {dateText(r)}
      </Link>
    ),
  },
  { title: '类型', key: 'kinds', render: (_, r) => <KindTags kinds={r.kinds} /> },
  { title: '主题', key: 'topic', render: (_, r) => r.topic ?? (r.personName ? `${r.personName}的个人记录` : EMPTY) },
  { title: '所属组织', dataIndex: 'ownerNodeName', key: 'owner' },
  {
    title: '出席/缺席',
    key: 'attendance',
    render: (_, r) => (r.presentCount + r.absentCount > 0 ? `${r.presentCount} / ${r.absentCount}` : EMPTY),
  },
];

export function RecordsTable({ filters, page, pageSize, onPageChange }: RecordsTableProps) {
  const navigate = useNavigate();
  const query = useRecords({ ...filters, page, pageSize });
  if (query.isError) return <QueryErrorResult error={query.error} onRetry={() => void query.refetch()} />;

  return (
    <Table<RecordRow>
      rowKey="id"
      columns={columns}
      dataSource={query.data?.items}
      loading={query.isFetching}
      scroll={TABLE_SCROLL}
      pagination={serverPagination(page, pageSize, query.data?.total, onPageChange)}
      onRow={(r) => ({ onClick: () => void navigate(`/records/${r.id}`), style: { cursor: 'pointer' } })}
      locale={{ emptyText: '没有符合条件的台账记录' }}
    />
  );
}
