import { Form, Input, Modal, Typography } from 'antd';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { DirectiveDetail } from '@mofan/shared';
import { FormButtons } from '../../../components/form-buttons';
import { useModalOutcome } from '../../../lib/use-modal-outcome';
import { acceptDirective } from '../api/accept-directive';
import { assignDirective } from '../api/assign-directive';
import { completeDirective } from '../api/complete-directive';
import { afterDirectiveChange } from '../api/query-keys';
import { rejectDirective } from '../api/reject-directive';
import { reportDirectiveProgress } from '../api/report-directive-progress';
import { signDirective } from '../api/sign-directive';
import { urgeDirective } from '../api/urge-directive';

/** The steps that take one piece of text: a note, a report, a result or a reason. */
export type DirectiveTextStep = 'assign' | 'sign' | 'report' | 'complete' | 'accept' | 'reject' | 'urge';

interface StepConfig {
  title: string;
  label: string;
  required: boolean;
  hint?: string;
  submitText: string;
  done: string;
  /** The API field the text goes in. */
  field: 'note' | 'text' | 'result' | 'reason';
  run: (id: string, version: number, text: string | null) => Promise<DirectiveDetail>;
}

const STEPS: Record<DirectiveTextStep, StepConfig> = {
  assign: {
    title: '交办',
    label: '交办意见',
    required: false,
    hint: '交办后，承办、协办单位即可看到并签收；立项信息不能再修改。',
    submitText: '交办',
    done: '已交办',
    field: 'note',
    run: (id, version, note) => assignDirective({ id, version, note }),
  },
  sign: { title: '签收', label: '签收说明', required: false, submitText: '签收', done: '已签收', field: 'note', run: (id, version, note) => signDirective({ id, version, note }) },
  report: {
    title: '报告进展',
    label: '进展情况',
    required: true,
    hint: '首次报告进展即进入办理。',
    submitText: '报告',
    done: '已报告进展',
    field: 'text',
    run: (id, version, text) => reportDirectiveProgress({ id, version, text: text ?? '' }),
  },
  complete: {
    title: '办结',
    label: '办理结果',
    required: true,
    hint: '报督办机构审核：审核通过即销号，不通过将退回重新办理。',
    submitText: '报办结',
    done: '已报办结，待审核',
    field: 'result',
    run: (id, version, result) => completeDirective({ id, version, result: result ?? '' }),
  },
  accept: { title: '审核通过，销号', label: '审核意见', required: false, submitText: '销号', done: '已销号', field: 'note', run: (id, version, note) => acceptDirective({ id, version, note }) },
  reject: {
    title: '审核退回',
    label: '退回理由',
    required: true,
    hint: '退回后督办件回到办理中，承办单位按理由重新办理后再报办结。',
    submitText: '退回',
    done: '已退回',
    field: 'reason',
    run: (id, version, reason) => rejectDirective({ id, version, reason: reason ?? '' }),
  },
  urge: {
    title: '催办',
    label: '催办意见',
    required: true,
    hint: '承办单位在提醒中看到催办，直至签收、报告进展、办结或申请延期；设置了群机器人的同时推送到群。',
    submitText: '催办',
    done: '已催办',
    field: 'note',
    run: (id, version, note) => urgeDirective({ id, version, note: note ?? '' }),
  },
};

interface DirectiveStepModalProps {
  directive: DirectiveDetail;
  step: DirectiveTextStep | null;
  onClose: () => void;
  onVersionConflict: () => void;
}

export function DirectiveStepModal({ directive, step, onClose, onVersionConflict }: DirectiveStepModalProps) {
  return (
    <Modal open={step !== null} title={step ? STEPS[step].title : ''} onCancel={onClose} footer={null} destroyOnHidden>
      {step && <StepForm directive={directive} config={STEPS[step]} onClose={onClose} onVersionConflict={onVersionConflict} />}
    </Modal>
  );
}

function StepForm({ directive, config, onClose, onVersionConflict }: { directive: DirectiveDetail; config: StepConfig; onClose: () => void; onVersionConflict: () => void }) {
  const [form] = Form.useForm<Record<string, string | undefined>>();
  const outcome = useModalOutcome({ form, onClose, onVersionConflict });
  const queryClient = useQueryClient();
  const mutation = useMutation({
    mutationFn: (text: string | null) => config.run(directive.id, directive.version, text),
    onSuccess: (d) => afterDirectiveChange(queryClient, d),
  });

  const submit = (values: Record<string, string | undefined>) => {
    const text = values[config.field]?.trim() || null;
    mutation.mutate(text, outcome(config.done));
  };

  return (
    <Form form={form} layout="vertical" onFinish={submit} aria-label={config.title}>
      {config.hint && <Typography.Paragraph type="secondary">{config.hint}</Typography.Paragraph>}
      <Form.Item label={config.label} name={config.field} rules={config.required ? [{ required: true, whitespace: true, message: `请填写${config.label}` }] : []}>
        <Input.TextArea rows={4} maxLength={config.field === 'reason' || config.field === 'note' ? 2000 : 5000} showCount />
      </Form.Item>
      <Form.Item style={{ marginBottom: 0 }}>
        <FormButtons loading={mutation.isPending} onCancel={onClose} submitText={config.submitText} />
      </Form.Item>
    </Form>
  );
}
