import { useState } from 'react';
import { Button, Card } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { useSearchParams } from 'react-router';
import { INSPECTION_KINDS, INSPECTION_STATUSES, isValidIsoDate } from '@mofan/shared';
import { exportInspections } from '../../../features/inspections/api/export-inspections';
import type { InspectionFilters } from '../../../features/inspections/api/query-keys';
import { ExcelExportButton } from '../../../features/inspections/components/excel-export-button';
import { InspectionFormModal } from '../../../features/inspections/components/inspection-form-modal';
import { InspectionsFilterBar } from '../../../features/inspections/components/inspections-filter-bar';
import { InspectionsTable } from '../../../features/inspections/components/inspections-table';
import { PageHeader } from '../../../components/page-header';
import { hasPermission } from '../../../lib/permissions';
import { readEnum, readPositiveInt, readString, withParams } from '../../../lib/search-params';
import { useCurrentUser } from '../../current-user';

function readDate(params: URLSearchParams, key: string): string | undefined {
  const value = readString(params, key);
  return value && isValidIsoDate(value) ? value : undefined;
}

function readFilters(params: URLSearchParams): InspectionFilters {
  return {
    q: readString(params, 'q'),
    nodeId: readString(params, 'nodeId'),
    kind: readEnum(params, 'kind', INSPECTION_KINDS),
    status: readEnum(params, 'status', INSPECTION_STATUSES),
    plannedFrom: readDate(params, 'plannedFrom'),
    plannedTo: readDate(params, 'plannedTo'),
  };
}

/**
 * 督查检查: 明查暗访, 专项整治, 自查, 抽查 … who checks which units, when, with what result. An
 * unannounced plan shows only to its inspectors until it is done.
 */
export function InspectionsPage() {
  const me = useCurrentUser();
  const [params, setParams] = useSearchParams();
  const [planning, setPlanning] = useState(false);
  const filters = readFilters(params);
  const page = readPositiveInt(params, 'page', 1, 100000);
  const pageSize = readPositiveInt(params, 'pageSize', 20);

  return (
    <>
      <PageHeader
        title="督查检查"
        extra={
          <>
            <ExcelExportButton run={() => exportInspections(filters)} />
            {hasPermission(me, 'inspections.write') && (
              <Button type="primary" icon={<PlusOutlined />} onClick={() => setPlanning(true)}>
                制定检查计划
              </Button>
            )}
          </>
        }
      />
      <Card>
        <InspectionsFilterBar value={filters} onChange={(next) => setParams(withParams(new URLSearchParams(), { ...next, pageSize: params.get('pageSize') }))} />
        <InspectionsTable
          filters={filters}
          page={page}
          pageSize={pageSize}
          onPageChange={(p, size) => setParams(withParams(params, { page: size === pageSize ? p : 1, pageSize: size }))}
        />
      </Card>
      <InspectionFormModal open={planning} onClose={() => setPlanning(false)} />
    </>
  );
}
