import { Card } from 'antd';
import { useSearchParams } from 'react-router';
import { AUDIT_RESULTS, isValidIsoDate } from '@mofan/shared';
import { AuditFilterBar } from '../../../features/audit/components/audit-filter-bar';
import { AuditTable } from '../../../features/audit/components/audit-table';
import type { AuditFilters } from '../../../features/audit/api/list-audit';
import { PageHeader } from '../../../components/page-header';
import { readEnum, readPositiveInt, readString, withParams } from '../../../lib/search-params';

function readDate(params: URLSearchParams, key: string): string | undefined {
  const value = readString(params, key);
  return value && isValidIsoDate(value) ? value : undefined;
}

export function AuditPage() {
  const [params, setParams] = useSearchParams();
  const filters: AuditFilters = {
    username: readString(params, 'username'),
    action: readString(params, 'action'),
    result: readEnum(params, 'result', AUDIT_RESULTS),
    from: readDate(params, 'from'),
    to: readDate(params, 'to'),
  };
  const page = readPositiveInt(params, 'page', 1, 100000);
  const pageSize = readPositiveInt(params, 'pageSize', 50);

  return (
    <>
      <PageHeader title="审计日志" />
      <Card>
        <AuditFilterBar
          value={filters}
          onChange={(next) => setParams(withParams(new URLSearchParams(), { ...next, pageSize: params.get('pageSize') }))}
        />
        <AuditTable
          filters={filters}
          page={page}
          pageSize={pageSize}
          onPageChange={(p, size) => setParams(withParams(params, { page: size === pageSize ? p : 1, pageSize: size }))}
        />
      </Card>
    </>
  );
}
