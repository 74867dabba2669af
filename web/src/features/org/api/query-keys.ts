import type { OrgTree } from '@mofan/shared';

/** Everything under ['org'] is refetched after any change to the trees. */
export const orgKeys = {
  all: ['org'] as const,
  roots: (tree: OrgTree) => ['org', 'roots', tree] as const,
  children: (parentId: string) => ['org', 'children', parentId] as const,
  search: (tree: OrgTree, q: string) => ['org', 'search', tree, q] as const,
  detail: (id: string) => ['org', 'detail', id] as const,
};

/** The most children the tree asks for at once (the API's maximum page size). */
export const TREE_PAGE_SIZE = 500;
