import type { ReactNode } from 'react';
import { Table, Typography, type TableColumnsType } from 'antd';
import { Link } from 'react-router';
import { DIRECTIVE_STATUSES, DIRECTIVE_STATUS_LABELS, type DirectiveBoardRow, type DirectiveLight, type DirectiveStatus } from '@mofan/shared';
import { TABLE_SCROLL } from '../../../lib/table';
import { assigneeLabel } from './directive-descriptions';
import { DIRECTIVE_LIGHT_SHORT, LightTag } from './directive-tags';

/** Where a count leads: the supervisor's list of that 承办 node, with that light or step. */
export type BoardCellFilter = { light: DirectiveLight } | { status: DirectiveStatus } | Record<string, never>;

interface DirectiveBoardTableProps {
  rows: readonly DirectiveBoardRow[];
  loading: boolean;
  linkTo: (nodeId: string | null, filter: BoardCellFilter) => string;
}

function CountLink({ n, to, label, strong }: { n: number; to: string; label: string; strong?: boolean }) {
  if (n === 0) return <Typography.Text type="secondary">0</Typography.Text>;
  return (
    <Link to={to} aria-label={label}>
      {strong ? <strong>{n}</strong> : n}
    </Link>
  );
}

function lightColumn(light: DirectiveLight, linkTo: DirectiveBoardTableProps['linkTo']): TableColumnsType<DirectiveBoardRow>[number] {
  return {
    title: <LightTag light={light} />,
    key: light,
    align: 'center',
    render: (_, r): ReactNode => <CountLink n={r.lights[light]} to={linkTo(r.nodeId, { light })} label={`${r.nodeName} ${DIRECTIVE_LIGHT_SHORT[light]} ${r.lights[light]} 件`} strong={light !== 'green'} />,
  };
}

/** Per 承办 unit or 科室: how many are red, yellow, green, and in which step; every count opens the list. */
export function DirectiveBoardTable({ rows, loading, linkTo }: DirectiveBoardTableProps) {
  const columns: TableColumnsType<DirectiveBoardRow> = [
    {
      title: '承办单位（科室）',
      key: 'node',
      fixed: 'left',
      render: (_, r) => <Link to={linkTo(r.nodeId, {})}>{assigneeLabel(r)}</Link>,
    },
    { title: '合计', key: 'total', align: 'center', render: (_, r) => <CountLink n={r.total} to={linkTo(r.nodeId, {})} label={`${r.nodeName} 合计 ${r.total} 件`} /> },
    lightColumn('red', linkTo),
    lightColumn('yellow', linkTo),
    lightColumn('green', linkTo),
    ...DIRECTIVE_STATUSES.map(
      (s): TableColumnsType<DirectiveBoardRow>[number] => ({
        title: DIRECTIVE_STATUS_LABELS[s],
        key: s,
        align: 'center',
        render: (_, r) => <CountLink n={r.statuses[s]} to={linkTo(r.nodeId, { status: s })} label={`${r.nodeName} ${DIRECTIVE_STATUS_LABELS[s]} ${r.statuses[s]} 件`} />,
      }),
    ),
  ];
  return (
    <Table<DirectiveBoardRow>
      rowKey="nodeId"
      size="small"
      columns={columns}
      dataSource={[...rows]}
      loading={loading}
      pagination={false}
      scroll={TABLE_SCROLL}
      aria-label="督办看板"
      locale={{ emptyText: '没有督办件' }}
    />
  );
}
