import { Button, Form, Input, Select } from 'antd';
import { DIRECTIVE_LIGHTS, DIRECTIVE_SOURCES, DIRECTIVE_SOURCE_LABELS, DIRECTIVE_STATUSES, DIRECTIVE_STATUS_LABELS } from '@mofan/shared';
import { DateRangeFilter } from '../../../components/date-range-filter';
import { OrgNodePicker } from '../../../components/pickers/org-node-picker';
import type { DirectiveFilters } from '../api/query-keys';
import { DIRECTIVE_LIGHT_SHORT } from './directive-tags';

type BarFilters = Pick<DirectiveFilters, 'nodeId' | 'source' | 'status' | 'light' | 'q' | 'registeredFrom' | 'registeredTo'>;

interface DirectivesFilterBarProps {
  value: BarFilters;
  onChange: (filters: BarFilters) => void;
  /** Filters the current tab already fixes (待签收 fixes the status, 临期 the light): not offered again. */
  fixed: ReadonlySet<'status' | 'light'>;
}

/** Controlled by the address bar like the other lists, so a board click lands on a filtered list. */
export function DirectivesFilterBar({ value, onChange, fixed }: DirectivesFilterBarProps) {
  const set = (changes: BarFilters) => onChange({ ...value, ...changes });
  return (
    <Form layout="inline" style={{ rowGap: 12, marginBottom: 16 }} aria-label="筛选条件">
      <Form.Item label="查找" htmlFor="directives-q">
        <Input.Search
          key={value.q ?? ''}
          id="directives-q"
          defaultValue={value.q}
          allowClear
          placeholder="标题、编号或内容"
          onSearch={(text) => set({ q: text.trim() || undefined })}
          style={{ width: 220, maxWidth: '100%' }}
        />
      </Form.Item>
      <Form.Item label="承办/协办" htmlFor="directives-node">
        <OrgNodePicker
          id="directives-node"
          tree="admin"
          value={value.nodeId ?? null}
          onChange={(nodeId) => set({ nodeId: nodeId ?? undefined })}
          placeholder="单位或科室（含下级）"
          style={{ width: 220, maxWidth: '100%' }}
        />
      </Form.Item>
      <Form.Item label="来源" htmlFor="directives-source">
        <Select
          id="directives-source"
          allowClear
          placeholder="全部"
          value={value.source}
          onChange={(source?: BarFilters['source']) => set({ source })}
          options={DIRECTIVE_SOURCES.map((s) => ({ value: s, label: DIRECTIVE_SOURCE_LABELS[s] }))}
          style={{ width: 170 }}
        />
      </Form.Item>
      {!fixed.has('status') && (
        <Form.Item label="状态" htmlFor="directives-status">
          <Select
            id="directives-status"
            allowClear
            placeholder="全部"
            value={value.status}
            onChange={(status?: BarFilters['status']) => set({ status })}
            options={DIRECTIVE_STATUSES.map((s) => ({ value: s, label: DIRECTIVE_STATUS_LABELS[s] }))}
            style={{ width: 150 }}
          />
        </Form.Item>
      )}
      {!fixed.has('light') && (
        <Form.Item label="亮灯" htmlFor="directives-light">
          <Select
            id="directives-light"
            allowClear
            placeholder="全部"
            value={value.light}
            onChange={(light?: BarFilters['light']) => set({ light })}
            options={DIRECTIVE_LIGHTS.map((l) => ({ value: l, label: DIRECTIVE_LIGHT_SHORT[l] }))}
            style={{ width: 100 }}
          />
        </Form.Item>
      )}
      <Form.Item label="立项日期" htmlFor="directives-dates">
        <DateRangeFilter
          id="directives-dates"
          from={value.registeredFrom}
          to={value.registeredTo}
          onChange={({ from, to }) => set({ registeredFrom: from, registeredTo: to })}
        />
      </Form.Item>
      <Form.Item>
        <Button onClick={() => onChange({})}>重置</Button>
      </Form.Item>
    </Form>
  );
}
