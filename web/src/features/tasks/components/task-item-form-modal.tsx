import { App, DatePicker, Form, Input, Modal, Select } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import type { TaskItem, TaskItemDetail, TaskPlanDetail } from '@mofan/shared';
import { FormButtons } from '../../../components/form-buttons';
import { OrgNodePicker } from '../../../components/pickers/org-node-picker';
import { PersonPicker } from '../../../components/pickers/person-picker';
import { useApiErrorHandler } from '../../../lib/use-api-error';
import { useCreateTaskItem } from '../api/create-task-item';
import { useUpdateTaskItem } from '../api/update-task-item';
import { itemsInTreeOrder } from './item-tree';
import { OrgNodesSelect } from './org-nodes-select';

interface TaskItemFormModalProps {
  open: boolean;
  plan: TaskPlanDetail;
  /** Editing this item; a new one otherwise. */
  item?: TaskItemDetail | null;
  /** A new item under this one. */
  parentItemId?: string | null;
  onClose: () => void;
}

interface ItemValues {
  title: string;
  parentItemId?: string | null;
  leadNodeId?: string | null;
  partnerNodeIds?: string[];
  responsiblePersonId?: string | null;
  dueOn: Dayjs;
  standard: string;
}

/** The ids of an item and everything below it: it cannot hang under any of them. */
function selfAndBelow(items: readonly TaskItem[], id: string): Set<string> {
  const out = new Set([id]);
  let grew = true;
  while (grew) {
    grew = false;
    for (const i of items) {
      if (i.parentItemId && out.has(i.parentItemId) && !out.has(i.id)) {
        out.add(i.id);
        grew = true;
      }
    }
  }
  return out;
}

/** 任务项目化、项目清单化、清单具体化: who leads, who helps, who answers, by when, judged against what. */
export function TaskItemFormModal({ open, plan, item, parentItemId, onClose }: TaskItemFormModalProps) {
  return (
    <Modal open={open} title={item ? '修改任务' : '新增任务'} onCancel={onClose} footer={null} destroyOnHidden width={640}>
      {open && <ItemForm plan={plan} item={item ?? null} parentItemId={parentItemId ?? null} onClose={onClose} />}
    </Modal>
  );
}

function ItemForm({ plan, item, parentItemId, onClose }: { plan: TaskPlanDetail; item: TaskItemDetail | null; parentItemId: string | null; onClose: () => void }) {
  const [form] = Form.useForm<ItemValues>();
  const { message } = App.useApp();
  const handleError = useApiErrorHandler();
  const create = useCreateTaskItem();
  const update = useUpdateTaskItem();
  const excluded = item ? selfAndBelow(plan.items, item.id) : new Set<string>();
  const parentOptions = itemsInTreeOrder(plan.items)
    .filter(({ item: i }) => !excluded.has(i.id))
    .map(({ item: i, depth }) => ({ value: i.id, label: `${'　'.repeat(depth)}${i.title}` }));
  // A unit's list names its own 科室 and party bodies; a 工委's names the units below it.
  const unitId = plan.nodeUnitId;
  const knownPartners = new Map((item?.partners ?? []).map((p) => [p.nodeId, p.name]));

  const submit = (values: ItemValues) => {
    const body = {
      title: values.title,
      parentItemId: values.parentItemId ?? null,
      leadNodeId: values.leadNodeId ?? null,
      partnerNodeIds: values.partnerNodeIds ?? [],
      responsiblePersonId: values.responsiblePersonId ?? null,
      dueOn: values.dueOn.format('YYYY-MM-DD'),
      standard: values.standard,
    };
    const done = () => {
      void message.success('已保存');
      onClose();
    };
    if (item) update.mutate({ id: item.id, ...body, version: item.version }, { onSuccess: done, onError: (error) => handleError(error, { form }) });
    else create.mutate({ planId: plan.id, ...body }, { onSuccess: done, onError: (error) => handleError(error, { form }) });
  };

  const initial: Partial<ItemValues> = item
    ? {
        title: item.title,
        parentItemId: item.parentItemId,
        leadNodeId: item.leadNodeId,
        partnerNodeIds: item.partners.map((p) => p.nodeId),
        responsiblePersonId: item.responsiblePersonId,
        dueOn: item.dueOn ? dayjs(item.dueOn) : undefined,
        standard: item.standard ?? '',
      }
    : { parentItemId, partnerNodeIds: [] };

  return (
    <Form<ItemValues> form={form} layout="vertical" onFinish={submit} initialValues={initial} aria-label={item ? '修改任务' : '新增任务'}>
      <Form.Item<ItemValues> label="任务" name="title" rules={[{ required: true, whitespace: true, message: '请填写任务名称' }]}>
        <Input maxLength={200} placeholder="例如：开展警示教育" />
      </Form.Item>
      {parentOptions.length > 0 && (
        <Form.Item<ItemValues> label="上级任务" name="parentItemId" extra="工作要点 → 重点任务 → 项目，逐级细化">
          <Select<string> allowClear options={parentOptions} placeholder="无（顶层任务）" />
        </Form.Item>
      )}
      <Form.Item<ItemValues>
        label="牵头科室/单位"
        name="leadNodeId"
        rules={plan.kind === 'guidance' ? [] : [{ required: true, message: '请选择牵头科室/单位' }]}
        extra={plan.kind === 'guidance' ? '指引可不指定牵头，由各单位转化时确定' : undefined}
      >
        <OrgNodePicker unitId={unitId} tree={unitId ? undefined : 'admin'} initialLabel={item?.leadNodeName ?? null} placeholder="输入名称搜索" />
      </Form.Item>
      <Form.Item<ItemValues> label="配合科室/单位" name="partnerNodeIds">
        <OrgNodesSelect unitId={unitId} knownNames={knownPartners} placeholder="可多选" />
      </Form.Item>
      <Form.Item<ItemValues> label="责任人" name="responsiblePersonId" extra="须为牵头科室/单位所在单位的人员">
        <PersonPicker />
      </Form.Item>
      <Form.Item<ItemValues> label="完成时限" name="dueOn" rules={[{ required: true, message: '请选择完成时限' }]}>
        <DatePicker format="YYYY-MM-DD" inputReadOnly style={{ width: 180 }} />
      </Form.Item>
      <Form.Item<ItemValues>
        label="工作标准"
        name="standard"
        rules={[{ required: true, whitespace: true, message: '请填写工作标准' }]}
        extra="完成后据以核验的可衡量标准：能量化的尽量量化，看“做出了什么效果”"
      >
        <Input.TextArea rows={3} maxLength={2000} showCount placeholder="例如：全年开展不少于4次，全体干部职工参加，形成记录" />
      </Form.Item>
      <Form.Item style={{ marginBottom: 0 }}>
        <FormButtons loading={create.isPending || update.isPending} onCancel={onClose} />
      </Form.Item>
    </Form>
  );
}
