import type { OrgNode, OrgNodeKind, OrgTree } from '@mofan/shared';
import type { OrgNodeRow } from './org.repository';

export function presentOrgNode(row: { node: OrgNodeRow; unitName: string | null; childCount: number; peopleCount: number }): OrgNode {
  const { node } = row;
  return {
    id: node.id,
    tree: node.tree as OrgTree,
    kind: node.kind as OrgNodeKind,
    name: node.name,
    code: node.code,
    parentId: node.parentId,
    unitId: node.unitId,
    unitName: row.unitName,
    sortOrder: node.sortOrder,
    childCount: row.childCount,
    peopleCount: row.peopleCount,
    version: node.version,
  };
}
