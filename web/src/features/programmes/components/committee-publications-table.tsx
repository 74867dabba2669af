import { Button, Popconfirm, Progress, Table, Tag, Typography, type TableColumnsType } from 'antd';
import { formatDateTime, orEmpty } from '../../../lib/format';
import { TABLE_SCROLL } from '../../../lib/table';
import type { PublicationView } from '../api/list-publications';
import { AdoptionStatusTable } from './adoption-status-table';

interface CommitteePublicationsTableProps {
  /** The node viewed: its own publications may be withdrawn, those of the levels above are shown for reference. */
  nodeId: string;
  publications: PublicationView[];
  canWrite: boolean;
  onWithdraw: (publication: PublicationView) => void;
  withdrawing: string | null;
}

/** For a 工委: each programme published at or above its node, with how many units below adopted it; rows fold out per unit. */
export function CommitteePublicationsTable({ nodeId, publications, canWrite, onWithdraw, withdrawing }: CommitteePublicationsTableProps) {
  const columns: TableColumnsType<PublicationView> = [
    { title: '创建体系', dataIndex: 'programmeName', key: 'programme' },
    { title: '发布', key: 'by', render: (_, p) => `${p.nodeId === nodeId ? '本级' : p.nodeName} · ${formatDateTime(p.publishedAt).slice(0, 10)}` },
    { title: '部署要求', key: 'note', render: (_, p) => <Typography.Text style={{ maxWidth: 320 }} ellipsis={{ tooltip: p.note }}>{orEmpty(p.note)}</Typography.Text> },
    {
      title: '采纳情况',
      key: 'adoption',
      render: (_, p) => (
        <div style={{ minWidth: 160 }}>
          <Progress percent={p.units.length === 0 ? 0 : Math.round((p.adoptedCount / p.units.length) * 100)} size="small" format={() => `${p.adoptedCount}/${p.units.length}`} />
        </div>
      ),
    },
    { title: '状态', key: 'status', render: (_, p) => (p.withdrawnAt ? <Tag>已撤回</Tag> : <Tag color="processing">已发布</Tag>) },
    {
      title: '操作',
      key: 'actions',
      render: (_, p) =>
        canWrite && p.nodeId === nodeId && !p.withdrawnAt ? (
          <Popconfirm title="撤回发布" description="撤回后各单位不能再采纳；已有的采纳保留。" okText="撤回" cancelText="取消" onConfirm={() => onWithdraw(p)}>
            <Button size="small" type="link" danger loading={withdrawing === p.id}>
              撤回
            </Button>
          </Popconfirm>
        ) : null,
    },
  ];
  return (
    <Table<PublicationView>
      rowKey="id"
      columns={columns}
      dataSource={publications}
      size="small"
      scroll={TABLE_SCROLL}
      pagination={false}
      expandable={{ expandedRowRender: (p) => <AdoptionStatusTable units={p.units} />, expandRowByClick: false }}
      locale={{ emptyText: '本级及上级尚未发布创建体系' }}
    />
  );
}
