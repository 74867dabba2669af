import { Form, Input, Modal, Typography } from 'antd';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { RectificationDetail } from '@mofan/shared';
import { FormButtons } from '../../../components/form-buttons';
import { useModalOutcome } from '../../../lib/use-modal-outcome';
import { acceptRectification } from '../api/accept-rectification';
import { addRectificationEvidence } from '../api/add-rectification-evidence';
import { afterSupervisionChange } from '../api/query-keys';
import { reopenRectification } from '../api/reopen-rectification';
import { reportRectificationProgress } from '../api/report-rectification-progress';
import { submitRectification } from '../api/submit-rectification';

/** The steps that take one piece of text. */
export type RectificationTextStep = 'progress' | 'evidence' | 'submit' | 'accept' | 'reopen';

interface StepConfig {
  title: string;
  label: string;
  required: boolean;
  hint?: string;
  submitText: string;
  done: string;
  /** The API field the text goes in, so a 400 lands under the right input. */
  field: 'text' | 'note' | 'reason';
  maxLength: number;
  run: (id: string, version: number, text: string | null) => Promise<RectificationDetail>;
}

const STEPS: Record<RectificationTextStep, StepConfig> = {
  progress: {
    title: '报告整改进展',
    label: '进展情况',
    required: true,
    submitText: '报告',
    done: '已报告整改进展',
    field: 'text',
    maxLength: 5000,
    run: (id, version, text) => reportRectificationProgress({ id, version, text: text ?? '' }),
  },
  evidence: {
    title: '提交整改佐证',
    label: '佐证材料说明',
    required: true,
    hint: '写明整改的佐证材料（文件、制度、记录等）及其存放处；照片不是必需的。',
    submitText: '提交',
    done: '已提交整改佐证',
    field: 'text',
    maxLength: 5000,
    run: (id, version, text) => addRectificationEvidence({ id, version, text: text ?? '' }),
  },
  submit: {
    title: '提交整改完成情况',
    label: '整改完成情况',
    required: true,
    hint: '提交后由督查机构核验：核验通过即销号，不通过将退回重新整改。',
    submitText: '提交核验',
    done: '已提交，待核验',
    field: 'text',
    maxLength: 5000,
    run: (id, version, text) => submitRectification({ id, version, text: text ?? '' }),
  },
  accept: {
    title: '核验通过，销号',
    label: '核验意见',
    required: false,
    hint: '销号后问题同时销号，整改全过程留档；同类问题再次出现将标记为“整改后反复”。',
    submitText: '销号',
    done: '已核验通过，销号',
    field: 'note',
    maxLength: 2000,
    run: (id, version, note) => acceptRectification({ id, version, note }),
  },
  reopen: {
    title: '核验退回',
    label: '退回理由',
    required: true,
    hint: '退回后整改回到整改中，责任单位按理由继续整改后再次提交；原整改时限不变。',
    submitText: '退回',
    done: '已退回重新整改',
    field: 'reason',
    maxLength: 2000,
    run: (id, version, reason) => reopenRectification({ id, version, reason: reason ?? '' }),
  },
};

interface RectificationStepModalProps {
  rectification: RectificationDetail;
  step: RectificationTextStep | null;
  onClose: () => void;
  onVersionConflict: () => void;
}

export function RectificationStepModal({ rectification, step, onClose, onVersionConflict }: RectificationStepModalProps) {
  return (
    <Modal open={step !== null} title={step ? STEPS[step].title : ''} onCancel={onClose} footer={null} destroyOnHidden>
      {step && <StepForm rectification={rectification} config={STEPS[step]} onClose={onClose} onVersionConflict={onVersionConflict} />}
    </Modal>
  );
}

function StepForm({ rectification, config, onClose, onVersionConflict }: { rectification: RectificationDetail; config: StepConfig; onClose: () => void; onVersionConflict: () => void }) {
  const [form] = Form.useForm<Record<string, string | undefined>>();
  const outcome = useModalOutcome({ form, onClose, onVersionConflict });
  const queryClient = useQueryClient();
  const mutation = useMutation({
    mutationFn: (text: string | null) => config.run(rectification.id, rectification.version, text),
    onSuccess: () => afterSupervisionChange(queryClient),
  });

  const submit = (values: Record<string, string | undefined>) => mutation.mutate(values[config.field]?.trim() || null, outcome(config.done));

  return (
    <Form form={form} layout="vertical" onFinish={submit} aria-label={config.title}>
      {config.hint && <Typography.Paragraph type="secondary">{config.hint}</Typography.Paragraph>}
      <Form.Item label={config.label} name={config.field} rules={config.required ? [{ required: true, whitespace: true, message: `请填写${config.label}` }] : []}>
        <Input.TextArea rows={4} maxLength={config.maxLength} showCount />
      </Form.Item>
      <Form.Item style={{ marginBottom: 0 }}>
        <FormButtons loading={mutation.isPending} onCancel={onClose} submitText={config.submitText} />
      </Form.Item>
    </Form>
  );
}
