import { Table, type TableColumnsType } from 'antd';
import { Link, useNavigate } from 'react-router';
import { GENDER_LABELS, POLITICAL_STATUS_LABELS, type Person } from '@mofan/shared';
import { QueryErrorResult } from '../../../components/query-error-result';
import { orEmpty } from '../../../lib/format';
import { serverPagination, TABLE_SCROLL } from '../../../lib/table';
import { usePeople } from '../api/list-people';
import type { PeopleFilters } from '../api/query-keys';
import { PersonStatusTag } from './person-status-tag';

interface PeopleTableProps {
  filters: PeopleFilters;
  page: number;
  pageSize: number;
  onPageChange: (page: number, pageSize: number) => void;
  size?: 'small' | 'middle';
}

const columns: TableColumnsType<Person> = [
  {
    title: '姓名',
    dataIndex: 'name',
    key: 'name',
    fixed: 'left',
    // A real link for keyboard and middle-click; the row click below is a convenience for the mouse.
    render: (name: string, p) => (
      <Link to={`/people/${p.id}`} onClick={(e) => e.stopPropagation()}>
        {name}
      </Link>
    ),
  },
  { title: '性别', dataIndex: 'gender', key: 'gender', render: (_, p) => GENDER_LABELS[p.gender] },
  { title: '单位', dataIndex: 'unitName', key: 'unit' },
  { title: '科室', dataIndex: 'departmentName', key: 'department' },
  { title: '职务', dataIndex: 'jobTitle', key: 'jobTitle', render: (_, p) => orEmpty(p.jobTitle) },
  { title: '政治面貌', dataIndex: 'politicalStatus', key: 'politicalStatus', render: (_, p) => POLITICAL_STATUS_LABELS[p.politicalStatus] },
  { title: '党支部', dataIndex: 'branchName', key: 'branch', render: (_, p) => orEmpty(p.branchName) },
  { title: '状态', dataIndex: 'status', key: 'status', render: (_, p) => <PersonStatusTag status={p.status} /> },
];

export function PeopleTable({ filters, page, pageSize, onPageChange, size = 'middle' }: PeopleTableProps) {
  const navigate = useNavigate();
  const query = usePeople({ ...filters, page, pageSize });
  if (query.isError) return <QueryErrorResult error={query.error} onRetry={() => void query.refetch()} />;

  return (
    <Table<Person>
      rowKey="id"
      columns={columns}
      dataSource={query.data?.items}
      loading={query.isFetching}
      size={size}
      scroll={TABLE_SCROLL}
      pagination={serverPagination(page, pageSize, query.data?.total, onPageChange, '人')}
      onRow={(p) => ({ onClick: () => void navigate(`/people/${p.id}`), style: { cursor: 'pointer' } })}
      locale={{ emptyText: '没有符合条件的人员' }}
    />
  );
}
