import { Table, Tag, Typography, type TableColumnsType } from 'antd';
import type { TaskItem } from '@mofan/shared';
import { EMPTY } from '../../../lib/format';
import { TABLE_SCROLL } from '../../../lib/table';
import { type ItemNode, itemTree } from './item-tree';
import { TaskStatusTags } from './task-labels';

interface TaskItemsTableProps {
  items: readonly TaskItem[];
  onOpen: (item: TaskItem) => void;
}

/** The plan's items as a tree table: 牵头, 配合, 责任人, 完成时限, 工作标准, status; on a phone it scrolls sideways. */
export function TaskItemsTable({ items, onOpen }: TaskItemsTableProps) {
  const columns: TableColumnsType<ItemNode> = [
    {
      title: '任务',
      key: 'title',
      render: (_, i) => (
        <span style={{ display: 'inline-block', minWidth: 160, maxWidth: 320 }}>
          <Typography.Link onClick={() => onOpen(i)}>{i.title}</Typography.Link>
          {i.sourceItemId && (
            <Tag color="purple" style={{ marginInlineStart: 6 }}>
              指引
            </Tag>
          )}
        </span>
      ),
    },
    { title: '牵头', key: 'lead', render: (_, i) => i.leadNodeName ?? <Typography.Text type="warning">待定</Typography.Text> },
    { title: '配合', key: 'partners', render: (_, i) => (i.partners.length > 0 ? i.partners.map((p) => p.name).join('、') : EMPTY) },
    { title: '责任人', key: 'responsible', render: (_, i) => i.responsiblePersonName ?? EMPTY },
    {
      title: '完成时限',
      key: 'dueOn',
      render: (_, i) => (i.overdue ? <Typography.Text type="danger">{i.dueOn}</Typography.Text> : (i.dueOn ?? EMPTY)),
    },
    {
      title: '工作标准',
      key: 'standard',
      render: (_, i) => (
        <Typography.Paragraph style={{ maxWidth: 280, minWidth: 160, marginBottom: 0 }} ellipsis={{ rows: 2, tooltip: i.standard }}>
          {i.standard ?? EMPTY}
        </Typography.Paragraph>
      ),
    },
    { title: '状态', key: 'status', render: (_, i) => <TaskStatusTags status={i.status} overdue={i.overdue} /> },
  ];
  return (
    <Table<ItemNode>
      rowKey="id"
      columns={columns}
      dataSource={itemTree(items)}
      size="small"
      scroll={TABLE_SCROLL}
      pagination={false}
      expandable={{ defaultExpandAllRows: true }}
      onRow={(i) => ({ onDoubleClick: () => onOpen(i) })}
      locale={{ emptyText: '还没有任务' }}
    />
  );
}
