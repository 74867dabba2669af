import { Form, InputNumber, Select } from 'antd';
import { TASK_PLAN_KINDS, TASK_PLAN_KIND_LABELS, type OrgNodeKind, type TaskPlanKind } from '@mofan/shared';
import { OrgNodePicker } from '../../../components/pickers/org-node-picker';

export interface TaskPlanFilterValue {
  nodeId?: string | undefined;
  kind?: TaskPlanKind | undefined;
  year?: number | undefined;
}

interface TaskPlanFilterBarProps {
  value: TaskPlanFilterValue;
  /** How to show the node before the picker has listed it (the reader's own node). */
  nodeLabel: string | null;
  onChange: (next: TaskPlanFilterValue) => void;
}

const NODE_KINDS: readonly OrgNodeKind[] = ['city', 'district', 'system', 'unit', 'department', 'party_committee', 'general_branch', 'branch'];

/** 组织 (with what lies below it), 类型 and 年度: the filters of the 任务清单 page, kept in the address bar. */
export function TaskPlanFilterBar({ value, nodeLabel, onChange }: TaskPlanFilterBarProps) {
  return (
    <Form layout="inline" style={{ rowGap: 12, marginBottom: 12 }} aria-label="筛选任务清单">
      <Form.Item label="组织" htmlFor="tasks-node">
        <OrgNodePicker
          id="tasks-node"
          kinds={NODE_KINDS}
          value={value.nodeId ?? null}
          initialLabel={nodeLabel}
          onChange={(id) => onChange({ ...value, nodeId: id ?? undefined })}
          placeholder="全部可见组织"
          style={{ width: 240, maxWidth: '100%' }}
        />
      </Form.Item>
      <Form.Item label="类型" htmlFor="tasks-kind">
        <Select<TaskPlanKind>
          id="tasks-kind"
          allowClear
          placeholder="全部"
          value={value.kind}
          onChange={(kind) => onChange({ ...value, kind })}
          options={TASK_PLAN_KINDS.map((k) => ({ value: k, label: TASK_PLAN_KIND_LABELS[k] }))}
          style={{ width: 160 }}
        />
      </Form.Item>
      <Form.Item label="年度" htmlFor="tasks-year">
        <InputNumber<number>
          id="tasks-year"
          min={2000}
          max={2100}
          precision={0}
          placeholder="全部"
          value={value.year ?? null}
          onChange={(year) => onChange({ ...value, year: year ?? undefined })}
          style={{ width: 110 }}
        />
      </Form.Item>
    </Form>
  );
}
