import { useEffect, useMemo, useState } from 'react';
import { App, Empty, Spin, Tree, Typography, type TreeDataNode } from 'antd';
import { useQueries, useQueryClient, type UseQueryResult } from '@tanstack/react-query';
import { ORG_NODE_KIND_LABELS, type OrgNode, type OrgNodePage, type OrgTree as OrgTreeName } from '@mofan/shared';
import { orgNodeLabel } from '../../../lib/org-node-label';
import { QueryErrorResult } from '../../../components/query-error-result';
import { errorMessage } from '../../../lib/api-error';
import { useOrgRoots } from '../api/list-org-roots';
import { orgChildrenQuery } from '../api/list-org-children';

interface OrgTreeProps {
  tree: OrgTreeName;
  selectedId: string | undefined;
  onSelect: (id: string) => void;
  /** Ancestors of the selected node, top first: expanded as far as they are in the user's tree. */
  revealPath: readonly string[];
  height?: number;
}

function NodeTitle({ node }: { node: OrgNode }) {
  return (
    <span>
      {/* Inside the tree the parent already says which unit; party roots hang off a unit and name it. */}
      {node.parentId === null ? orgNodeLabel(node) : node.name}{' '}
      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
        {ORG_NODE_KIND_LABELS[node.kind]}
      </Typography.Text>
    </span>
  );
}

function toTreeData(
  page: OrgNodePage | undefined,
  parentKey: string,
  childrenOf: Map<string, OrgNodePage>,
): TreeDataNode[] {
  if (!page) return [];
  const nodes: TreeDataNode[] = page.items.map((node) => {
    const loaded = childrenOf.get(node.id);
    return {
      key: node.id,
      title: <NodeTitle node={node} />,
      isLeaf: node.childCount === 0,
      children: loaded ? toTreeData(loaded, node.id, childrenOf) : undefined,
    };
  });
  if (page.total > page.items.length) {
    nodes.push({
      key: `${parentKey}:more`,
      title: <Typography.Text type="secondary">{`另有 ${page.total - page.items.length} 项未显示，请用上方搜索查找`}</Typography.Text>,
      isLeaf: true,
      selectable: false,
      disabled: true,
    });
  }
  return nodes;
}

// Module-level so useQueries can keep the combined array stable while no page changes.
function pickData(results: UseQueryResult<OrgNodePage>[]): (OrgNodePage | undefined)[] {
  return results.map((r) => r.data);
}

/**
 * Lazy tree: roots first, each node's children fetched when it is first opened. Every loaded level
 * stays a live query, so after an edit invalidating ['org'] redraws the tree in place.
 */
export function OrgTree({ tree, selectedId, onSelect, revealPath, height = 520 }: OrgTreeProps) {
  const queryClient = useQueryClient();
  const { message } = App.useApp();
  const roots = useOrgRoots(tree);
  const [expandedKeys, setExpandedKeys] = useState<string[]>([]);
  const [loadedKeys, setLoadedKeys] = useState<string[]>([]);

  const childPages = useQueries({ queries: loadedKeys.map((id) => orgChildrenQuery(id)), combine: pickData });
  const childrenOf = useMemo(() => {
    const map = new Map<string, OrgNodePage>();
    loadedKeys.forEach((id, i) => {
      const page = childPages[i];
      if (page) map.set(id, page);
    });
    return map;
  }, [loadedKeys, childPages]);

  const treeData = useMemo(() => toTreeData(roots.data, 'root', childrenOf), [roots.data, childrenOf]);
  const knownIds = useMemo(() => {
    const ids = new Set(roots.data?.items.map((n) => n.id));
    for (const page of childrenOf.values()) for (const n of page.items) ids.add(n.id);
    return ids;
  }, [roots.data, childrenOf]);

  // Reveal the selection when it changes; a manual expand or collapse stops it re-opening nodes.
  const revealKey = revealPath.join('/');
  const [lastRevealKey, setLastRevealKey] = useState('');
  const [reveal, setReveal] = useState<readonly string[]>([]);
  if (revealKey !== lastRevealKey) {
    setLastRevealKey(revealKey);
    setReveal(revealPath);
  }
  useEffect(() => {
    // Ancestors above the user's scope are not in this tree: start from the first one that is.
    const start = reveal.findIndex((id) => knownIds.has(id));
    if (start < 0) return;
    const chain: string[] = [];
    for (const id of reveal.slice(start)) {
      if (!knownIds.has(id)) break;
      chain.push(id);
    }
    const missing = chain.filter((id) => !expandedKeys.includes(id));
    if (missing.length === 0) return;
    setExpandedKeys((keys) => [...keys, ...missing.filter((id) => !keys.includes(id))]);
    setLoadedKeys((keys) => [...keys, ...missing.filter((id) => !keys.includes(id))]);
  }, [reveal, knownIds, expandedKeys]);

  if (roots.isPending) return <Spin style={{ display: 'block', margin: '24px auto' }} />;
  if (roots.isError) return <QueryErrorResult error={roots.error} onRetry={() => void roots.refetch()} />;
  if (treeData.length === 0) return <Empty description="暂无可见的组织" />;

  return (
    <Tree
      treeData={treeData}
      height={height}
      blockNode
      expandedKeys={expandedKeys}
      loadedKeys={loadedKeys}
      selectedKeys={selectedId ? [selectedId] : []}
      onExpand={(keys) => {
        setReveal([]);
        setExpandedKeys(keys.map(String));
      }}
      loadData={async (node) => {
        const id = String(node.key);
        try {
          await queryClient.ensureQueryData(orgChildrenQuery(id));
          setLoadedKeys((keys) => (keys.includes(id) ? keys : [...keys, id]));
        } catch (error) {
          // Fold the node back so that opening it again retries, instead of rc-tree's silent retries.
          setExpandedKeys((keys) => keys.filter((k) => k !== id));
          void message.error(errorMessage(error));
        }
      }}
      onSelect={(keys) => {
        // Clicking the selected node again would deselect it; the detail pane keeps showing it instead.
        const key = keys[0];
        if (key !== undefined) onSelect(String(key));
      }}
    />
  );
}
