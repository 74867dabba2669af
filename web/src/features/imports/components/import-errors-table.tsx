import { Table, type TableColumnsType } from 'antd';
import type { ImportJob } from '@mofan/shared';
import { TABLE_SCROLL } from '../../../lib/table';

type ImportRowError = ImportJob['errors'][number];

const columns: TableColumnsType<ImportRowError> = [
  { title: '行号', dataIndex: 'row', key: 'row', width: 80 },
  { title: '列', dataIndex: 'field', key: 'field', width: 120 },
  { title: '值', dataIndex: 'value', key: 'value', render: (value: string) => value || '（空）' },
  { title: '问题', dataIndex: 'message', key: 'message' },
];

/** All errors arrive with the job; pages are cut here in the browser. */
export function ImportErrorsTable({ errors }: { errors: ImportRowError[] }) {
  return (
    <Table<ImportRowError>
      rowKey={(e) => `${e.row}:${e.field}:${e.message}`}
      columns={columns}
      dataSource={errors}
      size="small"
      scroll={TABLE_SCROLL}
      pagination={{ defaultPageSize: 20, showSizeChanger: true, showTotal: (t) => `共 ${t} 处问题` }}
    />
  );
}
