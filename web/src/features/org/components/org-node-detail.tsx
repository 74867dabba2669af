import { App, Breadcrumb, Button, Card, Descriptions, Flex, Spin } from 'antd';
import { DeleteOutlined, EditOutlined, PlusOutlined } from '@ant-design/icons';
import { ORG_NODE_KIND_LABELS, type OrgNodeDetail } from '@mofan/shared';
import { QueryErrorResult } from '../../../components/query-error-result';
import { orEmpty } from '../../../lib/format';
import { orgNodeLabel } from '../../../lib/org-node-label';
import { useApiErrorHandler } from '../../../lib/use-api-error';
import { useOrgNode } from '../api/get-org-node';
import { useDeleteOrgNode } from '../api/delete-org-node';
import { childKindsOf, type OrgNodeFormTarget } from './org-node-form-modal';

interface OrgNodeDetailPanelProps {
  nodeId: string;
  canWrite: boolean;
  onSelect: (id: string) => void;
  onEdit: (target: OrgNodeFormTarget) => void;
  /** After a delete: the parent to select, or null at the top. */
  onDeleted: (parentId: string | null) => void;
}

export function OrgNodeDetailPanel({ nodeId, canWrite, onSelect, onEdit, onDeleted }: OrgNodeDetailPanelProps) {
  const query = useOrgNode(nodeId);
  const deleteMutation = useDeleteOrgNode();
  const handleError = useApiErrorHandler();
  const { modal, message } = App.useApp();

  if (query.isPending) return <Spin style={{ display: 'block', margin: '24px auto' }} />;
  if (query.isError) return <QueryErrorResult error={query.error} onRetry={() => void query.refetch()} />;
  const node: OrgNodeDetail = query.data;
  const canAddChild = childKindsOf(node.tree, node.kind).length > 0;

  const confirmDelete = () =>
    modal.confirm({
      title: `删除「${node.name}」？`,
      content: '有下级组织或人员的节点不能删除，请先移走下级和人员。删除后不可恢复。',
      okText: '删除',
      okButtonProps: { danger: true },
      onOk: () =>
        deleteMutation
          .mutateAsync(node.id)
          .then(() => {
            void message.success('已删除');
            onDeleted(node.parentId);
          })
          .catch((error: unknown) => handleError(error)),
    });

  const breadcrumb = [...node.ancestors, { id: node.id, name: node.name, kind: node.kind }].map((a) => ({
    key: a.id,
    title:
      a.id === node.id ? (
        a.name
      ) : (
        <a
          // A real address, so the link has the link role and opens in a new tab on middle-click.
          href={`?node=${a.id}`}
          onClick={(e) => {
            e.preventDefault();
            onSelect(a.id);
          }}
        >
          {a.name}
        </a>
      ),
  }));

  return (
    <Card title={orgNodeLabel(node)}>
      {/* In the body rather than the card's extra: on a phone the title would be squeezed to nothing. */}
      {canWrite && (
        <Flex gap={8} wrap style={{ marginBottom: 16 }}>
          <Button
            icon={<PlusOutlined />}
            disabled={!canAddChild}
            onClick={() => onEdit({ mode: 'create', tree: node.tree, parent: node })}
          >
            新增下级
          </Button>
          <Button icon={<EditOutlined />} onClick={() => onEdit({ mode: 'edit', node })}>
            编辑
          </Button>
          <Button danger icon={<DeleteOutlined />} onClick={confirmDelete}>
            删除
          </Button>
        </Flex>
      )}
      <Breadcrumb items={breadcrumb} style={{ marginBottom: 16 }} />
      <Descriptions
        size="small"
        bordered
        column={{ xs: 1, sm: 2, lg: 3 }}
        items={[
          { key: 'kind', label: '类型', children: ORG_NODE_KIND_LABELS[node.kind] },
          { key: 'code', label: '编码', children: orEmpty(node.code) },
          ...(node.tree === 'party' || node.kind === 'department'
            ? [{ key: 'unit', label: '所属单位', children: orEmpty(node.unitName) }]
            : []),
          { key: 'childCount', label: '下级数', children: node.childCount },
          { key: 'peopleCount', label: '在职人数（含下级）', children: node.peopleCount },
          { key: 'sortOrder', label: '排序号', children: node.sortOrder },
        ]}
      />
    </Card>
  );
}
