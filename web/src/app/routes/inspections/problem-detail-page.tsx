import { Button, Card, Empty, Flex, Spin, Typography } from 'antd';
import { ArrowLeftOutlined } from '@ant-design/icons';
import { useNavigate, useParams } from 'react-router';
import { useProblem } from '../../../features/inspections/api/get-problem';
import { AccountabilitiesTable } from '../../../features/inspections/components/accountabilities-table';
import { unitNodeLabel } from '../../../features/inspections/components/node-labels';
import { ProblemActions } from '../../../features/inspections/components/problem-actions';
import { ProblemDescriptions } from '../../../features/inspections/components/problem-descriptions';
import { RectificationActions } from '../../../features/inspections/components/rectification-actions';
import { RectificationDescriptions } from '../../../features/inspections/components/rectification-descriptions';
import { RectificationHistory } from '../../../features/inspections/components/rectification-history';
import { PageHeader } from '../../../components/page-header';
import { QueryErrorResult } from '../../../components/query-error-result';

/**
 * One problem and its 整改 as a closed loop: the finding and its repeats, the 整改 with its light and
 * the steps the reader may take now, every step so far with actor and time, and the 问责.
 */
export function ProblemDetailPage() {
  const { id = '' } = useParams();
  const navigate = useNavigate();
  const query = useProblem(id);
  if (query.isPending) return <Spin style={{ display: 'block', margin: '48px auto' }} />;
  if (query.isError) return <QueryErrorResult error={query.error} onRetry={() => void query.refetch()} />;
  const p = query.data;
  const r = p.rectification;
  const reload = () => void query.refetch();

  return (
    <>
      <PageHeader
        title={`${unitNodeLabel(p.unitName, p.nodeName)}的问题`}
        extra={
          <>
            <Button icon={<ArrowLeftOutlined />} onClick={() => void navigate(-1)}>
              返回
            </Button>
            <ProblemActions problem={p} onVersionConflict={reload} />
          </>
        }
      />
      <Flex vertical gap={16}>
        <Card title="问题">
          <ProblemDescriptions problem={p} />
        </Card>
        <Card title="整改">
          {r ? (
            <Flex vertical gap={12}>
              <RectificationDescriptions rectification={r} />
              <Flex gap={8} wrap>
                <RectificationActions problem={p} rectification={r} onVersionConflict={reload} />
              </Flex>
            </Flex>
          ) : (
            <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={p.actions.includes('rectify') ? '尚未交付整改' : '尚未交付整改（检查完成后由督查机构交付）'} />
          )}
        </Card>
        {r && (
          <Card title="整改过程">
            <RectificationHistory events={r.events} />
          </Card>
        )}
        <Card title={`问责（${p.accountabilities.length}）`}>
          {p.accountabilities.length > 0 ? (
            <AccountabilitiesTable problemId={p.id} accountabilities={p.accountabilities} canRemove={p.actions.includes('hold_accountable')} />
          ) : (
            <Typography.Text type="secondary">没有问责记录</Typography.Text>
          )}
        </Card>
      </Flex>
    </>
  );
}
