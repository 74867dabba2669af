import { useState } from 'react';
import { App, Button, Card } from 'antd';
import { DownloadOutlined, PlusOutlined } from '@ant-design/icons';
import { useNavigate, useSearchParams } from 'react-router';
import { PERSON_STATUSES, POLITICAL_STATUSES, POST_ROLES } from '@mofan/shared';
import { PeopleFilterBar } from '../../../features/people/components/people-filter-bar';
import { PeopleTable } from '../../../features/people/components/people-table';
import { PersonFormDrawer } from '../../../features/people/components/person-form-drawer';
import { useExportPeople } from '../../../features/people/api/export-people';
import type { PeopleFilters } from '../../../features/people/api/query-keys';
import { PageHeader } from '../../../components/page-header';
import { hasPermission } from '../../../lib/permissions';
import { readEnum, readPositiveInt, readString, withParams } from '../../../lib/search-params';
import { useApiErrorHandler } from '../../../lib/use-api-error';
import { useCurrentUser } from '../../current-user';

function readFilters(params: URLSearchParams): PeopleFilters {
  return {
    q: readString(params, 'q'),
    nodeId: readString(params, 'nodeId'),
    politicalStatus: readEnum(params, 'politicalStatus', POLITICAL_STATUSES),
    role: readEnum(params, 'role', POST_ROLES),
    status: readEnum(params, 'status', PERSON_STATUSES),
  };
}

export function PeopleListPage() {
  const me = useCurrentUser();
  const navigate = useNavigate();
  const [params, setParams] = useSearchParams();
  const [creating, setCreating] = useState(false);
  const exportMutation = useExportPeople();
  const handleError = useApiErrorHandler();
  const { message } = App.useApp();

  const filters = readFilters(params);
  const page = readPositiveInt(params, 'page', 1, 100000);
  const pageSize = readPositiveInt(params, 'pageSize', 20);

  const exportExcel = () =>
    exportMutation.mutate(filters, {
      onSuccess: () => void message.success('已开始下载'),
      onError: (error) => handleError(error),
    });

  return (
    <>
      <PageHeader
        title="人员"
        extra={
          <>
            {hasPermission(me, 'people.export') && (
              <Button icon={<DownloadOutlined />} loading={exportMutation.isPending} onClick={exportExcel}>
                导出 Excel
              </Button>
            )}
            {hasPermission(me, 'people.write') && (
              <Button type="primary" icon={<PlusOutlined />} onClick={() => setCreating(true)}>
                新增人员
              </Button>
            )}
          </>
        }
      />
      <Card>
        <PeopleFilterBar
          value={filters}
          // Any new filter starts again from page 1.
          onChange={(next) => setParams(withParams(new URLSearchParams(), { ...next, pageSize: params.get('pageSize') }))}
        />
        <PeopleTable
          filters={filters}
          page={page}
          pageSize={pageSize}
          onPageChange={(p, size) => setParams(withParams(params, { page: size === pageSize ? p : 1, pageSize: size }))}
        />
      </Card>
      <PersonFormDrawer
        open={creating}
        onClose={() => setCreating(false)}
        onSaved={(person) => void navigate(`/people/${person.id}`)}
      />
    </>
  );
}
