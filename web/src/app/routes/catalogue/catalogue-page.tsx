import { Card, Spin, Tabs } from 'antd';
import { useCatalogue } from '../../../features/catalogue/api/get-catalogue';
import { ProgrammesList } from '../../../features/catalogue/components/programmes-list';
import { RequirementsTable } from '../../../features/catalogue/components/requirements-table';
import { PageHeader } from '../../../components/page-header';
import { QueryErrorResult } from '../../../components/query-error-result';

export function CataloguePage() {
  const catalogue = useCatalogue();
  if (catalogue.isPending) return <Spin style={{ display: 'block', margin: '48px auto' }} />;
  if (catalogue.isError) return <QueryErrorResult error={catalogue.error} onRetry={() => void catalogue.refetch()} />;

  return (
    <>
      <PageHeader title="制度要求目录" />
      <Card>
        <Tabs
          items={[
            { key: 'requirements', label: '制度要求', children: <RequirementsTable catalogue={catalogue.data} /> },
            { key: 'programmes', label: '创建体系', children: <ProgrammesList programmes={catalogue.data.programmes} /> },
          ]}
        />
      </Card>
    </>
  );
}
