import { Button, Card, Flex, Spin } from 'antd';
import { ArrowLeftOutlined } from '@ant-design/icons';
import { useNavigate, useParams } from 'react-router';
import { useDirective } from '../../../features/directives/api/get-directive';
import { DirectiveActions } from '../../../features/directives/components/directive-actions';
import { DirectiveDescriptions } from '../../../features/directives/components/directive-descriptions';
import { DirectiveExtensionsTable } from '../../../features/directives/components/directive-extensions-table';
import { DirectiveHistory } from '../../../features/directives/components/directive-history';
import { UrgencyTag } from '../../../features/directives/components/directive-tags';
import { PageHeader } from '../../../components/page-header';
import { QueryErrorResult } from '../../../components/query-error-result';

/** One 督办件: what was asked and by when, what the reader may do now, and every step so far. */
export function DirectiveDetailPage() {
  const { id = '' } = useParams();
  const navigate = useNavigate();
  const query = useDirective(id);
  if (query.isPending) return <Spin style={{ display: 'block', margin: '48px auto' }} />;
  if (query.isError) return <QueryErrorResult error={query.error} onRetry={() => void query.refetch()} />;
  const d = query.data;

  return (
    <>
      <PageHeader
        title={
          <>
            {d.title} <UrgencyTag urgency={d.urgency} />
          </>
        }
        extra={
          <DirectiveActions
            directive={d}
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
        <Card title="督办事项">
          <DirectiveDescriptions directive={d} />
        </Card>
        {d.extensions.length > 0 && (
          <Card title="延期申请">
            <DirectiveExtensionsTable extensions={d.extensions} />
          </Card>
        )}
        <Card title="办理过程">
          <DirectiveHistory events={d.events} />
        </Card>
      </Flex>
    </>
  );
}
