import { Card, Spin } from 'antd';
import { useNavigate, useSearchParams } from 'react-router';
import { useCatalogue } from '../../../features/catalogue/api/get-catalogue';
import { RecordForm } from '../../../features/records/components/record-form';
import { PageHeader } from '../../../components/page-header';
import { QueryErrorResult } from '../../../components/query-error-result';
import { readString } from '../../../lib/search-params';

/** `/records/new?kinds=monthly_book&ownerNodeId=…` opens the form pre-filled (from 我的任务, for example). */
export function RecordNewPage() {
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const catalogue = useCatalogue();
  if (catalogue.isPending) return <Spin style={{ display: 'block', margin: '48px auto' }} />;
  if (catalogue.isError) return <QueryErrorResult error={catalogue.error} onRetry={() => void catalogue.refetch()} />;

  const known = new Set(catalogue.data.activityKinds.map((k) => k.id));
  const kinds = (readString(params, 'kinds') ?? '').split(',').filter((k) => known.has(k));
  const ownerNodeId = readString(params, 'ownerNodeId');

  return (
    <>
      <PageHeader title="登记台账" />
      <Card>
        <RecordForm
          kinds={catalogue.data.activityKinds}
          prefill={{ kinds, ownerNodeId }}
          onSaved={(r) => void navigate(`/records/${r.id}`, { replace: true })}
          onCancel={() => void navigate(-1)}
        />
      </Card>
    </>
  );
}
