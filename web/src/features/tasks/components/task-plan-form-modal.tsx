import { App, Form, Input, InputNumber, Modal, Select } from 'antd';
import { TASK_PLAN_KINDS, TASK_PLAN_KIND_LABELS, TASK_PLAN_PARENT_KINDS, type TaskPlanDetail, type TaskPlanKind } from '@mofan/shared';
import { FormButtons } from '../../../components/form-buttons';
import { OrgNodePicker } from '../../../components/pickers/org-node-picker';
import { todayInShanghai } from '../../../lib/today';
import { useApiErrorHandler } from '../../../lib/use-api-error';
import { useCreateTaskPlan } from '../api/create-task-plan';
import { useTaskPlans } from '../api/list-task-plans';
import { useUpdateTaskPlan } from '../api/update-task-plan';
import { planPeriod } from './task-labels';

interface TaskPlanFormModalProps {
  open: boolean;
  /** Editing this plan; a new one otherwise. */
  plan?: TaskPlanDetail | null;
  /** Where a new plan goes unless changed. */
  nodeId?: string | null;
  nodeName?: string | null;
  onClose: () => void;
  onSaved?: (plan: TaskPlanDetail) => void;
}

interface PlanValues {
  nodeId: string;
  kind: TaskPlanKind;
  title: string;
  year: number;
  month?: number | null;
  parentPlanId?: string | null;
}

/** 新建 or 修改 a plan: its kind, period and, for 任务书 and 施工图, the plan it hangs under. */
export function TaskPlanFormModal({ open, plan, nodeId, nodeName, onClose, onSaved }: TaskPlanFormModalProps) {
  return (
    <Modal open={open} title={plan ? '修改清单' : '新建任务清单'} onCancel={onClose} footer={null} destroyOnHidden>
      {open && <PlanForm plan={plan ?? null} nodeId={nodeId ?? null} nodeName={nodeName ?? null} onClose={onClose} onSaved={onSaved} />}
    </Modal>
  );
}

function PlanForm({ plan, nodeId, nodeName, onClose, onSaved }: { plan: TaskPlanDetail | null; nodeId: string | null; nodeName: string | null; onClose: () => void; onSaved?: (plan: TaskPlanDetail) => void }) {
  const [form] = Form.useForm<PlanValues>();
  const { message } = App.useApp();
  const handleError = useApiErrorHandler();
  const create = useCreateTaskPlan();
  const update = useUpdateTaskPlan();
  const kind = Form.useWatch('kind', form) ?? plan?.kind;
  const parentKinds = kind ? TASK_PLAN_PARENT_KINDS[kind] : [];
  // Parents may sit at the node or above it; the server checks the tree, the list offers what the reader sees.
  const candidates = useTaskPlans({ pageSize: 200 }, parentKinds.length > 0);
  const parentOptions = (candidates.data?.items ?? [])
    .filter((p) => parentKinds.includes(p.kind) && p.id !== plan?.id)
    .map((p) => ({ value: p.id, label: `${p.title}（${p.nodeName} · ${TASK_PLAN_KIND_LABELS[p.kind]} · ${planPeriod(p)}）` }));

  const saved = (result: TaskPlanDetail) => {
    void message.success('已保存');
    onSaved?.(result);
    onClose();
  };

  const submit = (values: PlanValues) => {
    const month = values.kind === 'monthly_plan' || kind === 'monthly_plan' ? (values.month ?? null) : null;
    const parentPlanId = parentKinds.length > 0 ? (values.parentPlanId ?? null) : null;
    if (plan) {
      update.mutate(
        { id: plan.id, title: values.title, year: values.year, month, parentPlanId, version: plan.version },
        { onSuccess: saved, onError: (error) => handleError(error, { form }) },
      );
    } else {
      create.mutate(
        { nodeId: values.nodeId, kind: values.kind, title: values.title, year: values.year, month, parentPlanId },
        { onSuccess: saved, onError: (error) => handleError(error, { form }) },
      );
    }
  };

  const initial: Partial<PlanValues> = plan
    ? { nodeId: plan.nodeId, kind: plan.kind, title: plan.title, year: plan.year ?? undefined, month: plan.month, parentPlanId: plan.parentPlan?.id ?? null }
    : { nodeId: nodeId ?? undefined, kind: 'key_tasks', year: todayInShanghai().year() };

  return (
    <Form<PlanValues> form={form} layout="vertical" onFinish={submit} initialValues={initial} aria-label={plan ? '修改清单' : '新建任务清单'}>
      <Form.Item<PlanValues> label="所属组织" name="nodeId" rules={[{ required: true, message: '请选择所属组织' }]} extra="市、县区工委，单位或内设科室">
        <OrgNodePicker initialLabel={plan ? plan.nodeName : nodeName} disabled={!!plan} allowClear={false} placeholder="输入名称搜索" />
      </Form.Item>
      <Form.Item<PlanValues> label="类型" name="kind" rules={[{ required: true, message: '请选择类型' }]}>
        <Select<TaskPlanKind> disabled={!!plan} options={TASK_PLAN_KINDS.map((k) => ({ value: k, label: TASK_PLAN_KIND_LABELS[k] }))} />
      </Form.Item>
      <Form.Item<PlanValues> label="名称" name="title" rules={[{ required: true, whitespace: true, message: '请填写名称' }]}>
        <Input maxLength={200} placeholder="例如：2026年打造模范机关重点任务清单" />
      </Form.Item>
      <Form.Item<PlanValues> label={kind === 'five_year_roadmap' ? '起始年度' : '年度'} name="year" rules={[{ required: true, message: '请填写年度' }]}>
        <InputNumber<number> min={2000} max={2100} precision={0} style={{ width: 140 }} />
      </Form.Item>
      {kind === 'monthly_plan' && (
        <Form.Item<PlanValues> label="月份" name="month" rules={[{ required: true, message: '请选择月份' }]}>
          <Select<number> options={Array.from({ length: 12 }, (_, i) => ({ value: i + 1, label: `${i + 1}月` }))} style={{ width: 140 }} />
        </Form.Item>
      )}
      {parentKinds.length > 0 && (
        <Form.Item<PlanValues>
          label="上级规划"
          name="parentPlanId"
          extra={`可选：挂在本组织或上级组织的${parentKinds.map((k) => TASK_PLAN_KIND_LABELS[k]).join('或')}下，年度须在其范围之内`}
        >
          <Select<string> allowClear loading={candidates.isFetching} options={parentOptions} placeholder="不挂" notFoundContent="没有可挂的规划" />
        </Form.Item>
      )}
      <Form.Item style={{ marginBottom: 0 }}>
        <FormButtons loading={create.isPending || update.isPending} onCancel={onClose} />
      </Form.Item>
    </Form>
  );
}
