import { Button, Flex, Popconfirm, Table, Tag, Typography, type TableColumnsType } from 'antd';
import type { OwnRequirementView } from '@mofan/shared';
import { TABLE_SCROLL } from '../../../lib/table';
import { useKindLabels } from '../../catalogue/api/get-catalogue';
import { ruleText, targetText } from '../../catalogue/components/rule-text';

interface OwnRequirementsTableProps {
  items: OwnRequirementView[];
  loading?: boolean;
  onEdit: (item: OwnRequirementView) => void;
  onSwitchOff: (item: OwnRequirementView) => void;
  onSwitchOn: (item: OwnRequirementView) => void;
  onDelete: (item: OwnRequirementView) => void;
  /** The item whose 启用 or 删除 is being sent. */
  busyId: string | null;
}

/** 本级自定要求: the items the node added, each with its dimension, target, rule, evidence and status. */
export function OwnRequirementsTable({ items, loading, onEdit, onSwitchOff, onSwitchOn, onDelete, busyId }: OwnRequirementsTableProps) {
  const kindLabel = useKindLabels();
  const columns: TableColumnsType<OwnRequirementView> = [
    {
      title: '要求',
      key: 'title',
      render: (_, r) => (
        <>
          <div>{r.title}</div>
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {r.programmeName} · {r.dimensionName}
          </Typography.Text>
        </>
      ),
    },
    { title: '考核对象', key: 'target', render: (_, r) => targetText(r.target) },
    { title: '规则', key: 'rule', render: (_, r) => ruleText(r.rule) },
    { title: '计入的活动', key: 'evidence', render: (_, r) => r.evidence.map(kindLabel).join('、') },
    {
      title: '状态',
      key: 'enabled',
      render: (_, r) => (
        <>
          {r.enabled ? <Tag color="success">启用</Tag> : <Tag>停用</Tag>}
          {r.note && (
            <div>
              <Typography.Text type="secondary">
                {r.enabled ? '说明' : '理由'}：{r.note}
              </Typography.Text>
            </div>
          )}
        </>
      ),
    },
    {
      title: '操作',
      key: 'actions',
      render: (_, r) => (
        <Flex wrap gap={4}>
          <Button size="small" type="link" onClick={() => onEdit(r)}>
            修改
          </Button>
          {r.enabled ? (
            <Button size="small" type="link" danger onClick={() => onSwitchOff(r)}>
              停用
            </Button>
          ) : (
            <Button size="small" type="link" loading={busyId === r.id} onClick={() => onSwitchOn(r)}>
              启用
            </Button>
          )}
          <Popconfirm title="删除自定要求" description="删除后不再考核，下级对它的调整一并删除。" okText="删除" okButtonProps={{ danger: true }} cancelText="取消" onConfirm={() => onDelete(r)}>
            <Button size="small" type="link" danger loading={busyId === r.id}>
              删除
            </Button>
          </Popconfirm>
        </Flex>
      ),
    },
  ];
  return (
    <Table<OwnRequirementView>
      rowKey="id"
      columns={columns}
      dataSource={items}
      loading={loading}
      size="small"
      scroll={TABLE_SCROLL}
      pagination={{ pageSize: 50, hideOnSinglePage: true, showSizeChanger: false, showTotal: (t) => `共 ${t} 项` }}
      locale={{ emptyText: '本级没有自定要求' }}
    />
  );
}
