import { DatePicker, Form, Input, Modal, Select } from 'antd';
import type { Dayjs } from 'dayjs';
import { ACCOUNTABILITY_KINDS, ACCOUNTABILITY_KIND_LABELS, type AccountabilityKind, type ProblemDetail } from '@mofan/shared';
import { FormButtons } from '../../../components/form-buttons';
import { OrgNodePicker } from '../../../components/pickers/org-node-picker';
import { PersonPicker } from '../../../components/pickers/person-picker';
import { todayInShanghai } from '../../../lib/today';
import { useModalOutcome } from '../../../lib/use-modal-outcome';
import { useCreateAccountability } from '../api/create-accountability';

interface AccountabilityValues {
  kind: AccountabilityKind;
  personId?: string | null;
  nodeId?: string | null;
  basis: string;
  decidedOn: Dayjs;
}

interface AccountabilityFormModalProps {
  problem: ProblemDetail;
  open: boolean;
  onClose: () => void;
}

/** 问责: the consequence (提醒谈话, 通报批评, 诫勉, 取消评先评优资格 …), whom it concerns, its basis. */
export function AccountabilityFormModal({ problem, open, onClose }: AccountabilityFormModalProps) {
  return (
    <Modal open={open} title="记录问责" onCancel={onClose} footer={null} destroyOnHidden>
      {open && <AccountabilityForm problem={problem} onClose={onClose} />}
    </Modal>
  );
}

function AccountabilityForm({ problem, onClose }: { problem: ProblemDetail; onClose: () => void }) {
  const [form] = Form.useForm<AccountabilityValues>();
  const outcome = useModalOutcome({ form, onClose });
  const mutation = useCreateAccountability();
  const today = todayInShanghai();

  const submit = (v: AccountabilityValues) =>
    mutation.mutate(
      { problemId: problem.id, kind: v.kind, personId: v.personId ?? null, nodeId: v.nodeId ?? null, basis: v.basis.trim(), decidedOn: v.decidedOn.format('YYYY-MM-DD') },
      outcome('已记录问责'),
    );

  return (
    <Form<AccountabilityValues>
      form={form}
      layout="vertical"
      initialValues={{ kind: 'reminder_talk', personId: problem.personId, decidedOn: today }}
      onFinish={submit}
      aria-label="记录问责"
    >
      <Form.Item<AccountabilityValues> label="问责方式" name="kind" rules={[{ required: true, message: '请选择问责方式' }]}>
        <Select options={ACCOUNTABILITY_KINDS.map((k) => ({ value: k, label: ACCOUNTABILITY_KIND_LABELS[k] }))} />
      </Form.Item>
      <Form.Item<AccountabilityValues> label="被问责人员" name="personId" extra="人员与单位（科室）至少填一项">
        <PersonPicker placeholder="输入姓名搜索（可空）" />
      </Form.Item>
      <Form.Item<AccountabilityValues> label="被问责单位（科室）" name="nodeId">
        <OrgNodePicker tree="admin" unitId={problem.unitId} placeholder="问题所在单位或其科室（可空）" />
      </Form.Item>
      <Form.Item<AccountabilityValues> label="问责依据" name="basis" rules={[{ required: true, whitespace: true, message: '请填写问责依据' }]}>
        <Input.TextArea rows={3} maxLength={2000} showCount placeholder="依据的规定、文件或会议决定" />
      </Form.Item>
      <Form.Item<AccountabilityValues> label="问责日期" name="decidedOn" rules={[{ required: true, message: '请选择问责日期' }]}>
        <DatePicker format="YYYY-MM-DD" inputReadOnly allowClear={false} disabledDate={(d) => d.isAfter(today, 'day')} style={{ width: 200 }} />
      </Form.Item>
      <Form.Item style={{ marginBottom: 0 }}>
        <FormButtons loading={mutation.isPending} onCancel={onClose} submitText="记录" />
      </Form.Item>
    </Form>
  );
}
