import { DatePicker, Form, Input, Modal, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { LEAVE_KIND_LABELS, TEXT_MAX, type LeaveRequest } from '@mofan/shared';
import { FormButtons } from '../../../components/form-buttons';
import { todayInShanghai } from '../../../lib/today';
import { useModalOutcome } from '../../../lib/use-modal-outcome';
import { useApproveLeave } from '../api/approve-leave';
import { useRejectLeave } from '../api/reject-leave';
import { useReturnLeave } from '../api/return-leave';

/** The steps of a request that take a form: approve or reject with a note, 销假 with the date. */
export type LeaveStep = 'approve' | 'reject' | 'return';

const TITLES: Record<LeaveStep, string> = { approve: '批准请假', reject: '不予批准', return: '销假' };

interface LeaveStepModalProps {
  request: LeaveRequest | null;
  step: LeaveStep | null;
  onClose: () => void;
}

export function LeaveStepModal({ request, step, onClose }: LeaveStepModalProps) {
  return (
    <Modal open={!!request && !!step} title={step ? TITLES[step] : ''} onCancel={onClose} footer={null} destroyOnHidden>
      {request && step && <StepForm request={request} step={step} onClose={onClose} />}
    </Modal>
  );
}

interface StepValues {
  note?: string;
  returnedOn?: Dayjs;
}

function StepForm({ request: r, step, onClose }: { request: LeaveRequest; step: LeaveStep; onClose: () => void }) {
  const [form] = Form.useForm<StepValues>();
  const outcome = useModalOutcome({ form, onClose });
  const approve = useApproveLeave();
  const reject = useRejectLeave();
  const giveBack = useReturnLeave();
  const today = todayInShanghai();
  const latest = dayjs(r.endsOn).isBefore(today, 'day') ? dayjs(r.endsOn) : today;

  const submit = (v: StepValues) => {
    const note = v.note?.trim() || null;
    if (step === 'approve') approve.mutate({ id: r.id, version: r.version, note }, outcome('已批准'));
    else if (step === 'reject') reject.mutate({ id: r.id, version: r.version, note: note ?? '' }, outcome('已退回请假人'));
    else giveBack.mutate({ id: r.id, version: r.version, returnedOn: (v.returnedOn ?? latest).format('YYYY-MM-DD') }, outcome('已销假'));
  };

  return (
    <Form form={form} layout="vertical" initialValues={{ returnedOn: latest }} onFinish={submit} aria-label={TITLES[step]}>
      <Typography.Paragraph>
        {r.personName}（{r.departmentName}）{LEAVE_KIND_LABELS[r.kind]} {r.startsOn} 至 {r.endsOn}，共 {r.days} 天{r.reason ? `。事由：${r.reason}` : ''}
      </Typography.Paragraph>
      {step === 'return' ? (
        <Form.Item label="实际休假至" name="returnedOn" rules={[{ required: true, message: '请选择实际休假的最后一天' }]} extra="按期返岗选原定结束日期；提前返岗选实际休假的最后一天，假期随之缩短。">
          <DatePicker style={{ width: '100%' }} format="YYYY-MM-DD" inputReadOnly disabledDate={(d) => d.isBefore(dayjs(r.startsOn), 'day') || d.isAfter(latest, 'day')} />
        </Form.Item>
      ) : (
        <Form.Item
          label={step === 'approve' ? '审批意见' : '不予批准的理由'}
          name="note"
          rules={[
            ...(step === 'reject' ? [{ required: true, whitespace: true, message: '请填写不予批准的理由' }] : []),
            { max: TEXT_MAX, message: `不超过${TEXT_MAX}字` },
          ]}
        >
          <Input.TextArea rows={3} placeholder={step === 'approve' ? '可不填' : undefined} />
        </Form.Item>
      )}
      {step === 'approve' && <Typography.Paragraph type="secondary">批准后自动为其登记免考核期间，期间的会议记为请假缺席。</Typography.Paragraph>}
      <Form.Item style={{ marginBottom: 0 }}>
        <FormButtons loading={approve.isPending || reject.isPending || giveBack.isPending} onCancel={onClose} submitText={step === 'approve' ? '批准' : step === 'reject' ? '不予批准' : '销假'} />
      </Form.Item>
    </Form>
  );
}
