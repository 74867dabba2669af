import { Button, Card, Flex, Spin } from 'antd';
import { ArrowLeftOutlined } from '@ant-design/icons';
import { useNavigate, useParams } from 'react-router';
import { usePublicRequest } from '../../../features/public-requests/api/get-public-request';
import { PublicRequestActions } from '../../../features/public-requests/components/public-request-actions';
import { PublicRequestDescriptions, PublicRequestOutcome } from '../../../features/public-requests/components/public-request-descriptions';
import { PublicRequestHistory } from '../../../features/public-requests/components/public-request-history';
import { PageHeader } from '../../../components/page-header';
import { QueryErrorResult } from '../../../components/query-error-result';
import { useDefaultNodeId } from '../../../lib/default-node';
import { useCurrentUser } from '../../current-user';

/** One 群众诉求: the need, what the reader may do now, what was done, and every step so far. */
export function PublicRequestDetailPage() {
  const { id = '' } = useParams();
  const me = useCurrentUser();
  const navigate = useNavigate();
  const query = usePublicRequest(id);
  const claimable = query.data?.actions.includes('claim') ?? false;
  const ownNode = useDefaultNodeId(me, 'requests.handle', claimable);
  if (query.isPending) return <Spin style={{ display: 'block', margin: '48px auto' }} />;
  if (query.isError) return <QueryErrorResult error={query.error} onRetry={() => void query.refetch()} />;
  const r = query.data;

  return (
    <>
      <PageHeader
        title={r.title}
        extra={
          <PublicRequestActions
            request={r}
            defaultClaimNodeId={ownNode.data ?? undefined}
            onVersionConflict={() => void query.refetch()}
            before={
              <Button icon={<ArrowLeftOutlined />} onClick={() => void navigate(-1)}>
                返回
              </Button>
            }
          />
        }
      />
      <Flex vertical gap={16}>
        <Card title="诉求信息">
          <PublicRequestDescriptions request={r} />
        </Card>
        <Card title="办理结果">
          <PublicRequestOutcome request={r} />
        </Card>
        <Card title="办理过程">
          <PublicRequestHistory events={r.events} />
        </Card>
      </Flex>
    </>
  );
}
