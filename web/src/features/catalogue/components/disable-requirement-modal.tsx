import { Alert, App, Form, Input, Modal } from 'antd';
import { FormButtons } from '../../../components/form-buttons';
import { useApiErrorHandler } from '../../../lib/use-api-error';
import { usePutSetting } from '../api/put-setting';
import type { SettingTarget } from './adjust-rule-modal';
import { asRuleSpec, ownChange } from './rule-edit';

interface DisableRequirementModalProps {
  target: SettingTarget | null;
  onClose: () => void;
  onConflict: () => void;
}

interface DisableValues {
  reason: string;
}

/** 停用: the requirement no longer binds the node and its subtree; the reason is shown to the 工委. */
export function DisableRequirementModal({ target, onClose, onConflict }: DisableRequirementModalProps) {
  return (
    <Modal open={target !== null} title={target ? `停用要求：${target.requirement.title}` : ''} onCancel={onClose} footer={null} destroyOnHidden>
      {target && <DisableForm target={target} onClose={onClose} onConflict={onConflict} />}
    </Modal>
  );
}

function DisableForm({ target, onClose, onConflict }: { target: SettingTarget; onClose: () => void; onConflict: () => void }) {
  const [form] = Form.useForm<DisableValues>();
  const { message } = App.useApp();
  const handleError = useApiErrorHandler();
  const mutation = usePutSetting();
  const own = ownChange(target.requirement, target.nodeId);

  const submit = (values: DisableValues) =>
    mutation.mutate(
      {
        nodeId: target.nodeId,
        requirementId: target.requirement.id,
        enabled: false,
        // A stricter rule the node set stays on record, so switching the item on again keeps it.
        rule: asRuleSpec(own?.rule),
        reason: values.reason.trim(),
        version: target.version,
      },
      {
        onSuccess: () => {
          void message.success('已停用');
          onClose();
        },
        onError: (error) =>
          handleError(error, {
            form,
            onVersionConflict: () => {
              onConflict();
              onClose();
            },
          }),
      },
    );

  return (
    <Form<DisableValues> form={form} layout="vertical" initialValues={{ reason: '' }} onFinish={submit} aria-label="停用要求">
      <Alert
        type="warning"
        showIcon
        style={{ marginBottom: 16 }}
        title="停用后，本级及下级单位不再考核该要求。"
        description="停用须说明理由，上级可以看到。之后可以通过“恢复上级要求”撤销。"
      />
      <Form.Item
        label="停用理由"
        name="reason"
        rules={[
          { required: true, whitespace: true, message: '请说明停用的理由' },
          { max: 500, message: '理由不能超过500字' },
        ]}
      >
        <Input.TextArea rows={4} maxLength={500} showCount placeholder="例如：本单位未设党总支，该要求不适用" />
      </Form.Item>
      <Form.Item style={{ marginBottom: 0 }}>
        <FormButtons loading={mutation.isPending} onCancel={onClose} submitText="停用" />
      </Form.Item>
    </Form>
  );
}
