import { Button, Form, Input } from 'antd';
import { DateRangeFilter } from '../../../components/date-range-filter';
import { OrgNodePicker } from '../../../components/pickers/org-node-picker';
import type { PublicRequestFilters } from '../api/query-keys';

type BarFilters = Pick<PublicRequestFilters, 'nodeId' | 'q' | 'from' | 'to'>;

interface PublicRequestsFilterBarProps {
  value: BarFilters;
  onChange: (filters: BarFilters) => void;
}

/** Text, node and dates; the status is the page's tabs. Kept in the address bar like the other lists. */
export function PublicRequestsFilterBar({ value, onChange }: PublicRequestsFilterBarProps) {
  const set = (changes: BarFilters) => onChange({ ...value, ...changes });
  return (
    <Form layout="inline" style={{ rowGap: 12, marginBottom: 16 }} aria-label="筛选条件">
      <Form.Item label="查找" htmlFor="public-requests-q">
        <Input.Search
          key={value.q ?? ''}
          id="public-requests-q"
          defaultValue={value.q}
          allowClear
          placeholder="事项、内容或提出人"
          onSearch={(text) => set({ q: text.trim() || undefined })}
          style={{ width: 220, maxWidth: '100%' }}
        />
      </Form.Item>
      <Form.Item label="受理/认领" htmlFor="public-requests-node">
        <OrgNodePicker
          id="public-requests-node"
          tree="admin"
          value={value.nodeId ?? null}
          onChange={(nodeId) => set({ nodeId: nodeId ?? undefined })}
          placeholder="单位或科室（含下级）"
          style={{ width: 220, maxWidth: '100%' }}
        />
      </Form.Item>
      <Form.Item label="提出日期" htmlFor="public-requests-dates">
        <DateRangeFilter id="public-requests-dates" from={value.from} to={value.to} onChange={({ from, to }) => set({ from, to })} />
      </Form.Item>
      <Form.Item>
        <Button onClick={() => onChange({})}>重置</Button>
      </Form.Item>
    </Form>
  );
}
