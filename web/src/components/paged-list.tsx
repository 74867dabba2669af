import type { ReactNode } from 'react';
import { Empty, Flex, Pagination, Spin, Table, type TableColumnsType } from 'antd';
import { TABLE_SCROLL, serverPagination } from '../lib/table';
import { useIsPhone } from '../lib/use-media-query';

interface PagedListProps<T extends { id: string }> {
  /** The list's accessible name, e.g. 督办件. */
  label: string;
  items: readonly T[] | undefined;
  total: number | undefined;
  loading: boolean;
  page: number;
  pageSize: number;
  onPageChange: (page: number, pageSize: number) => void;
  /** The counting word of the pager: 件, 个, 项 … */
  unit: string;
  emptyText: string;
  columns: TableColumnsType<T>;
  /** One item as a card on a phone. */
  card: (item: T, open: () => void) => ReactNode;
  onOpen: (item: T) => void;
}

/**
 * A server-paged list that opens an item on click: a table on a desk, cards with a simple pager on
 * a phone — the one shape of the directive, check, problem, 整改 and 诉求 lists.
 */
export function PagedList<T extends { id: string }>({ label, items, total, loading, page, pageSize, onPageChange, unit, emptyText, columns, card, onOpen }: PagedListProps<T>) {
  const isPhone = useIsPhone();
  if (isPhone) {
    const rows = items ?? [];
    return (
      <Spin spinning={loading}>
        <Flex vertical gap={8} role="list" aria-label={label}>
          {rows.map((item) => (
            <div role="listitem" key={item.id}>
              {card(item, () => onOpen(item))}
            </div>
          ))}
          {rows.length === 0 && !loading && <Empty description={emptyText} />}
        </Flex>
        {(total ?? 0) > pageSize && (
          <Flex justify="center" style={{ marginTop: 12 }}>
            <Pagination simple current={page} pageSize={pageSize} total={total ?? 0} onChange={onPageChange} />
          </Flex>
        )}
      </Spin>
    );
  }
  return (
    <Table<T>
      rowKey="id"
      columns={columns}
      dataSource={items ? [...items] : undefined}
      loading={loading}
      scroll={TABLE_SCROLL}
      pagination={serverPagination(page, pageSize, total, onPageChange, unit)}
      onRow={(item) => ({ onClick: () => onOpen(item), style: { cursor: 'pointer' } })}
      locale={{ emptyText }}
      aria-label={label}
    />
  );
}
