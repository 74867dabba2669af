import type { TaskItem } from '@mofan/shared';

/** An item with the items nested under it, as antd's tree table reads `children`. */
export interface ItemNode extends TaskItem {
  children?: ItemNode[];
}

/** The flat list the API gives (each item naming its parent) as a tree, keeping the list's order among siblings. */
export function itemTree(items: readonly TaskItem[]): ItemNode[] {
  const ids = new Set(items.map((i) => i.id));
  const byParent = new Map<string | null, TaskItem[]>();
  for (const item of items) {
    const key = item.parentItemId && ids.has(item.parentItemId) ? item.parentItemId : null;
    byParent.set(key, [...(byParent.get(key) ?? []), item]);
  }
  const build = (parent: string | null): ItemNode[] =>
    (byParent.get(parent) ?? []).map((item) => {
      const children = build(item.id);
      return children.length > 0 ? { ...item, children } : { ...item };
    });
  return build(null);
}

/** The tree read top to bottom, each item with its depth (for the Gantt rows). */
export function itemsInTreeOrder(items: readonly TaskItem[]): { item: TaskItem; depth: number }[] {
  const out: { item: TaskItem; depth: number }[] = [];
  const walk = (nodes: ItemNode[], depth: number) => {
    for (const node of nodes) {
      out.push({ item: node, depth });
      if (node.children) walk(node.children, depth + 1);
    }
  };
  walk(itemTree(items), 0);
  return out;
}
