import { useMemo, useState } from 'react';
import { useQuery } from '@tanstack/react-query';
import { Select, Spin } from 'antd';
import type { User } from '@mofan/shared';
import { getUsers } from '../../access/api/list-users';
import { useDebouncedValue } from '../../../lib/use-debounced-value';

interface InspectorsSelectProps {
  id?: string;
  value?: string[];
  onChange?: (value: string[]) => void;
  /** Names of the inspectors already listed (a plan being changed), shown before any search finds them. */
  knownNames?: ReadonlyMap<string, string>;
}

function userLabel(u: User): string {
  return u.unitName ? `${u.displayName}（${u.unitName}）` : u.displayName;
}

/** The accounts that make up the check team, found by name: only they see an unannounced plan. */
export function InspectorsSelect({ id, value = [], onChange, knownNames }: InspectorsSelectProps) {
  const [open, setOpen] = useState(false);
  const [text, setText] = useState('');
  const q = useDebouncedValue(text);
  const search = useQuery({
    queryKey: ['pickers', 'users', q],
    queryFn: ({ signal }) => getUsers({ q: q.trim() || undefined, page: 1, pageSize: 50 }, signal),
    enabled: open || q !== '',
    staleTime: 30_000,
  });
  const [picked, setPicked] = useState<ReadonlyMap<string, string>>(new Map());

  const options = useMemo(() => {
    const listed = (search.data?.items ?? []).filter((u) => u.isActive).map((u) => ({ value: u.id, label: userLabel(u) }));
    const missing = value.filter((v) => !listed.some((o) => o.value === v)).map((v) => ({ value: v, label: picked.get(v) ?? knownNames?.get(v) ?? '加载中…' }));
    return [...missing, ...listed];
  }, [search.data, value, picked, knownNames]);

  return (
    <Select<string[]>
      id={id}
      mode="multiple"
      value={value}
      options={options}
      placeholder="输入姓名搜索账号"
      showSearch={{ filterOption: false, onSearch: setText, searchValue: text }}
      onOpenChange={setOpen}
      loading={search.isFetching}
      notFoundContent={search.isFetching ? <Spin size="small" /> : '无匹配的账号'}
      onChange={(next) => {
        const names = new Map(picked);
        for (const u of search.data?.items ?? []) if (next.includes(u.id)) names.set(u.id, userLabel(u));
        setPicked(names);
        setText('');
        onChange?.(next);
      }}
    />
  );
}
