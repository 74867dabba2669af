import { Alert, Form, type FormInstance, Input, Modal } from 'antd';
import { FormButtons } from './form-buttons';

export interface SwitchOffValues {
  reason: string;
}

interface SwitchOffModalProps {
  open: boolean;
  title: string;
  /** The form's accessible name, e.g. 停用要求. */
  formLabel: string;
  /** What switching off does, and who sees the reason. */
  notice: { title: string; description: string };
  placeholder: string;
  loading: boolean;
  onSubmit: (reason: string, form: FormInstance<SwitchOffValues>) => void;
  onClose: () => void;
}

/** 停用 with a reason: the one form of every "switch this requirement off" in the localisation pages. */
export function SwitchOffModal({ open, title, onClose, ...form }: SwitchOffModalProps) {
  return (
    <Modal open={open} title={title} onCancel={onClose} footer={null} destroyOnHidden>
      {open && <SwitchOffForm {...form} onClose={onClose} />}
    </Modal>
  );
}

function SwitchOffForm({ formLabel, notice, placeholder, loading, onSubmit, onClose }: Omit<SwitchOffModalProps, 'open' | 'title'>) {
  const [form] = Form.useForm<SwitchOffValues>();
  return (
    <Form<SwitchOffValues> form={form} layout="vertical" initialValues={{ reason: '' }} onFinish={(values) => onSubmit(values.reason.trim(), form)} aria-label={formLabel}>
      <Alert type="warning" showIcon style={{ marginBottom: 16 }} title={notice.title} description={notice.description} />
      <Form.Item
        label="停用理由"
        name="reason"
        rules={[
          { required: true, whitespace: true, message: '请说明停用的理由' },
          { max: 500, message: '理由不能超过500字' },
        ]}
      >
        <Input.TextArea rows={4} maxLength={500} showCount placeholder={placeholder} />
      </Form.Item>
      <Form.Item style={{ marginBottom: 0 }}>
        <FormButtons loading={loading} onCancel={onClose} submitText="停用" />
      </Form.Item>
    </Form>
  );
}
