import { useState } from 'react';
import { App, Button, Card, Empty, Form, Spin, Typography } from 'antd';
import { Link, useSearchParams } from 'react-router';
import { usePublications, type PublicationView } from '../../../features/programmes/api/list-publications';
import { useWithdrawPublication } from '../../../features/programmes/api/withdraw-publication';
import { AdoptProgrammeModal } from '../../../features/programmes/components/adopt-programme-modal';
import { CommitteePublicationsTable } from '../../../features/programmes/components/committee-publications-table';
import { PublishProgrammeModal } from '../../../features/programmes/components/publish-programme-modal';
import { UnitProgrammesTable } from '../../../features/programmes/components/unit-programmes-table';
import { OrgNodePicker } from '../../../components/pickers/org-node-picker';
import { PageHeader } from '../../../components/page-header';
import { QueryErrorResult } from '../../../components/query-error-result';
import { hasPermission } from '../../../lib/permissions';
import { readString, withParams } from '../../../lib/search-params';
import { useApiErrorHandler } from '../../../lib/use-api-error';
import { useCurrentUser } from '../../current-user';

const NODE_KINDS = ['city', 'district', 'system', 'unit'] as const;
const PUBLISHING_KINDS: readonly string[] = ['city', 'district', 'system'];

/**
 * 创建体系: a 工委 publishes programmes to the units below it and sees which adopted them; a unit
 * sees what was published to it and adopts it (上下联动).
 */
export function ProgrammesPage() {
  const me = useCurrentUser();
  const [params, setParams] = useSearchParams();
  const { message } = App.useApp();
  const handleError = useApiErrorHandler();
  // Opens on the node the user manages: the scope of their first grant that may write, else one that may read.
  const home =
    me.grants.find((g) => g.scopeNodeId && g.permissions.includes('catalogue.write')) ?? me.grants.find((g) => g.scopeNodeId && g.permissions.includes('records.read'));
  const nodeId = readString(params, 'nodeId') ?? home?.scopeNodeId ?? undefined;
  const publications = usePublications(nodeId);
  const withdraw = useWithdrawPublication();
  const [publishing, setPublishing] = useState(false);
  const [adopt, setAdopt] = useState<PublicationView | null>(null);
  const canWrite = hasPermission(me, 'catalogue.write');
  const node = publications.data?.node;
  const isCommittee = !!node && PUBLISHING_KINDS.includes(node.kind);

  const onWithdraw = (p: PublicationView) =>
    withdraw.mutate(p.id, { onSuccess: () => void message.success('已撤回'), onError: (error) => handleError(error) });

  const body = () => {
    if (!nodeId) return <Empty description="请选择市、县区、系统或单位" />;
    if (publications.isError) return <QueryErrorResult error={publications.error} onRetry={() => void publications.refetch()} />;
    if (publications.isPending) return <Spin style={{ display: 'block', margin: '48px auto' }} />;
    const { node: viewed, publications: rows } = publications.data;
    if (isCommittee) {
      return (
        <>
          <Typography.Paragraph type="secondary">
            机关工委发布创建体系后，本级以下各单位结合实际采纳；展开每一行可查看各单位的采纳时间、采纳人和落实说明。
          </Typography.Paragraph>
          <CommitteePublicationsTable nodeId={viewed.id} publications={rows} canWrite={canWrite} onWithdraw={onWithdraw} withdrawing={withdraw.isPending ? withdraw.variables : null} />
        </>
      );
    }
    if (viewed.kind === 'unit') {
      return (
        <>
          <Typography.Paragraph type="secondary">
            上级机关工委发布的创建体系。采纳后，可在
            <Link to={`/catalogue/localise?nodeId=${viewed.id}`}>结合实际调整</Link>
            中提高或停用要求、增设本单位的自定要求，上级可以看到调整内容。
          </Typography.Paragraph>
          <UnitProgrammesTable publications={rows} canWrite={canWrite} onAdopt={setAdopt} />
        </>
      );
    }
    return <Empty description="请选择市、县区、系统或单位" />;
  };

  return (
    <>
      <PageHeader
        title="创建体系"
        extra={
          <>
            <Link to="/catalogue?tab=programmes">
              <Button>查看创建体系内容</Button>
            </Link>
            {isCommittee && canWrite && (
              <Button type="primary" onClick={() => setPublishing(true)}>
                发布创建体系
              </Button>
            )}
          </>
        }
      />
      <Card>
        <Form layout="inline" style={{ rowGap: 12, marginBottom: 12 }} aria-label="选择组织">
          <Form.Item label="组织" htmlFor="programmes-node">
            <OrgNodePicker
              id="programmes-node"
              kinds={NODE_KINDS}
              value={nodeId ?? null}
              initialLabel={nodeId === home?.scopeNodeId ? (home?.scopeNodeName ?? null) : null}
              allowClear={false}
              onChange={(id) => setParams(withParams(params, { nodeId: id ?? undefined }))}
              placeholder="输入市、县区或单位名称搜索"
              style={{ width: 280, maxWidth: '100%' }}
            />
          </Form.Item>
        </Form>
        {body()}
      </Card>
      {node && isCommittee && (
        <PublishProgrammeModal
          open={publishing}
          nodeId={node.id}
          nodeName={node.name}
          published={(publications.data?.publications ?? []).filter((p) => p.nodeId === node.id && !p.withdrawnAt).map((p) => p.programmeCode)}
          onClose={() => setPublishing(false)}
        />
      )}
      {node && <AdoptProgrammeModal publication={adopt} unitId={node.id} onClose={() => setAdopt(null)} />}
    </>
  );
}
