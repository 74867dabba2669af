import { Card, Tabs } from 'antd';
import { useSearchParams } from 'react-router';
import { INTEGRITY_RISK_LEVELS, INTEGRITY_RISK_SCOPES, MAJOR_DECISION_CATEGORIES, isValidIsoDate } from '@mofan/shared';
import { IntegrityRisksPanel } from '../../../features/integrity/components/integrity-risks-panel';
import { MajorDecisionsPanel } from '../../../features/integrity/components/major-decisions-panel';
import { PageHeader } from '../../../components/page-header';
import { useDefaultNodeId } from '../../../lib/default-node';
import { hasPermission } from '../../../lib/permissions';
import { readEnum, readPositiveInt, readString, withParams } from '../../../lib/search-params';
import { useCurrentUser } from '../../current-user';

const TABS = ['risks', 'decisions'] as const;

function readDate(params: URLSearchParams, key: string): string | undefined {
  const value = readString(params, key);
  return value && isValidIsoDate(value) ? value : undefined;
}

/**
 * 清廉机关: the 廉政风险点 register (per post and process, with the yearly review) and the 三重一大
 * decision log (末位表态). Kept by integrity.write, read by 督查 staff too. Filters live in the address bar.
 */
export function IntegrityPage() {
  const me = useCurrentUser();
  const [params, setParams] = useSearchParams();
  const canWrite = hasPermission(me, 'integrity.write');
  const defaultNode = useDefaultNodeId(me, 'integrity.write', canWrite);
  const tab = readEnum(params, 'tab', TABS) ?? 'risks';
  const page = readPositiveInt(params, 'page', 1, 100000);
  const pageSize = readPositiveInt(params, 'pageSize', 20);
  const nodeId = readString(params, 'nodeId');
  const q = readString(params, 'q');
  // A filter change starts again at page 1 and keeps only the filters of the open tab.
  const setFilters = (filters: Record<string, string | undefined>) => setParams(withParams(new URLSearchParams(), { tab: params.get('tab'), pageSize: params.get('pageSize'), ...filters }));
  const onPageChange = (p: number, size: number) => setParams(withParams(params, { page: size === pageSize ? p : 1, pageSize: size }));

  return (
    <>
      <PageHeader title="廉政风险点与三重一大" />
      <Card>
        <Tabs
          activeKey={tab}
          onChange={(key) => setParams(withParams(new URLSearchParams(), { tab: key === 'risks' ? undefined : key }))}
          items={[
            { key: 'risks', label: '廉政风险点' },
            { key: 'decisions', label: '三重一大' },
          ]}
        />
        {tab === 'risks' ? (
          <IntegrityRisksPanel
            filters={{
              nodeId,
              q,
              scope: readEnum(params, 'scope', INTEGRITY_RISK_SCOPES),
              level: readEnum(params, 'level', INTEGRITY_RISK_LEVELS),
              unreviewed: params.get('unreviewed') === 'true' ? 'true' : undefined,
            }}
            onFiltersChange={setFilters}
            page={page}
            pageSize={pageSize}
            onPageChange={onPageChange}
            canWrite={canWrite}
            defaultNodeId={defaultNode.data ?? undefined}
          />
        ) : (
          <MajorDecisionsPanel
            filters={{ nodeId, q, category: readEnum(params, 'category', MAJOR_DECISION_CATEGORIES), from: readDate(params, 'from'), to: readDate(params, 'to') }}
            onFiltersChange={setFilters}
            page={page}
            pageSize={pageSize}
            onPageChange={onPageChange}
            canWrite={canWrite}
            defaultUnitId={defaultNode.data ?? undefined}
          />
        )}
      </Card>
    </>
  );
}
