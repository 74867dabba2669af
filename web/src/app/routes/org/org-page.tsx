import { useState } from 'react';
import { Button, Card, Col, Empty, Input, Row } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { useParams, useSearchParams } from 'react-router';
import { ORG_TREES, type OrgTree as OrgTreeName } from '@mofan/shared';
import { OrgTree } from '../../../features/org/components/org-tree';
import { OrgSearchResults } from '../../../features/org/components/org-search-results';
import { OrgNodeDetailPanel } from '../../../features/org/components/org-node-detail';
import { OrgNodeFormModal, type OrgNodeFormTarget } from '../../../features/org/components/org-node-form-modal';
import { useOrgNode } from '../../../features/org/api/get-org-node';
import { PeopleTable } from '../../../features/people/components/people-table';
import { PageHeader } from '../../../components/page-header';
import { hasPermission } from '../../../lib/permissions';
import { useIsPhone } from '../../../lib/use-media-query';
import { withParams } from '../../../lib/search-params';
import { useCurrentUser } from '../../current-user';
import { NotFoundPage } from '../not-found-page';

const TITLES: Record<OrgTreeName, string> = { admin: '组织机构', party: '党组织' };

/** /org/admin and /org/party: one page for both trees, remounted when the tree changes. */
export function OrgPage() {
  const { tree } = useParams();
  const found = ORG_TREES.find((t) => t === tree);
  if (!found) return <NotFoundPage />;
  return <OrgTreePage key={found} tree={found} />;
}

function OrgTreePage({ tree }: { tree: OrgTreeName }) {
  const me = useCurrentUser();
  const isPhone = useIsPhone();
  const [params, setParams] = useSearchParams();
  const selectedId = params.get('node') ?? undefined;
  const [q, setQ] = useState('');
  const [formTarget, setFormTarget] = useState<OrgNodeFormTarget | null>(null);
  const [peoplePage, setPeoplePage] = useState({ page: 1, pageSize: 10 });
  const canWrite = hasPermission(me, 'org.write');
  const canReadPeople = hasPermission(me, 'people.read');
  // Shares the detail pane's cache entry; gives the ancestors to open in the tree.
  const selected = useOrgNode(selectedId);

  const select = (id: string | null) => {
    setPeoplePage((p) => ({ ...p, page: 1 }));
    setParams(withParams(params, { node: id }));
  };

  return (
    <>
      <PageHeader
        title={TITLES[tree]}
        extra={
          canWrite && (
            <Button icon={<PlusOutlined />} onClick={() => setFormTarget({ mode: 'create', tree, parent: null })}>
              {tree === 'party' ? '新增党组织' : '新增顶层组织'}
            </Button>
          )
        }
      />
      <Row gutter={[16, 16]}>
        <Col xs={24} md={10} lg={8} xl={7}>
          <Card size="small">
            <Input.Search
              placeholder="搜索组织名称"
              aria-label="搜索组织名称"
              allowClear
              onSearch={(value) => setQ(value.trim())}
              style={{ marginBottom: 12 }}
            />
            {q ? (
              <OrgSearchResults
                tree={tree}
                q={q}
                selectedId={selectedId}
                onSelect={(id) => {
                  setQ('');
                  select(id);
                }}
              />
            ) : (
              <OrgTree
                tree={tree}
                selectedId={selectedId}
                onSelect={select}
                revealPath={selected.data?.ancestors.map((a) => a.id) ?? []}
                height={isPhone ? 360 : 560}
              />
            )}
          </Card>
        </Col>
        <Col xs={24} md={14} lg={16} xl={17}>
          {selectedId ? (
            <>
              <OrgNodeDetailPanel
                nodeId={selectedId}
                canWrite={canWrite}
                onSelect={select}
                onEdit={setFormTarget}
                onDeleted={select}
              />
              {canReadPeople && (
                <Card title="人员（含下级）" size="small" style={{ marginTop: 16 }}>
                  <PeopleTable
                    filters={{ nodeId: selectedId }}
                    page={peoplePage.page}
                    pageSize={peoplePage.pageSize}
                    onPageChange={(page, pageSize) => setPeoplePage({ page, pageSize })}
                    size="small"
                  />
                </Card>
              )}
            </>
          ) : (
            <Card>
              <Empty description="在左侧选择一个组织查看详情" />
            </Card>
          )}
        </Col>
      </Row>
      <OrgNodeFormModal target={formTarget} onClose={() => setFormTarget(null)} onSaved={(node) => select(node.id)} />
    </>
  );
}
