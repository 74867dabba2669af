import { ORG_NODE_KIND_LABELS, type OrgNodeKind } from '@mofan/shared';

interface LabelledNode {
  name: string;
  kind: OrgNodeKind;
  unitName?: string | null;
}

// Kinds that are themselves a unit or above it: their name is unambiguous on its own.
const STANDALONE_KINDS: readonly OrgNodeKind[] = ['city', 'district', 'system', 'unit'];

/**
 * "市财政局 · 办公室": every unit has an 办公室 and a 第一党支部, so nodes inside a unit carry the
 * unit's name. Party-tree roots hang off a unit the same way.
 */
export function orgNodeLabel(node: LabelledNode): string {
  // A name that already starts with its unit's (市财政局机关党委) needs no prefix.
  if (STANDALONE_KINDS.includes(node.kind) || !node.unitName || node.name.startsWith(node.unitName)) return node.name;
  return `${node.unitName} · ${node.name}`;
}

export function orgNodeLabelWithKind(node: LabelledNode): string {
  return `${orgNodeLabel(node)}（${ORG_NODE_KIND_LABELS[node.kind]}）`;
}
