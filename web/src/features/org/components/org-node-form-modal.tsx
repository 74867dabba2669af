import { App, Form, Input, InputNumber, Modal, Select } from 'antd';
import {
  ADMIN_NODE_KINDS,
  ALLOWED_PARENT_KINDS,
  ORG_NAME_MAX,
  ORG_NODE_KIND_LABELS,
  PARTY_NODE_KINDS,
  type OrgNodeDetail,
  type OrgNodeKind,
  type OrgTree,
} from '@mofan/shared';
import { OrgNodePicker } from '../../../components/pickers/org-node-picker';
import { orgNodeLabel } from '../../../lib/org-node-label';
import { useApiErrorHandler } from '../../../lib/use-api-error';
import { useCreateOrgNode } from '../api/create-org-node';
import { useUpdateOrgNode } from '../api/update-org-node';

export type OrgNodeFormTarget =
  | { mode: 'create'; tree: OrgTree; parent: OrgNodeDetail | null }
  | { mode: 'edit'; node: OrgNodeDetail };

interface OrgNodeFormValues {
  kind?: OrgNodeKind;
  name: string;
  code?: string | null;
  sortOrder?: number | null;
  unitId?: string | null;
}

/** The kinds that may be created under `parentKind` (null: at the top) in this tree, per ALLOWED_PARENT_KINDS. */
export function childKindsOf(tree: OrgTree, parentKind: OrgNodeKind | null): OrgNodeKind[] {
  const kinds: readonly OrgNodeKind[] = tree === 'admin' ? ADMIN_NODE_KINDS : PARTY_NODE_KINDS;
  return kinds.filter((k) => ALLOWED_PARENT_KINDS[k].includes(parentKind));
}

interface OrgNodeFormModalProps {
  target: OrgNodeFormTarget | null;
  onClose: () => void;
  onSaved: (node: OrgNodeDetail) => void;
}

export function OrgNodeFormModal({ target, onClose, onSaved }: OrgNodeFormModalProps) {
  const [form] = Form.useForm<OrgNodeFormValues>();
  const { message } = App.useApp();
  const handleError = useApiErrorHandler();
  const createMutation = useCreateOrgNode();
  const updateMutation = useUpdateOrgNode();

  const creating = target?.mode === 'create';
  const kinds = target?.mode === 'create' ? childKindsOf(target.tree, target.parent?.kind ?? null) : [];
  // A party organisation at the top of the party tree belongs to a unit instead of a parent.
  const needsUnit = target?.mode === 'create' && target.tree === 'party' && target.parent === null;

  const title = !target
    ? ''
    : target.mode === 'edit'
      ? `编辑「${target.node.name}」`
      : target.parent
        ? `在「${orgNodeLabel(target.parent)}」下新增`
        : '新增顶层组织';

  const initialValues: OrgNodeFormValues =
    target?.mode === 'edit'
      ? { name: target.node.name, code: target.node.code, sortOrder: target.node.sortOrder }
      : { kind: kinds[0], name: '', code: '', sortOrder: null, unitId: null };

  const saved = (node: OrgNodeDetail) => {
    void message.success('已保存');
    onSaved(node);
    onClose();
  };

  const submit = (values: OrgNodeFormValues) => {
    if (!target) return;
    const code = values.code?.trim() ? values.code.trim() : null;
    const sortOrder = values.sortOrder ?? undefined;
    if (target.mode === 'edit') {
      updateMutation.mutate(
        { id: target.node.id, name: values.name, code, sortOrder, version: target.node.version },
        { onSuccess: saved, onError: (error) => handleError(error, { form }) },
      );
      return;
    }
    if (!values.kind) return;
    createMutation.mutate(
      {
        kind: values.kind,
        name: values.name,
        code: code ?? undefined,
        sortOrder,
        parentId: target.parent?.id ?? null,
        ...(needsUnit ? { unitId: values.unitId ?? null } : {}),
      },
      { onSuccess: saved, onError: (error) => handleError(error, { form }) },
    );
  };

  return (
    <Modal
      open={target !== null}
      title={title}
      okText="保存"
      onOk={() => form.submit()}
      onCancel={onClose}
      confirmLoading={createMutation.isPending || updateMutation.isPending}
      destroyOnHidden
    >
      <Form form={form} layout="vertical" initialValues={initialValues} onFinish={submit} aria-label={title}>
        {creating && (
          <Form.Item label="类型" name="kind" rules={[{ required: true, message: '请选择类型' }]}>
            <Select options={kinds.map((k) => ({ value: k, label: ORG_NODE_KIND_LABELS[k] }))} />
          </Form.Item>
        )}
        {needsUnit && (
          <Form.Item label="所属单位" name="unitId" rules={[{ required: true, message: '请选择所属单位' }]}>
            <OrgNodePicker kinds={['unit']} placeholder="输入单位名称搜索" />
          </Form.Item>
        )}
        <Form.Item
          label="名称"
          name="name"
          rules={[
            { required: true, whitespace: true, message: '请输入名称' },
            { max: ORG_NAME_MAX, message: `名称不超过${ORG_NAME_MAX}字` },
          ]}
        >
          <Input />
        </Form.Item>
        <Form.Item label="编码" name="code" rules={[{ max: 50, message: '编码不超过50位' }]}>
          <Input placeholder="选填，如统一社会信用代码或内部编码" />
        </Form.Item>
        <Form.Item label="排序号" name="sortOrder" extra="同级中数字小的排在前面">
          <InputNumber min={0} max={100000} precision={0} style={{ width: '100%' }} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
