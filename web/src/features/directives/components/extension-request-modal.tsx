import { DatePicker, Form, Input, Modal, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { DIRECTIVE_EXTENSION_MAX_WORKING_DAYS, type DirectiveDetail } from '@mofan/shared';
import { FormButtons } from '../../../components/form-buttons';
import { useModalOutcome } from '../../../lib/use-modal-outcome';
import { useRequestDirectiveExtension } from '../api/request-directive-extension';

interface ExtensionValues {
  requestedDueOn: Dayjs;
  reason: string;
}

interface ExtensionRequestModalProps {
  directive: DirectiveDetail;
  open: boolean;
  onClose: () => void;
  onVersionConflict: () => void;
}

/** 申请延期: a later date, at most 15 working days after 立项 (the server counts them on the calendar). */
export function ExtensionRequestModal({ directive, open, onClose, onVersionConflict }: ExtensionRequestModalProps) {
  return (
    <Modal open={open} title="申请延期" onCancel={onClose} footer={null} destroyOnHidden>
      {open && <ExtensionRequestForm directive={directive} onClose={onClose} onVersionConflict={onVersionConflict} />}
    </Modal>
  );
}

function ExtensionRequestForm({ directive: d, onClose, onVersionConflict }: Omit<ExtensionRequestModalProps, 'open'>) {
  const [form] = Form.useForm<ExtensionValues>();
  const outcome = useModalOutcome({ form, onClose, onVersionConflict });
  const mutation = useRequestDirectiveExtension();
  const current = dayjs(d.effectiveDueOn);

  const submit = (v: ExtensionValues) =>
    mutation.mutate(
      { id: d.id, version: d.version, requestedDueOn: v.requestedDueOn.format('YYYY-MM-DD'), reason: v.reason.trim() },
      outcome('已申请延期，待督办机构审批'),
    );

  return (
    <Form<ExtensionValues> form={form} layout="vertical" onFinish={submit} aria-label="申请延期">
      <Typography.Paragraph type="secondary">
        现办理时限 {d.effectiveDueOn}。特殊情况可申请延期，最长不超过立项（{d.registeredOn}）后 {DIRECTIVE_EXTENSION_MAX_WORKING_DAYS} 个工作日，须经督办机构批准。
      </Typography.Paragraph>
      <Form.Item<ExtensionValues> label="延期至" name="requestedDueOn" rules={[{ required: true, message: '请选择申请延至的日期' }]}>
        <DatePicker format="YYYY-MM-DD" inputReadOnly defaultPickerValue={current.add(1, 'day')} disabledDate={(day) => !day.isAfter(current, 'day')} style={{ width: 200 }} />
      </Form.Item>
      <Form.Item<ExtensionValues> label="延期理由" name="reason" rules={[{ required: true, whitespace: true, message: '请填写延期理由' }]}>
        <Input.TextArea rows={3} maxLength={1000} showCount />
      </Form.Item>
      <Form.Item style={{ marginBottom: 0 }}>
        <FormButtons loading={mutation.isPending} onCancel={onClose} submitText="申请" />
      </Form.Item>
    </Form>
  );
}
