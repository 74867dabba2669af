import { App, DatePicker, Form, Input, InputNumber, Modal, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import type { ProblemDetail, RectificationDetail } from '@mofan/shared';
import { FormButtons } from '../../../components/form-buttons';
import { OrgNodePicker } from '../../../components/pickers/org-node-picker';
import { PersonPicker } from '../../../components/pickers/person-picker';
import { todayInShanghai } from '../../../lib/today';
import { useApiErrorHandler } from '../../../lib/use-api-error';
import { useCreateRectification } from '../api/create-rectification';
import { useUpdateRectification } from '../api/update-rectification';
import { unitNodeLabel } from './node-labels';

interface RectificationFormValues {
  measures: string;
  focus?: string;
  responsibleNodeId: string | null;
  responsiblePersonId?: string | null;
  startedOn: Dayjs;
  workingDays: number;
}

interface RectificationFormModalProps {
  open: boolean;
  problem: ProblemDetail;
  /** Changing the requirements of this 整改 (while 整改中); 交付整改 otherwise. */
  rectification?: RectificationDetail | null | undefined;
  onClose: () => void;
  onVersionConflict: () => void;
}

const NODE_KINDS = ['unit', 'department'] as const;
const ISO = 'YYYY-MM-DD';

/**
 * 交付整改 (or 修改整改要求): measures, focus, who is responsible, and a limit in working days — the
 * server counts them on the official calendar and answers with the due date.
 */
export function RectificationFormModal({ open, problem, rectification, onClose, onVersionConflict }: RectificationFormModalProps) {
  const title = rectification ? '修改整改要求' : '交付整改';
  return (
    <Modal open={open} title={title} onCancel={onClose} footer={null} destroyOnHidden width={640}>
      {open && <RectificationForm problem={problem} rectification={rectification ?? null} onClose={onClose} onVersionConflict={onVersionConflict} />}
    </Modal>
  );
}

interface RectificationFormProps {
  problem: ProblemDetail;
  rectification: RectificationDetail | null;
  onClose: () => void;
  onVersionConflict: () => void;
}

function RectificationForm({ problem, rectification: r, onClose, onVersionConflict }: RectificationFormProps) {
  const [form] = Form.useForm<RectificationFormValues>();
  const { message } = App.useApp();
  const handleError = useApiErrorHandler();
  const create = useCreateRectification();
  const update = useUpdateRectification();

  const options = {
    onSuccess: (saved: RectificationDetail) => {
      void message.success(`${r ? '已保存' : '已交付整改'}，整改时限 ${saved.dueOn}（${saved.workingDays}个工作日）`);
      onClose();
    },
    onError: (error: Error) =>
      handleError(error, {
        form,
        onVersionConflict: () => {
          onVersionConflict();
          onClose();
        },
      }),
  };

  const submit = (v: RectificationFormValues) => {
    const fields = {
      measures: v.measures.trim(),
      focus: v.focus?.trim() || null,
      responsibleNodeId: v.responsibleNodeId ?? '',
      responsiblePersonId: v.responsiblePersonId ?? null,
      startedOn: v.startedOn.format(ISO),
      workingDays: v.workingDays,
    };
    if (r) update.mutate({ id: r.id, ...fields, version: r.version }, options);
    else create.mutate({ problemId: problem.id, ...fields, version: problem.version }, options);
  };

  const initialValues: Partial<RectificationFormValues> = r
    ? {
        measures: r.measures,
        focus: r.focus ?? undefined,
        responsibleNodeId: r.responsibleNodeId,
        responsiblePersonId: r.responsiblePersonId,
        startedOn: dayjs(r.startedOn),
        workingDays: r.workingDays,
      }
    : { responsibleNodeId: problem.nodeId, responsiblePersonId: problem.personId, startedOn: todayInShanghai(), workingDays: 10 };
  const initialNodeLabel = r ? r.responsibleNodeName : unitNodeLabel(problem.unitName, problem.nodeName);

  return (
    <Form<RectificationFormValues> form={form} layout="vertical" initialValues={initialValues} onFinish={submit} aria-label={r ? '修改整改要求' : '交付整改'}>
      <Form.Item<RectificationFormValues> label="整改措施" name="measures" rules={[{ required: true, whitespace: true, message: '请填写整改措施' }]}>
        <Input.TextArea rows={4} maxLength={5000} showCount />
      </Form.Item>
      <Form.Item<RectificationFormValues> label="整改重点" name="focus">
        <Input.TextArea rows={2} maxLength={2000} placeholder="可空" />
      </Form.Item>
      <Form.Item<RectificationFormValues> label="责任单位（科室）" name="responsibleNodeId" rules={[{ required: true, message: '请选择整改责任单位或科室' }]} extra="问题所在单位或其科室">
        <OrgNodePicker kinds={NODE_KINDS} tree="admin" unitId={problem.unitId} initialLabel={initialNodeLabel} allowClear={false} placeholder="输入名称搜索" />
      </Form.Item>
      <Form.Item<RectificationFormValues> label="整改责任人" name="responsiblePersonId">
        <PersonPicker placeholder="输入姓名搜索（可空）" />
      </Form.Item>
      <Form.Item<RectificationFormValues> label="起算日期" name="startedOn" rules={[{ required: true, message: '请选择起算日期' }]}>
        <DatePicker format={ISO} inputReadOnly allowClear={false} style={{ width: 200 }} />
      </Form.Item>
      <Form.Item<RectificationFormValues> label="整改时限" name="workingDays" rules={[{ required: true, message: '请填写整改时限' }]}>
        <InputNumber<number> min={1} max={250} precision={0} suffix="个工作日" style={{ width: 180 }} />
      </Form.Item>
      <Typography.Paragraph type="secondary">按国务院公布的节假日和调休安排计算工作日，起算日当天不计；保存后显示到期日期。</Typography.Paragraph>
      <Form.Item style={{ marginBottom: 0 }}>
        <FormButtons loading={create.isPending || update.isPending} onCancel={onClose} submitText={r ? '保存' : '交付整改'} />
      </Form.Item>
    </Form>
  );
}
