import { Button, Form, Input, Select } from 'antd';
import { INSPECTION_KINDS, INSPECTION_KIND_LABELS, INSPECTION_STATUSES, INSPECTION_STATUS_LABELS } from '@mofan/shared';
import { DateRangeFilter } from '../../../components/date-range-filter';
import { OrgNodePicker } from '../../../components/pickers/org-node-picker';
import type { InspectionFilters } from '../api/query-keys';

interface InspectionsFilterBarProps {
  value: InspectionFilters;
  onChange: (filters: InspectionFilters) => void;
}

/** Controlled by the address bar, like the other lists. */
export function InspectionsFilterBar({ value, onChange }: InspectionsFilterBarProps) {
  const set = (changes: InspectionFilters) => onChange({ ...value, ...changes });
  return (
    <Form layout="inline" style={{ rowGap: 12, marginBottom: 16 }} aria-label="筛选条件">
      <Form.Item label="查找" htmlFor="inspections-q">
        <Input.Search
          key={value.q ?? ''}
          id="inspections-q"
          defaultValue={value.q}
          allowClear
          placeholder="名称或检查内容"
          onSearch={(text) => set({ q: text.trim() || undefined })}
          style={{ width: 200, maxWidth: '100%' }}
        />
      </Form.Item>
      <Form.Item label="单位" htmlFor="inspections-node">
        <OrgNodePicker
          id="inspections-node"
          tree="admin"
          value={value.nodeId ?? null}
          onChange={(nodeId) => set({ nodeId: nodeId ?? undefined })}
          placeholder="组织或被检查单位（含下级）"
          style={{ width: 220, maxWidth: '100%' }}
        />
      </Form.Item>
      <Form.Item label="方式" htmlFor="inspections-kind">
        <Select
          id="inspections-kind"
          allowClear
          placeholder="全部"
          value={value.kind}
          onChange={(kind?: InspectionFilters['kind']) => set({ kind })}
          options={INSPECTION_KINDS.map((k) => ({ value: k, label: INSPECTION_KIND_LABELS[k] }))}
          style={{ width: 160 }}
        />
      </Form.Item>
      <Form.Item label="状态" htmlFor="inspections-status">
        <Select
          id="inspections-status"
          allowClear
          placeholder="全部"
          value={value.status}
          onChange={(status?: InspectionFilters['status']) => set({ status })}
          options={INSPECTION_STATUSES.map((s) => ({ value: s, label: INSPECTION_STATUS_LABELS[s] }))}
          style={{ width: 110 }}
        />
      </Form.Item>
      <Form.Item label="计划日期" htmlFor="inspections-dates">
        <DateRangeFilter id="inspections-dates" from={value.plannedFrom} to={value.plannedTo} onChange={({ from, to }) => set({ plannedFrom: from, plannedTo: to })} />
      </Form.Item>
      <Form.Item>
        <Button onClick={() => onChange({})}>重置</Button>
      </Form.Item>
    </Form>
  );
}
