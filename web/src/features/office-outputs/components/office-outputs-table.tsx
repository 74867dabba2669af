import { App, Button, Flex, Table, Tag, type TableColumnsType } from 'antd';
import { OFFICE_OUTPUT_KIND_LABELS, type OfficeOutput } from '@mofan/shared';
import { QueryErrorResult } from '../../../components/query-error-result';
import { orEmpty } from '../../../lib/format';
import { serverPagination, TABLE_SCROLL } from '../../../lib/table';
import { useApiErrorHandler } from '../../../lib/use-api-error';
import { useDeleteOfficeOutput } from '../api/delete-office-output';
import { useOfficeOutputs } from '../api/list-office-outputs';
import type { OfficeOutputFilters } from '../api/query-keys';

interface OfficeOutputsTableProps {
  filters: OfficeOutputFilters;
  page: number;
  pageSize: number;
  onPageChange: (page: number, pageSize: number) => void;
  onEdit: (output: OfficeOutput) => void;
}

/** Documents issued and meetings held, latest first, each with 修改 and 删除. */
export function OfficeOutputsTable({ filters, page, pageSize, onPageChange, onEdit }: OfficeOutputsTableProps) {
  const { modal, message } = App.useApp();
  const handleError = useApiErrorHandler();
  const query = useOfficeOutputs({ ...filters, page, pageSize });
  const deleteMutation = useDeleteOfficeOutput();
  if (query.isError) return <QueryErrorResult error={query.error} onRetry={() => void query.refetch()} />;

  const confirmDelete = (o: OfficeOutput) =>
    modal.confirm({
      title: `删除「${o.title}」？`,
      content: '删除后不再计入精文减会统计。',
      okText: '删除',
      okButtonProps: { danger: true },
      onOk: () =>
        deleteMutation
          .mutateAsync(o.id)
          .then(() => void message.success('已删除'))
          .catch((error: unknown) => handleError(error)),
    });

  const columns: TableColumnsType<OfficeOutput> = [
    { title: '日期', dataIndex: 'occurredOn', key: 'date' },
    { title: '类型', key: 'kind', render: (_, o) => <Tag color={o.kind === 'document' ? 'blue' : 'green'}>{OFFICE_OUTPUT_KIND_LABELS[o.kind]}</Tag> },
    { title: '标题或会议名称', dataIndex: 'title', key: 'title' },
    { title: '文号', key: 'refNo', render: (_, o) => orEmpty(o.refNo) },
    { title: '单位（科室）', key: 'node', render: (_, o) => (o.unitName && o.unitName !== o.nodeName ? `${o.unitName} ${o.nodeName}` : o.nodeName) },
    { title: '登记人', key: 'createdBy', render: (_, o) => orEmpty(o.createdByName) },
    {
      title: '操作',
      key: 'actions',
      render: (_, o) => (
        <Flex gap={4}>
          <Button size="small" onClick={() => onEdit(o)}>
            修改
          </Button>
          <Button size="small" danger onClick={() => confirmDelete(o)}>
            删除
          </Button>
        </Flex>
      ),
    },
  ];

  return (
    <Table<OfficeOutput>
      rowKey="id"
      columns={columns}
      dataSource={query.data?.items}
      loading={query.isFetching}
      scroll={TABLE_SCROLL}
      pagination={serverPagination(page, pageSize, query.data?.total, onPageChange)}
      locale={{ emptyText: '没有登记的发文或会议' }}
    />
  );
}
