import { DatePicker, Form, Input, Modal, Typography } from 'antd';
import type { Dayjs } from 'dayjs';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { PublicRequestDetail } from '@mofan/shared';
import { FormButtons } from '../../../components/form-buttons';
import { todayInShanghai } from '../../../lib/today';
import { useModalOutcome } from '../../../lib/use-modal-outcome';
import { closePublicRequest } from '../api/close-public-request';
import { afterPublicRequestChange } from '../api/query-keys';
import { revisitPublicRequest } from '../api/revisit-public-request';
import { solvePublicRequest } from '../api/solve-public-request';

/** The steps that take one text: 解决问题 (with its date), 完善机制, 回访. */
export type PublicRequestTextStep = 'solve' | 'close' | 'revisit';

interface StepValues {
  solution?: string;
  improvement?: string;
  note?: string;
  solvedOn?: Dayjs;
}

interface StepConfig {
  title: string;
  label: string;
  hint: string;
  submitText: string;
  done: string;
  /** The API field the text goes in, so that a 400 lands under the field. */
  field: 'solution' | 'improvement' | 'note';
  run: (r: PublicRequestDetail, text: string, values: StepValues) => Promise<PublicRequestDetail>;
}

const ISO = 'YYYY-MM-DD';

const STEPS: Record<PublicRequestTextStep, StepConfig> = {
  solve: {
    title: '解决问题',
    label: '解决情况',
    hint: '解决情况将向群众公开（查询页可见），请如实、简明填写。',
    submitText: '登记解决',
    done: '已登记解决情况',
    field: 'solution',
    run: (r, solution, v) => solvePublicRequest({ id: r.id, version: r.version, solution, solvedOn: (v.solvedOn ?? todayInShanghai()).format(ISO) }),
  },
  close: {
    title: '完善机制，办结',
    label: '完善了哪些工作机制',
    hint: '举一反三：工作方式、制度、流程上做了什么改进，防止同类问题再次发生。将向群众公开。',
    submitText: '办结',
    done: '已办结',
    field: 'improvement',
    run: (r, improvement) => closePublicRequest({ id: r.id, version: r.version, improvement }),
  },
  revisit: {
    title: '回访',
    label: '回访情况',
    hint: '群众对办理结果不满意。回访了解原因后，诉求回到办理中，重新解决后群众可再次评价。内部记录，不公开。',
    submitText: '登记回访',
    done: '已登记回访，请重新办理',
    field: 'note',
    run: (r, note) => revisitPublicRequest({ id: r.id, version: r.version, note }),
  },
};

interface PublicRequestStepModalProps {
  request: PublicRequestDetail;
  step: PublicRequestTextStep | null;
  onClose: () => void;
  onVersionConflict: () => void;
}

export function PublicRequestStepModal({ request, step, onClose, onVersionConflict }: PublicRequestStepModalProps) {
  return (
    <Modal open={step !== null} title={step ? STEPS[step].title : ''} onCancel={onClose} footer={null} destroyOnHidden>
      {step && <StepForm request={request} step={step} onClose={onClose} onVersionConflict={onVersionConflict} />}
    </Modal>
  );
}

function StepForm({ request, step, onClose, onVersionConflict }: { request: PublicRequestDetail; step: PublicRequestTextStep; onClose: () => void; onVersionConflict: () => void }) {
  const config = STEPS[step];
  const [form] = Form.useForm<StepValues>();
  const outcome = useModalOutcome({ form, onClose, onVersionConflict });
  const queryClient = useQueryClient();
  const mutation = useMutation({ mutationFn: (v: StepValues) => config.run(request, (v[config.field] ?? '').trim(), v), onSuccess: (r) => afterPublicRequestChange(queryClient, r) });
  // Closing again after a 回访 starts from the improvement written the first time.
  const initialValues: StepValues = step === 'solve' ? { solvedOn: todayInShanghai() } : step === 'close' ? { improvement: request.improvement ?? '' } : {};

  return (
    <Form<StepValues> form={form} layout="vertical" initialValues={initialValues} onFinish={(v) => mutation.mutate(v, outcome(config.done))} aria-label={config.title}>
      <Typography.Paragraph type="secondary">{config.hint}</Typography.Paragraph>
      {step === 'solve' && (
        <Form.Item<StepValues> label="解决日期" name="solvedOn" rules={[{ required: true, message: '请选择解决日期' }]}>
          <DatePicker format={ISO} inputReadOnly disabledDate={(d) => d.isAfter(todayInShanghai(), 'day') || d.isBefore(request.raisedOn, 'day')} style={{ width: '100%' }} />
        </Form.Item>
      )}
      <Form.Item<StepValues> label={config.label} name={config.field} rules={[{ required: true, whitespace: true, message: `请填写${config.label}` }]}>
        <Input.TextArea rows={4} maxLength={config.field === 'note' ? 2000 : 5000} showCount />
      </Form.Item>
      <Form.Item style={{ marginBottom: 0 }}>
        <FormButtons loading={mutation.isPending} onCancel={onClose} submitText={config.submitText} />
      </Form.Item>
    </Form>
  );
}
