import type { CSSProperties } from 'react';
import { Select, Typography } from 'antd';
import { PROBLEM_TAG_GROUPS, problemTagLabel } from '@mofan/shared';

interface ProblemTagPickerProps {
  id?: string;
  value?: string[];
  onChange?: (value: string[]) => void;
  /** One tag only (a list filter) instead of several (a finding). */
  single?: boolean;
  placeholder?: string;
  style?: CSSProperties;
  'aria-label'?: string;
}

interface TagOption {
  value: string;
  /** What the chosen tag shows: its list's short name first, since 散 and 浮 appear in several lists. */
  label: string;
  name: string;
  hint: string | undefined;
}

interface TagGroupOption {
  label: string;
  title: string;
  options: TagOption[];
}

type PickerOption = TagOption | TagGroupOption;

// Each taxonomy of domain.md §6 is its own group: the reader picks 散 knowing which list it is from.
const OPTIONS: PickerOption[] = PROBLEM_TAG_GROUPS.map((group) => ({
  label: group.name,
  title: group.name,
  options: group.tags.map(
    (tag): TagOption => ({
      value: tag.code,
      label: problemTagLabel(tag.code),
      name: tag.promotes ? `${tag.label} → ${tag.promotes}` : tag.label,
      hint: tag.hint,
    }),
  ),
}));

function renderOption(option: { data: PickerOption }) {
  if (!('name' in option.data)) return option.data.label;
  return (
    <div style={{ whiteSpace: 'normal' }}>
      {option.data.name}
      {option.data.hint && (
        <Typography.Text type="secondary" style={{ fontSize: 12, display: 'block' }}>
          {option.data.hint}
        </Typography.Text>
      )}
    </div>
  );
}

/** The problem tags, grouped by taxonomy (六种现象、机关病、工作不落实、四风、五查五促、作风、纪律). */
export function ProblemTagPicker({ id, value, onChange, single, placeholder, style, 'aria-label': ariaLabel }: ProblemTagPickerProps) {
  if (single) {
    return (
      <Select<string, PickerOption>
        id={id}
        aria-label={ariaLabel}
        allowClear
        value={value?.[0]}
        onChange={(next) => onChange?.(next ? [next] : [])}
        options={OPTIONS}
        optionRender={renderOption}
        showSearch={{ optionFilterProp: 'label' }}
        placeholder={placeholder ?? '全部'}
        popupMatchSelectWidth={false}
        style={style}
      />
    );
  }
  return (
    <Select<string[], PickerOption>
      id={id}
      aria-label={ariaLabel}
      mode="multiple"
      allowClear
      value={value}
      onChange={(next) => onChange?.(next)}
      options={OPTIONS}
      optionRender={renderOption}
      showSearch={{ optionFilterProp: 'label' }}
      placeholder={placeholder ?? '从各类问题表现中选择，可多选'}
      style={style}
    />
  );
}
