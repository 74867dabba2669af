import { DatePicker, Form, Input, Modal, Typography } from 'antd';
import type { Dayjs } from 'dayjs';
import type { InspectionDetail } from '@mofan/shared';
import { FormButtons } from '../../../components/form-buttons';
import { todayInShanghai } from '../../../lib/today';
import { useModalOutcome } from '../../../lib/use-modal-outcome';
import { useCompleteInspection } from '../api/complete-inspection';

interface CompleteValues {
  doneOn: Dayjs;
  result: string;
}

interface InspectionCompleteModalProps {
  inspection: InspectionDetail;
  open: boolean;
  onClose: () => void;
  onVersionConflict: () => void;
}

/** 检查完成: the date and the result; an unannounced check becomes visible to the units checked. */
export function InspectionCompleteModal({ inspection, open, onClose, onVersionConflict }: InspectionCompleteModalProps) {
  return (
    <Modal open={open} title="检查完成" onCancel={onClose} footer={null} destroyOnHidden>
      {open && <CompleteForm inspection={inspection} onClose={onClose} onVersionConflict={onVersionConflict} />}
    </Modal>
  );
}

function CompleteForm({ inspection: i, onClose, onVersionConflict }: Omit<InspectionCompleteModalProps, 'open'>) {
  const [form] = Form.useForm<CompleteValues>();
  const outcome = useModalOutcome({ form, onClose, onVersionConflict });
  const mutation = useCompleteInspection();
  const today = todayInShanghai();

  const submit = (v: CompleteValues) =>
    mutation.mutate({ id: i.id, version: i.version, doneOn: v.doneOn.format('YYYY-MM-DD'), result: v.result.trim() }, outcome('已记录检查结果'));

  return (
    <Form<CompleteValues> form={form} layout="vertical" initialValues={{ doneOn: today }} onFinish={submit} aria-label="检查完成">
      {i.unannounced && <Typography.Paragraph type="secondary">这是一次不打招呼的检查：完成后，被检查单位即可看到这次检查和登记的问题。</Typography.Paragraph>}
      <Form.Item<CompleteValues> label="完成日期" name="doneOn" rules={[{ required: true, message: '请选择完成日期' }]}>
        <DatePicker format="YYYY-MM-DD" inputReadOnly allowClear={false} disabledDate={(d) => d.isAfter(today, 'day')} style={{ width: 200 }} />
      </Form.Item>
      <Form.Item<CompleteValues> label="检查结果" name="result" rules={[{ required: true, whitespace: true, message: '请填写检查结果' }]}>
        <Input.TextArea rows={5} maxLength={5000} showCount placeholder="检查的总体情况；发现的问题请逐条登记" />
      </Form.Item>
      <Form.Item style={{ marginBottom: 0 }}>
        <FormButtons loading={mutation.isPending} onCancel={onClose} submitText="记录结果" />
      </Form.Item>
    </Form>
  );
}
