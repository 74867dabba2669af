import { Card, Spin } from 'antd';
import { useNavigate, useParams } from 'react-router';
import { useCatalogue } from '../../../features/catalogue/api/get-catalogue';
import { useRecord } from '../../../features/records/api/get-record';
import { RecordForm } from '../../../features/records/components/record-form';
import { PageHeader } from '../../../components/page-header';
import { QueryErrorResult } from '../../../components/query-error-result';

export function RecordEditPage() {
  const { id = '' } = useParams();
  const navigate = useNavigate();
  const catalogue = useCatalogue();
  const record = useRecord(id);
  if (catalogue.isPending || record.isPending) return <Spin style={{ display: 'block', margin: '48px auto' }} />;
  if (catalogue.isError) return <QueryErrorResult error={catalogue.error} onRetry={() => void catalogue.refetch()} />;
  if (record.isError) return <QueryErrorResult error={record.error} onRetry={() => void record.refetch()} />;

  return (
    <>
      <PageHeader title="修改台账记录" />
      <Card>
        <RecordForm
          // A reloaded record (after a version conflict) starts the form again from what is stored.
          key={record.data.version}
          kinds={catalogue.data.activityKinds}
          record={record.data}
          onSaved={(r) => void navigate(`/records/${r.id}`, { replace: true })}
          onCancel={() => void navigate(-1)}
          onVersionConflict={() => void record.refetch()}
        />
      </Card>
    </>
  );
}
