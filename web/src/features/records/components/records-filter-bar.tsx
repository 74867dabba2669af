import { Button, Form, Select } from 'antd';
import { DateRangeFilter } from '../../../components/date-range-filter';
import { OrgNodePicker } from '../../../components/pickers/org-node-picker';
import { useCatalogue } from '../../catalogue/api/get-catalogue';
import type { RecordFilters } from '../api/query-keys';
import { groupedKindOptions } from './kind-options';

interface RecordsFilterBarProps {
  value: RecordFilters;
  onChange: (filters: RecordFilters) => void;
}

/** Controlled by the address bar like the other lists: labels point at explicit ids. */
export function RecordsFilterBar({ value, onChange }: RecordsFilterBarProps) {
  const catalogue = useCatalogue();
  const set = (changes: RecordFilters) => onChange({ ...value, ...changes });

  return (
    <Form layout="inline" style={{ rowGap: 12, marginBottom: 16 }} aria-label="筛选条件">
      <Form.Item label="组织" htmlFor="records-filter-node">
        <OrgNodePicker
          id="records-filter-node"
          value={value.nodeId ?? null}
          onChange={(nodeId) => set({ nodeId: nodeId ?? undefined })}
          placeholder="单位、科室或党组织"
          style={{ width: 240, maxWidth: '100%' }}
        />
      </Form.Item>
      <Form.Item label="类型" htmlFor="records-filter-kind">
        <Select
          id="records-filter-kind"
          allowClear
          placeholder="全部"
          loading={catalogue.isPending}
          options={groupedKindOptions(catalogue.data?.activityKinds ?? [])}
          value={value.kind}
          onChange={(kind?: string) => set({ kind })}
          showSearch={{ optionFilterProp: 'label' }}
          style={{ width: 220, maxWidth: '100%' }}
        />
      </Form.Item>
      <Form.Item label="日期" htmlFor="records-filter-dates">
        <DateRangeFilter id="records-filter-dates" from={value.from} to={value.to} onChange={set} />
      </Form.Item>
      <Form.Item>
        <Button onClick={() => onChange({})}>重置</Button>
      </Form.Item>
    </Form>
  );
}
