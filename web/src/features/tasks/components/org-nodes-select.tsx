import { useMemo, useState } from 'react';
import { Select, Spin } from 'antd';
import type { OrgNode, OrgNodeKind } from '@mofan/shared';
import { useOrgNodeSearch } from '../../../components/pickers/search-org-nodes';
import { orgNodeLabel } from '../../../lib/org-node-label';
import { useDebouncedValue } from '../../../lib/use-debounced-value';

interface OrgNodesSelectProps {
  id?: string;
  value?: string[];
  onChange?: (value: string[]) => void;
  kinds?: readonly OrgNodeKind[];
  unitId?: string | null;
  /** Names of the nodes already chosen (the item's partners), shown before any search lists them. */
  knownNames?: ReadonlyMap<string, string>;
  placeholder?: string;
}

/** Several org nodes chosen by typing part of their names (the 配合 科室/单位 of an item). */
export function OrgNodesSelect({ id, value = [], onChange, kinds, unitId, knownNames, placeholder = '输入名称搜索' }: OrgNodesSelectProps) {
  const [open, setOpen] = useState(false);
  const [text, setText] = useState('');
  const q = useDebouncedValue(text);
  const search = useOrgNodeSearch({ q, kinds, unitId }, open || q !== '');
  const [picked, setPicked] = useState<ReadonlyMap<string, string>>(new Map());

  const options = useMemo(() => {
    const listed = (search.data ?? []).map((n: OrgNode) => ({ value: n.id, label: orgNodeLabel(n) }));
    const missing = value.filter((v) => !listed.some((o) => o.value === v)).map((v) => ({ value: v, label: picked.get(v) ?? knownNames?.get(v) ?? '加载中…' }));
    return [...missing, ...listed];
  }, [search.data, value, picked, knownNames]);

  return (
    <Select<string[]>
      id={id}
      mode="multiple"
      value={value}
      options={options}
      placeholder={placeholder}
      showSearch={{ filterOption: false, onSearch: setText, searchValue: text }}
      onOpenChange={setOpen}
      loading={search.isFetching}
      notFoundContent={search.isFetching ? <Spin size="small" /> : '无匹配的组织'}
      onChange={(next) => {
        const names = new Map(picked);
        for (const n of search.data ?? []) if (next.includes(n.id)) names.set(n.id, orgNodeLabel(n));
        setPicked(names);
        setText('');
        onChange?.(next);
      }}
    />
  );
}
