import type { TablePaginationConfig } from 'antd';

/** Server-side pagination: antd only draws the pager, the server slices the rows. */
export function serverPagination(
  page: number,
  pageSize: number,
  total: number | undefined,
  onChange: (page: number, pageSize: number) => void,
  unit = '条',
): TablePaginationConfig {
  return {
    current: page,
    pageSize,
    total: total ?? 0,
    showSizeChanger: true,
    pageSizeOptions: [10, 20, 50, 100],
    showTotal: (t) => `共 ${t} ${unit}`,
    onChange,
  };
}

/** Wide tables scroll sideways on phones instead of squeezing every column. */
export const TABLE_SCROLL = { x: 'max-content' } as const;
