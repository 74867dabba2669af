import { App, Alert, Form, Input, Modal } from 'antd';
import type { TaskItemDetail } from '@mofan/shared';
import { FormButtons } from '../../../components/form-buttons';
import { useApiErrorHandler } from '../../../lib/use-api-error';
import { useCompleteTaskItem } from '../api/complete-task-item';
import { useDropTaskItem } from '../api/drop-task-item';
import { useRejectTaskItem } from '../api/reject-task-item';
import { useReportProgress } from '../api/report-progress';
import { useVerifyTaskItem } from '../api/verify-task-item';

export type TaskStep = 'progress' | 'complete' | 'verify' | 'reject' | 'drop';

const STEP_TEXT: Record<TaskStep, { title: string; label: string; placeholder: string; required: boolean; submit: string }> = {
  progress: { title: '报告进展', label: '进展情况', placeholder: '做了什么、到了哪一步、下一步安排', required: true, submit: '报告' },
  complete: { title: '报告完成', label: '完成情况', placeholder: '对照工作标准逐条说明完成情况；佐证材料可写明存放位置，照片等附件不是必需的', required: true, submit: '报告完成' },
  verify: { title: '核验通过', label: '核验意见', placeholder: '可选：对照工作标准的核验意见', required: false, submit: '核验通过' },
  reject: { title: '核验退回', label: '退回理由', placeholder: '哪一条工作标准没有达到', required: true, submit: '退回' },
  drop: { title: '取消任务', label: '理由', placeholder: '为何不再推进（由指引转化的任务：为何不采纳），上级可见', required: true, submit: '取消任务' },
};

interface TaskStepModalProps {
  item: TaskItemDetail;
  step: TaskStep | null;
  onClose: () => void;
}

/** One step of an item's way to done, each with the words the history keeps. */
export function TaskStepModal({ item, step, onClose }: TaskStepModalProps) {
  return (
    <Modal open={!!step} title={step ? STEP_TEXT[step].title : ''} onCancel={onClose} footer={null} destroyOnHidden>
      {step && <StepForm item={item} step={step} onClose={onClose} />}
    </Modal>
  );
}

function StepForm({ item, step, onClose }: { item: TaskItemDetail; step: TaskStep; onClose: () => void }) {
  const [form] = Form.useForm<{ text?: string }>();
  const { message } = App.useApp();
  const handleError = useApiErrorHandler();
  const progress = useReportProgress();
  const complete = useCompleteTaskItem();
  const verify = useVerifyTaskItem();
  const reject = useRejectTaskItem();
  const drop = useDropTaskItem();
  const text = STEP_TEXT[step];
  const pending = progress.isPending || complete.isPending || verify.isPending || reject.isPending || drop.isPending;

  const submit = ({ text: value }: { text?: string }) => {
    const words = value?.trim() ?? '';
    const options = {
      onSuccess: () => {
        void message.success(`已${text.submit}`);
        onClose();
      },
      // A 400 names note or reason; both are this one field.
      onError: (error: unknown) => handleError(error, { form }),
    };
    const { id, version } = item;
    if (step === 'progress') progress.mutate({ id, note: words }, options);
    else if (step === 'complete') complete.mutate({ id, note: words, version }, options);
    else if (step === 'verify') verify.mutate({ id, note: words || null, version }, options);
    else if (step === 'reject') reject.mutate({ id, reason: words, version }, options);
    else drop.mutate({ id, reason: words, version }, options);
  };

  return (
    <Form form={form} layout="vertical" onFinish={submit} aria-label={text.title}>
      {(step === 'verify' || step === 'reject') && item.standard && (
        <Alert type="info" showIcon style={{ marginBottom: 16 }} title="工作标准" description={<span style={{ whiteSpace: 'pre-wrap' }}>{item.standard}</span>} />
      )}
      {(step === 'verify' || step === 'reject') && item.completionNote && (
        <Alert type="success" style={{ marginBottom: 16 }} title="报告的完成情况" description={<span style={{ whiteSpace: 'pre-wrap' }}>{item.completionNote}</span>} />
      )}
      <Form.Item name="text" label={text.label} rules={text.required ? [{ required: true, whitespace: true, message: `请填写${text.label}` }] : []}>
        <Input.TextArea rows={4} maxLength={2000} showCount placeholder={text.placeholder} />
      </Form.Item>
      <Form.Item style={{ marginBottom: 0 }}>
        <FormButtons loading={pending} onCancel={onClose} submitText={text.submit} />
      </Form.Item>
    </Form>
  );
}
