import { Button, Table, Tag, Typography, type TableColumnsType } from 'antd';
import { formatDateTime, orEmpty } from '../../../lib/format';
import { TABLE_SCROLL } from '../../../lib/table';
import type { PublicationView } from '../api/list-publications';

interface UnitProgrammesTableProps {
  publications: PublicationView[];
  canWrite: boolean;
  onAdopt: (publication: PublicationView) => void;
}

/** For a unit: the programmes published to it and whether it adopted each. */
export function UnitProgrammesTable({ publications, canWrite, onAdopt }: UnitProgrammesTableProps) {
  const columns: TableColumnsType<PublicationView> = [
    { title: '创建体系', dataIndex: 'programmeName', key: 'programme' },
    { title: '发布', key: 'by', render: (_, p) => `${p.nodeName} · ${formatDateTime(p.publishedAt).slice(0, 10)}` },
    { title: '部署要求', key: 'note', render: (_, p) => <Typography.Text style={{ maxWidth: 360 }} ellipsis={{ tooltip: p.note }}>{orEmpty(p.note)}</Typography.Text> },
    {
      title: '本单位',
      key: 'status',
      render: (_, p) => {
        const own = p.units[0];
        if (own?.adoptedAt) {
          return (
            <>
              <Tag color="success">已采纳</Tag>
              <Typography.Text type="secondary">{formatDateTime(own.adoptedAt).slice(0, 10)}</Typography.Text>
            </>
          );
        }
        return p.withdrawnAt ? <Tag>已撤回</Tag> : <Tag color="warning">未采纳</Tag>;
      },
    },
    {
      title: '操作',
      key: 'actions',
      render: (_, p) =>
        canWrite && !p.withdrawnAt && !p.units[0]?.adoptedAt ? (
          <Button size="small" type="primary" onClick={() => onAdopt(p)}>
            采纳
          </Button>
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
      locale={{ emptyText: '上级尚未向本单位发布创建体系' }}
    />
  );
}
