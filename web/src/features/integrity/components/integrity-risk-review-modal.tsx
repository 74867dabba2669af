import { DatePicker, Form, Input, Modal, Typography } from 'antd';
import type { Dayjs } from 'dayjs';
import type { IntegrityRisk } from '@mofan/shared';
import { FormButtons } from '../../../components/form-buttons';
import { todayInShanghai } from '../../../lib/today';
import { useModalOutcome } from '../../../lib/use-modal-outcome';
import { useReviewIntegrityRisk } from '../api/review-integrity-risk';

interface ReviewValues {
  reviewedOn: Dayjs;
  note: string;
}

interface IntegrityRiskReviewModalProps {
  risk: IntegrityRisk | null;
  onClose: () => void;
  onVersionConflict: () => void;
}

/** 年度复核: is the risk still there, do the measures still work. */
export function IntegrityRiskReviewModal({ risk, onClose, onVersionConflict }: IntegrityRiskReviewModalProps) {
  return (
    <Modal open={risk !== null} title="年度复核" onCancel={onClose} footer={null} destroyOnHidden>
      {risk && <ReviewForm risk={risk} onClose={onClose} onVersionConflict={onVersionConflict} />}
    </Modal>
  );
}

function ReviewForm({ risk, onClose, onVersionConflict }: { risk: IntegrityRisk; onClose: () => void; onVersionConflict: () => void }) {
  const [form] = Form.useForm<ReviewValues>();
  const outcome = useModalOutcome({ form, onClose, onVersionConflict });
  const mutation = useReviewIntegrityRisk();
  const submit = (v: ReviewValues) => mutation.mutate({ id: risk.id, version: risk.version, reviewedOn: v.reviewedOn.format('YYYY-MM-DD'), note: v.note.trim() }, outcome('已记录复核'));

  return (
    <Form<ReviewValues> form={form} layout="vertical" initialValues={{ reviewedOn: todayInShanghai() }} onFinish={submit} aria-label="年度复核">
      <Typography.Paragraph>
        <Typography.Text strong>{risk.name}</Typography.Text>：{risk.risk}
      </Typography.Paragraph>
      {risk.reviewedOn && <Typography.Paragraph type="secondary">上次复核：{risk.reviewedOn}</Typography.Paragraph>}
      <Form.Item<ReviewValues> label="复核日期" name="reviewedOn" rules={[{ required: true, message: '请选择复核日期' }]}>
        <DatePicker format="YYYY-MM-DD" inputReadOnly disabledDate={(d) => d.isAfter(todayInShanghai(), 'day')} style={{ width: '100%' }} />
      </Form.Item>
      <Form.Item<ReviewValues> label="复核意见" name="note" rules={[{ required: true, whitespace: true, message: '请填写复核意见' }]} extra="如：风险仍存在，措施有效；或措施已调整为……（调整措施请修改风险点）">
        <Input.TextArea rows={3} maxLength={2000} showCount />
      </Form.Item>
      <Form.Item style={{ marginBottom: 0 }}>
        <FormButtons loading={mutation.isPending} onCancel={onClose} submitText="记录复核" />
      </Form.Item>
    </Form>
  );
}
