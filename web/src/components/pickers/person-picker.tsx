import { useMemo, useState } from 'react';
import { Select, Spin } from 'antd';
import type { Person } from '@mofan/shared';
import { useDebouncedValue } from '../../lib/use-debounced-value';
import { usePeopleSearch, usePersonForLabel } from './search-people';

export interface PersonPickerProps {
  id?: string;
  value?: string | null;
  onChange?: (value: string | null, person: Person | null) => void;
  placeholder?: string;
  'aria-label'?: string;
}

function personLabel(p: Person): string {
  return `${p.name}（${p.unitName} · ${p.departmentName}）`;
}

/** One person chosen by name, phone or ID number; people with the same name are told apart by unit. */
export function PersonPicker({ id, value, onChange, placeholder = '输入姓名搜索', 'aria-label': ariaLabel }: PersonPickerProps) {
  const [open, setOpen] = useState(false);
  const [text, setText] = useState('');
  const q = useDebouncedValue(text);
  const search = usePeopleSearch(q, open || q !== '');
  const [picked, setPicked] = useState<Person | null>(null);

  const listed = useMemo(() => search.data ?? [], [search.data]);
  const known = value ? (listed.find((p) => p.id === value) ?? (picked?.id === value ? picked : null)) : null;
  const labelQuery = usePersonForLabel(value, !!value && !known);

  const options = useMemo(() => {
    const list = listed.map((p) => ({ value: p.id, label: personLabel(p) }));
    if (value && !list.some((o) => o.value === value)) {
      const person = known ?? labelQuery.data;
      list.unshift({ value, label: person ? personLabel(person) : '加载中…' });
    }
    return list;
  }, [listed, value, known, labelQuery.data]);

  return (
    <Select<string>
      id={id}
      aria-label={ariaLabel}
      value={value ?? undefined}
      options={options}
      placeholder={placeholder}
      allowClear
      showSearch={{ filterOption: false, onSearch: setText, searchValue: text }}
      onOpenChange={setOpen}
      loading={search.isFetching}
      notFoundContent={search.isFetching ? <Spin size="small" /> : '无匹配的人员'}
      onChange={(next) => {
        const person = listed.find((p) => p.id === next) ?? null;
        setPicked(person);
        setText('');
        onChange?.(next ?? null, person);
      }}
    />
  );
}
