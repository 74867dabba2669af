import { Button, Card } from 'antd';
import { PlusOutlined, UploadOutlined } from '@ant-design/icons';
import { useNavigate, useSearchParams } from 'react-router';
import { isValidIsoDate } from '@mofan/shared';
import { RecordsFilterBar } from '../../../features/records/components/records-filter-bar';
import { RecordsTable } from '../../../features/records/components/records-table';
import type { RecordFilters } from '../../../features/records/api/query-keys';
import { PageHeader } from '../../../components/page-header';
import { useCurrentUser } from '../../current-user';
import { hasPermission } from '../../../lib/permissions';
import { readPositiveInt, readString, withParams } from '../../../lib/search-params';

function readDate(params: URLSearchParams, key: string): string | undefined {
  const value = readString(params, key);
  return value && isValidIsoDate(value) ? value : undefined;
}

export function RecordsListPage() {
  const navigate = useNavigate();
  const me = useCurrentUser();
  const [params, setParams] = useSearchParams();
  const filters: RecordFilters = {
    nodeId: readString(params, 'nodeId'),
    personId: readString(params, 'personId'),
    kind: readString(params, 'kind'),
    from: readDate(params, 'from'),
    to: readDate(params, 'to'),
  };
  const page = readPositiveInt(params, 'page', 1, 100000);
  const pageSize = readPositiveInt(params, 'pageSize', 20);

  return (
    <>
      <PageHeader
        title="台账"
        extra={
          <>
            {hasPermission(me, 'records.write') && (
              <Button icon={<UploadOutlined />} onClick={() => void navigate('/records/import')}>
                导入台账
              </Button>
            )}
            <Button type="primary" icon={<PlusOutlined />} onClick={() => void navigate('/records/new')}>
              登记台账
            </Button>
          </>
        }
      />
      <Card>
        <RecordsFilterBar
          value={filters}
          onChange={(next) => setParams(withParams(new URLSearchParams(), { ...next, pageSize: params.get('pageSize') }))}
        />
        <RecordsTable
          filters={filters}
          page={page}
          pageSize={pageSize}
          onPageChange={(p, size) => setParams(withParams(params, { page: size === pageSize ? p : 1, pageSize: size }))}
        />
      </Card>
    </>
  );
}
