import { useMemo, useState, type CSSProperties } from 'react';
import { Select, Spin } from 'antd';
import type { OrgNode, OrgNodeKind, OrgTree } from '@mofan/shared';
import { useDebouncedValue } from '../../lib/use-debounced-value';
import { orgNodeLabel, orgNodeLabelWithKind } from '../../lib/org-node-label';
import { useOrgNodeForLabel, useOrgNodeSearch } from './search-org-nodes';

export interface OrgNodePickerProps {
  /** Set by Form.Item; forwarded so the field's <label> points at the input. */
  id?: string;
  value?: string | null;
  onChange?: (value: string | null, node: OrgNode | null) => void;
  kinds?: readonly OrgNodeKind[];
  tree?: OrgTree;
  unitId?: string | null;
  /** How to show the current value before it has been listed, e.g. a person's departmentName. */
  initialLabel?: string | null;
  placeholder?: string;
  allowClear?: boolean;
  disabled?: boolean;
  style?: CSSProperties;
  'aria-label'?: string;
}

/** One org node chosen by typing part of its name; searches the server, never loads a whole tree. */
export function OrgNodePicker({
  id,
  value,
  onChange,
  kinds,
  tree,
  unitId,
  initialLabel,
  placeholder = '输入名称搜索',
  allowClear = true,
  disabled,
  style,
  'aria-label': ariaLabel,
}: OrgNodePickerProps) {
  const [open, setOpen] = useState(false);
  const [text, setText] = useState('');
  const q = useDebouncedValue(text);
  const search = useOrgNodeSearch({ q, kinds, tree, unitId }, open || q !== '');
  // The node chosen in this session, so its label survives a new search that no longer lists it.
  const [picked, setPicked] = useState<OrgNode | null>(null);

  const listed = useMemo(() => search.data ?? [], [search.data]);
  const known = value ? (listed.find((n) => n.id === value) ?? (picked?.id === value ? picked : null)) : null;
  const needsLabel = !!value && !known && !initialLabel;
  const labelQuery = useOrgNodeForLabel(value, needsLabel);

  const showKind = !kinds || kinds.length !== 1;
  const options = useMemo(() => {
    const list = listed.map((n) => ({ value: n.id, label: showKind ? orgNodeLabelWithKind(n) : orgNodeLabel(n) }));
    if (value && !list.some((o) => o.value === value)) {
      const node = known ?? labelQuery.data;
      const label = node ? orgNodeLabel(node) : (initialLabel ?? '加载中…');
      list.unshift({ value, label });
    }
    return list;
  }, [listed, showKind, value, known, labelQuery.data, initialLabel]);

  return (
    <Select<string>
      id={id}
      aria-label={ariaLabel}
      value={value ?? undefined}
      options={options}
      placeholder={placeholder}
      allowClear={allowClear}
      disabled={disabled}
      style={style}
      showSearch={{ filterOption: false, onSearch: setText, searchValue: text }}
      onOpenChange={setOpen}
      loading={search.isFetching}
      notFoundContent={search.isFetching ? <Spin size="small" /> : '无匹配的组织'}
      onChange={(next) => {
        const node = listed.find((n) => n.id === next) ?? null;
        setPicked(node);
        setText('');
        onChange?.(next ?? null, node);
      }}
    />
  );
}
