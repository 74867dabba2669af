import { ACTIVITY_GROUP_LABELS, ACTIVITY_GROUPS, type ActivityGroup } from '@mofan/shared';
import type { ActivityKindInfo } from '../../catalogue/api/get-catalogue';

function isGroup(value: string): value is ActivityGroup {
  return (ACTIVITY_GROUPS as readonly string[]).includes(value);
}

export function groupLabel(group: string): string {
  return isGroup(group) ? ACTIVITY_GROUP_LABELS[group] : group;
}

interface KindOption {
  value: string;
  label: string;
  disabled?: boolean;
}

/** Select options grouped by the catalogue's group, in catalogue order. */
export function groupedKindOptions(kinds: readonly ActivityKindInfo[], disabled?: (kind: ActivityKindInfo) => boolean) {
  const groups = new Map<string, KindOption[]>();
  for (const k of kinds) {
    const list = groups.get(k.group) ?? [];
    list.push({ value: k.id, label: k.label, ...(disabled?.(k) ? { disabled: true } : {}) });
    groups.set(k.group, list);
  }
  return [...groups].map(([group, options]) => ({ label: groupLabel(group), title: groupLabel(group), options }));
}
