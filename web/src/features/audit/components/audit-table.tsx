import { Table, Tag, type TableColumnsType } from 'antd';
import { AUDIT_ACTION_LABELS, AUDIT_RESULT_LABELS, type AuditEntry, type AuditResult } from '@mofan/shared';
import { QueryErrorResult } from '../../../components/query-error-result';
import { EMPTY, formatDateTime } from '../../../lib/format';
import { serverPagination, TABLE_SCROLL } from '../../../lib/table';
import { useAuditEntries, type AuditFilters } from '../api/list-audit';

const RESULT_COLORS: Record<AuditResult, string> = { success: 'green', failure: 'orange', denied: 'red' };

// The server's object types, in the UI's words; an unknown type is shown as it comes.
const OBJECT_TYPE_LABELS: Record<string, string> = {
  org_node: '组织',
  person: '人员',
  post: '任职',
  user: '账号',
  role: '角色',
  grant: '授权',
  import: '导入任务',
};

function objectText(e: AuditEntry): string {
  if (e.objectLabel) return e.objectLabel;
  if (e.objectType) return OBJECT_TYPE_LABELS[e.objectType] ?? e.objectType;
  return EMPTY;
}

const columns: TableColumnsType<AuditEntry> = [
  { title: '时间', key: 'at', render: (_, e) => formatDateTime(e.at), width: 170 },
  { title: '用户', key: 'username', render: (_, e) => e.username ?? EMPTY },
  { title: 'IP', key: 'ip', render: (_, e) => e.ip ?? EMPTY },
  { title: '操作', key: 'action', render: (_, e) => AUDIT_ACTION_LABELS[e.action] ?? e.action },
  { title: '对象', key: 'object', render: (_, e) => objectText(e) },
  {
    title: '结果',
    key: 'result',
    render: (_, e) => <Tag color={RESULT_COLORS[e.result]}>{AUDIT_RESULT_LABELS[e.result]}</Tag>,
  },
];

interface AuditTableProps {
  filters: AuditFilters;
  page: number;
  pageSize: number;
  onPageChange: (page: number, pageSize: number) => void;
}

/** Times are shown in Asia/Shanghai, the zone the records are kept in, whatever the browser's zone. */
export function AuditTable({ filters, page, pageSize, onPageChange }: AuditTableProps) {
  const query = useAuditEntries({ ...filters, page, pageSize });
  if (query.isError) return <QueryErrorResult error={query.error} onRetry={() => void query.refetch()} />;
  return (
    <Table<AuditEntry>
      rowKey="id"
      columns={columns}
      dataSource={query.data?.items}
      loading={query.isFetching}
      size="small"
      scroll={TABLE_SCROLL}
      pagination={serverPagination(page, pageSize, query.data?.total, onPageChange)}
      locale={{ emptyText: '没有符合条件的记录' }}
    />
  );
}
