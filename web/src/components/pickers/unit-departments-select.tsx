import { Select } from 'antd';
import { orgNodeLabel } from '../../lib/org-node-label';
import { useOrgNodeSearch } from './search-org-nodes';

interface UnitDepartmentsSelectProps {
  id?: string;
  unitId: string;
  value?: string[];
  onChange?: (value: string[]) => void;
}

/** Several departments of one unit (a unit has a few dozen at most), filtered as the user types. */
export function UnitDepartmentsSelect({ id, unitId, value, onChange }: UnitDepartmentsSelectProps) {
  const departments = useOrgNodeSearch({ q: '', kinds: ['department'], unitId, pageSize: 500 }, true);
  return (
    <Select<string[]>
      id={id}
      mode="multiple"
      allowClear
      value={value}
      onChange={onChange}
      loading={departments.isFetching}
      placeholder="选择分管的内设科室"
      options={departments.data?.map((d) => ({ value: d.id, label: orgNodeLabel({ ...d, unitName: null }) }))}
      showSearch={{ optionFilterProp: 'label' }}
    />
  );
}
