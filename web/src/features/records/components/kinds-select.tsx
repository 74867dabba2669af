import { Select } from 'antd';
import type { ActivityKindInfo } from '../../catalogue/api/get-catalogue';
import { groupedKindOptions } from './kind-options';

interface KindsSelectProps {
  id?: string;
  value?: string[];
  onChange?: (value: string[]) => void;
  kinds: readonly ActivityKindInfo[];
  /** False for accounts that may keep only their own personal records: org kinds are greyed out. */
  orgAllowed?: boolean;
}

/**
 * Several kinds at once (a 主题党日 that was also a 党课). Once one is chosen, kinds of the other
 * scope are greyed out: a record belongs either to an org or to one person.
 */
export function KindsSelect({ id, value = [], onChange, kinds, orgAllowed = true }: KindsSelectProps) {
  const chosenScope = kinds.find((k) => value.includes(k.id))?.scope;
  return (
    <Select<string[]>
      id={id}
      mode="multiple"
      allowClear
      value={value}
      onChange={onChange}
      placeholder="选择活动类型，可多选"
      options={groupedKindOptions(kinds, (k) => !value.includes(k.id) && ((!!chosenScope && k.scope !== chosenScope) || (!orgAllowed && k.scope === 'org')))}
      showSearch={{ optionFilterProp: 'label' }}
      listHeight={360}
    />
  );
}
