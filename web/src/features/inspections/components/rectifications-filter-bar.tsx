import { Button, Form, Input, Select } from 'antd';
import { DIRECTIVE_LIGHTS, RECTIFICATION_STATUSES, RECTIFICATION_STATUS_LABELS } from '@mofan/shared';
import { DateRangeFilter } from '../../../components/date-range-filter';
import { OrgNodePicker } from '../../../components/pickers/org-node-picker';
import { DIRECTIVE_LIGHT_SHORT } from '../../directives/components/directive-tags';
import type { RectificationFilters } from '../api/query-keys';
import { ProblemTagPicker } from './problem-tag-picker';

interface RectificationsFilterBarProps {
  value: RectificationFilters;
  onChange: (filters: RectificationFilters) => void;
}

/** Light, step, unit, tag, escalated or not, due dates; kept in the address bar. */
export function RectificationsFilterBar({ value, onChange }: RectificationsFilterBarProps) {
  const set = (changes: RectificationFilters) => onChange({ ...value, ...changes });
  return (
    <Form layout="inline" style={{ rowGap: 12, marginBottom: 16 }} aria-label="筛选条件">
      <Form.Item label="查找" htmlFor="rectifications-q">
        <Input.Search
          key={value.q ?? ''}
          id="rectifications-q"
          defaultValue={value.q}
          allowClear
          placeholder="整改措施或问题事实"
          onSearch={(text) => set({ q: text.trim() || undefined })}
          style={{ width: 200, maxWidth: '100%' }}
        />
      </Form.Item>
      <Form.Item label="单位" htmlFor="rectifications-node">
        <OrgNodePicker
          id="rectifications-node"
          tree="admin"
          value={value.nodeId ?? null}
          onChange={(nodeId) => set({ nodeId: nodeId ?? undefined })}
          placeholder="责任或问题所在单位（含下级）"
          style={{ width: 220, maxWidth: '100%' }}
        />
      </Form.Item>
      <Form.Item label="亮灯" htmlFor="rectifications-light">
        <Select
          id="rectifications-light"
          allowClear
          placeholder="全部"
          value={value.light}
          onChange={(light?: RectificationFilters['light']) => set({ light })}
          options={DIRECTIVE_LIGHTS.map((l) => ({ value: l, label: DIRECTIVE_LIGHT_SHORT[l] }))}
          style={{ width: 100 }}
        />
      </Form.Item>
      <Form.Item label="状态" htmlFor="rectifications-status">
        <Select
          id="rectifications-status"
          allowClear
          placeholder="全部"
          value={value.status}
          onChange={(status?: RectificationFilters['status']) => set({ status })}
          options={RECTIFICATION_STATUSES.map((s) => ({ value: s, label: RECTIFICATION_STATUS_LABELS[s] }))}
          style={{ width: 140 }}
        />
      </Form.Item>
      <Form.Item label="问题标签" htmlFor="rectifications-tag">
        <ProblemTagPicker id="rectifications-tag" single value={value.tag ? [value.tag] : []} onChange={(tags) => set({ tag: tags[0] })} style={{ width: 200 }} />
      </Form.Item>
      <Form.Item label="转督办" htmlFor="rectifications-escalated">
        <Select
          id="rectifications-escalated"
          allowClear
          placeholder="全部"
          value={value.escalated}
          onChange={(escalated?: RectificationFilters['escalated']) => set({ escalated })}
          options={[
            { value: 'true', label: '已转督办' },
            { value: 'false', label: '未转督办' },
          ]}
          style={{ width: 110 }}
        />
      </Form.Item>
      <Form.Item label="整改时限" htmlFor="rectifications-dates">
        <DateRangeFilter id="rectifications-dates" from={value.dueFrom} to={value.dueTo} onChange={({ from, to }) => set({ dueFrom: from, dueTo: to })} />
      </Form.Item>
      <Form.Item>
        <Button onClick={() => onChange({})}>重置</Button>
      </Form.Item>
    </Form>
  );
}
