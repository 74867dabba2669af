import { useMemo, useState } from 'react';
import { Checkbox, Table, Tag, type TableColumnsType } from 'antd';
import { formatDateTime, orEmpty } from '../../../lib/format';
import { TABLE_SCROLL } from '../../../lib/table';
import type { UnitStatusView } from '../api/list-publications';

/** Each unit under the node: adopted when and by whom, or not yet. */
export function AdoptionStatusTable({ units }: { units: UnitStatusView[] }) {
  const [pendingOnly, setPendingOnly] = useState(false);
  const rows = useMemo(() => (pendingOnly ? units.filter((u) => u.adoptedAt === null) : units), [units, pendingOnly]);
  const columns: TableColumnsType<UnitStatusView> = [
    { title: '单位', dataIndex: 'unitName', key: 'unit' },
    { title: '状态', key: 'status', render: (_, u) => (u.adoptedAt ? <Tag color="success">已采纳</Tag> : <Tag color="warning">未采纳</Tag>) },
    { title: '采纳时间', key: 'adoptedAt', render: (_, u) => orEmpty(formatDateTime(u.adoptedAt).slice(0, 16)) },
    { title: '采纳人', key: 'by', render: (_, u) => orEmpty(u.adoptedByName) },
    { title: '落实说明', key: 'note', render: (_, u) => orEmpty(u.note) },
  ];
  return (
    <>
      <Checkbox checked={pendingOnly} onChange={(e) => setPendingOnly(e.target.checked)} style={{ marginBottom: 8 }}>
        只看未采纳的单位
      </Checkbox>
      <Table<UnitStatusView>
        rowKey="unitId"
        columns={columns}
        dataSource={rows}
        size="small"
        scroll={TABLE_SCROLL}
        pagination={{ pageSize: 20, hideOnSinglePage: true, showSizeChanger: false, showTotal: (t) => `共 ${t} 个单位` }}
        locale={{ emptyText: pendingOnly ? '各单位均已采纳' : '本级以下没有单位' }}
      />
    </>
  );
}
