import { Empty, Flex, Spin, Typography } from 'antd';
import { ORG_NODE_KIND_LABELS, type OrgTree } from '@mofan/shared';
import { orgNodeLabel } from '../../../lib/org-node-label';
import { errorMessage } from '../../../lib/api-error';
import { ORG_SEARCH_PAGE_SIZE, useOrgNodeSearch } from '../api/search-org-nodes';

interface OrgSearchResultsProps {
  tree: OrgTree;
  q: string;
  selectedId: string | undefined;
  onSelect: (id: string) => void;
}

/** Nodes of this tree whose name matches, as a flat list of links in place of the tree. */
export function OrgSearchResults({ tree, q, selectedId, onSelect }: OrgSearchResultsProps) {
  const search = useOrgNodeSearch(tree, q);
  if (search.isPending) return <Spin style={{ display: 'block', margin: '24px auto' }} />;
  if (search.isError) return <Typography.Text type="danger">{errorMessage(search.error)}</Typography.Text>;
  const { items, total } = search.data;
  if (items.length === 0) return <Empty description="没有名称匹配的组织" />;

  return (
    <>
      <ul aria-label="搜索结果" style={{ listStyle: 'none', margin: 0, padding: 0 }}>
        {items.map((node) => (
          <li
            key={node.id}
            style={{
              padding: '6px 8px',
              borderBottom: '1px solid #f0f0f0',
              background: node.id === selectedId ? '#e6f4ff' : undefined,
            }}
          >
            <Flex justify="space-between" gap={8}>
              <Typography.Link
                href={`?node=${node.id}`}
                onClick={(e) => {
                  e.preventDefault();
                  onSelect(node.id);
                }}
              >
                {orgNodeLabel(node)}
              </Typography.Link>
              <Typography.Text type="secondary" style={{ fontSize: 12, flexShrink: 0 }}>
                {ORG_NODE_KIND_LABELS[node.kind]}
              </Typography.Text>
            </Flex>
          </li>
        ))}
      </ul>
      {total > ORG_SEARCH_PAGE_SIZE && (
        <Typography.Paragraph type="secondary" style={{ marginTop: 8 }}>
          {`共 ${total} 项，仅显示前 ${ORG_SEARCH_PAGE_SIZE} 项，请输入更完整的名称`}
        </Typography.Paragraph>
      )}
    </>
  );
}
