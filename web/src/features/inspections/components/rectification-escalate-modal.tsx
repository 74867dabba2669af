import { App, Form, Input, Modal, Typography } from 'antd';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useNavigate } from 'react-router';
import type { RectificationDetail } from '@mofan/shared';
import { FormButtons } from '../../../components/form-buttons';
import { OrgNodePicker } from '../../../components/pickers/org-node-picker';
import { useApiErrorHandler } from '../../../lib/use-api-error';
import { directivePath } from '../../directives/components/directives-table';
import { escalateRectification } from '../api/escalate-rectification';
import { afterSupervisionChange } from '../api/query-keys';

interface EscalateValues {
  supervisorNodeId?: string | null;
  note?: string;
}

interface RectificationEscalateModalProps {
  rectification: RectificationDetail;
  open: boolean;
  onClose: () => void;
  onVersionConflict: () => void;
}

/** 逾期转督办: an overdue 整改 becomes a 督办件 with its own limit and lights; it opens once made. */
export function RectificationEscalateModal({ rectification, open, onClose, onVersionConflict }: RectificationEscalateModalProps) {
  return (
    <Modal open={open} title="逾期转督办" onCancel={onClose} footer={null} destroyOnHidden>
      {open && <EscalateForm rectification={rectification} onClose={onClose} onVersionConflict={onVersionConflict} />}
    </Modal>
  );
}

function EscalateForm({ rectification: r, onClose, onVersionConflict }: Omit<RectificationEscalateModalProps, 'open'>) {
  const [form] = Form.useForm<EscalateValues>();
  const { message } = App.useApp();
  const handleError = useApiErrorHandler();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const mutation = useMutation({ mutationFn: escalateRectification, onSuccess: () => afterSupervisionChange(queryClient) });

  const submit = (v: EscalateValues) =>
    mutation.mutate(
      { id: r.id, version: r.version, ...(v.supervisorNodeId ? { supervisorNodeId: v.supervisorNodeId } : {}), note: v.note?.trim() || null },
      {
        onSuccess: (saved) => {
          void message.success('已转为督办件');
          onClose();
          if (saved.escalatedDirectiveId) void navigate(directivePath(saved.escalatedDirectiveId));
        },
        onError: (error) =>
          handleError(error, {
            form,
            onVersionConflict: () => {
              onVersionConflict();
              onClose();
            },
          }),
      },
    );

  return (
    <Form<EscalateValues> form={form} layout="vertical" onFinish={submit} aria-label="逾期转督办">
      <Typography.Paragraph type="secondary">
        整改已超过时限（{r.dueOn}）。转督办后按督办件立项，由责任单位签收办理，督办机构跟踪催办；一项整改只能转一次。
      </Typography.Paragraph>
      <Form.Item<EscalateValues> label="立项机构" name="supervisorNodeId" extra="不选则由组织检查的单位立项（单独登记的问题为问题所在单位）">
        <OrgNodePicker tree="admin" placeholder="工委或单位（可空）" />
      </Form.Item>
      <Form.Item<EscalateValues> label="转督办说明" name="note">
        <Input.TextArea rows={3} maxLength={2000} showCount placeholder="写入督办内容（可空）" />
      </Form.Item>
      <Form.Item style={{ marginBottom: 0 }}>
        <FormButtons loading={mutation.isPending} onCancel={onClose} submitText="转督办" />
      </Form.Item>
    </Form>
  );
}
