import { Button, Card, Spin, Tabs } from 'antd';
import { Link, useSearchParams } from 'react-router';
import { useCatalogue } from '../../../features/catalogue/api/get-catalogue';
import { ProgrammesList } from '../../../features/catalogue/components/programmes-list';
import { RequirementsTable } from '../../../features/catalogue/components/requirements-table';
import { PageHeader } from '../../../components/page-header';
import { QueryErrorResult } from '../../../components/query-error-result';
import { hasPermission } from '../../../lib/permissions';
import { readEnum, withParams } from '../../../lib/search-params';
import { useCurrentUser } from '../../current-user';

const TABS = ['requirements', 'programmes'] as const;

export function CataloguePage() {
  const me = useCurrentUser();
  const catalogue = useCatalogue();
  // The tab is in the address so the 创建体系 page can link straight to the programmes' contents.
  const [params, setParams] = useSearchParams();
  const tab = readEnum(params, 'tab', TABS) ?? 'requirements';
  if (catalogue.isPending) return <Spin style={{ display: 'block', margin: '48px auto' }} />;
  if (catalogue.isError) return <QueryErrorResult error={catalogue.error} onRetry={() => void catalogue.refetch()} />;

  return (
    <>
      <PageHeader
        title="制度要求目录"
        extra={
          hasPermission(me, 'catalogue.write') && (
            <Link to="/catalogue/localise">
              <Button type="primary">结合实际调整</Button>
            </Link>
          )
        }
      />
      <Card>
        <Tabs
          activeKey={tab}
          onChange={(key) => setParams(withParams(params, { tab: key === 'requirements' ? undefined : key }))}
          items={[
            { key: 'requirements', label: '制度要求', children: <RequirementsTable catalogue={catalogue.data} /> },
            { key: 'programmes', label: '创建体系', children: <ProgrammesList programmes={catalogue.data.programmes} /> },
          ]}
        />
      </Card>
    </>
  );
}
