import { Alert, App, Form, Input, Modal } from 'antd';
import type { OwnRequirementView } from '@mofan/shared';
import { FormButtons } from '../../../components/form-buttons';
import { useApiErrorHandler } from '../../../lib/use-api-error';
import { useUpdateOwnRequirement } from '../api/update-own-requirement';

interface SwitchOffOwnRequirementModalProps {
  item: OwnRequirementView | null;
  onClose: () => void;
  onConflict: () => void;
}

interface SwitchOffValues {
  reason: string;
}

/** 停用: the item no longer binds the node and its subtree; the reason (kept as its note) is shown to the 工委. */
export function SwitchOffOwnRequirementModal({ item, onClose, onConflict }: SwitchOffOwnRequirementModalProps) {
  return (
    <Modal open={item !== null} title={item ? `停用自定要求：${item.title}` : ''} onCancel={onClose} footer={null} destroyOnHidden>
      {item && <SwitchOffForm item={item} onClose={onClose} onConflict={onConflict} />}
    </Modal>
  );
}

function SwitchOffForm({ item, onClose, onConflict }: { item: OwnRequirementView; onClose: () => void; onConflict: () => void }) {
  const [form] = Form.useForm<SwitchOffValues>();
  const { message } = App.useApp();
  const handleError = useApiErrorHandler();
  const mutation = useUpdateOwnRequirement();

  const submit = (values: SwitchOffValues) =>
    mutation.mutate(
      { id: item.id, enabled: false, note: values.reason.trim(), version: item.version },
      {
        onSuccess: () => {
          void message.success('已停用');
          onClose();
        },
        onError: (error) =>
          handleError(error, {
            onVersionConflict: () => {
              onConflict();
              onClose();
            },
          }),
      },
    );

  return (
    <Form<SwitchOffValues> form={form} layout="vertical" initialValues={{ reason: '' }} onFinish={submit} aria-label="停用自定要求">
      <Alert type="warning" showIcon style={{ marginBottom: 16 }} title="停用后，本级及下级不再考核该要求。" description="停用理由将替换原说明，上级可以看到；之后可以重新启用。" />
      <Form.Item
        label="停用理由"
        name="reason"
        rules={[
          { required: true, whitespace: true, message: '请说明停用的理由' },
          { max: 500, message: '理由不能超过500字' },
        ]}
      >
        <Input.TextArea rows={4} maxLength={500} showCount placeholder="例如：已并入上级统一部署的活动" />
      </Form.Item>
      <Form.Item style={{ marginBottom: 0 }}>
        <FormButtons loading={mutation.isPending} onCancel={onClose} submitText="停用" />
      </Form.Item>
    </Form>
  );
}
