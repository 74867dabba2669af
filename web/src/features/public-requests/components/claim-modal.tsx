import { Form, Input, Modal, Typography } from 'antd';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { PublicRequestDetail } from '@mofan/shared';
import { FormButtons } from '../../../components/form-buttons';
import { OrgNodePicker } from '../../../components/pickers/org-node-picker';
import { PersonPicker } from '../../../components/pickers/person-picker';
import { useModalOutcome } from '../../../lib/use-modal-outcome';
import { claimPublicRequest } from '../api/claim-public-request';
import { afterPublicRequestChange } from '../api/query-keys';

interface ClaimValues {
  nodeId: string | null;
  personId?: string | null;
  note?: string;
}

interface ClaimModalProps {
  request: PublicRequestDetail;
  open: boolean;
  /** The 科室 or unit offered first: the reader's own. */
  defaultNodeId?: string | undefined;
  onClose: () => void;
  onVersionConflict: () => void;
}

const CLAIMABLE = ['unit', 'department'] as const;

/** 认领问题: the unit or 科室 that takes it, and the member who will see to it (optional). */
export function ClaimModal({ request, open, defaultNodeId, onClose, onVersionConflict }: ClaimModalProps) {
  return (
    <Modal open={open} title="认领问题" onCancel={onClose} footer={null} destroyOnHidden>
      <ClaimForm request={request} defaultNodeId={defaultNodeId} onClose={onClose} onVersionConflict={onVersionConflict} />
    </Modal>
  );
}

function ClaimForm({ request, defaultNodeId, onClose, onVersionConflict }: Omit<ClaimModalProps, 'open'>) {
  const [form] = Form.useForm<ClaimValues>();
  const outcome = useModalOutcome({ form, onClose, onVersionConflict });
  const queryClient = useQueryClient();
  const mutation = useMutation({ mutationFn: claimPublicRequest, onSuccess: (r) => afterPublicRequestChange(queryClient, r) });

  const submit = (v: ClaimValues) =>
    mutation.mutate({ id: request.id, version: request.version, nodeId: v.nodeId ?? '', personId: v.personId ?? null, note: v.note?.trim() || null }, outcome('已认领'));

  return (
    <Form<ClaimValues> form={form} layout="vertical" initialValues={{ nodeId: defaultNodeId ?? null }} onFinish={submit} aria-label="认领问题">
      <Typography.Paragraph type="secondary">认领后由该单位（科室）负责解决，群众凭查询码可看到认领单位。</Typography.Paragraph>
      <Form.Item<ClaimValues> label="认领单位（科室）" name="nodeId" rules={[{ required: true, message: '请选择认领的单位或科室' }]} extra={`须为「${request.nodeName}」本身或其下级`}>
        <OrgNodePicker kinds={CLAIMABLE} tree="admin" allowClear={false} placeholder="输入单位或科室名称搜索" />
      </Form.Item>
      <Form.Item<ClaimValues> label="认领人" name="personId" extra="可空；须为认领单位的干部职工">
        <PersonPicker />
      </Form.Item>
      <Form.Item<ClaimValues> label="内部说明" name="note" extra="不向群众公开">
        <Input.TextArea rows={2} maxLength={2000} />
      </Form.Item>
      <Form.Item style={{ marginBottom: 0 }}>
        <FormButtons loading={mutation.isPending} onCancel={onClose} submitText="认领" />
      </Form.Item>
    </Form>
  );
}
