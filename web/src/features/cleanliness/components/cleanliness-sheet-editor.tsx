import { useState } from 'react';
import { App, Button, Empty, Flex, Spin, Table, Tag, Typography, type TableColumnsType } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { useQueryClient } from '@tanstack/react-query';
import { CLEANLINESS_CRITERION_LABELS, type CleanlinessItem } from '@mofan/shared';
import { QueryErrorResult } from '../../../components/query-error-result';
import { TABLE_SCROLL } from '../../../lib/table';
import { useApiErrorHandler } from '../../../lib/use-api-error';
import { useApplyStandardCleanlinessItems } from '../api/apply-standard-cleanliness-items';
import { useCleanlinessSheet } from '../api/get-cleanliness-sheet';
import { cleanlinessKeys } from '../api/query-keys';
import { useUpdateCleanlinessItem } from '../api/update-cleanliness-item';
import { CleanlinessItemFormModal } from './cleanliness-item-form-modal';

interface CleanlinessSheetEditorProps {
  nodeId: string;
  /** The reader holds inspections.write somewhere; the server checks it over this node. */
  mayWrite: boolean;
}

type Editing = { mode: 'closed' } | { mode: 'new' } | { mode: 'edit'; item: CleanlinessItem };

/**
 * The scoring sheet at a node: the items its 工委 set (read-only here) and its own, which it may add,
 * change or switch off. A node without items of its own may start from the standard sheet.
 */
export function CleanlinessSheetEditor({ nodeId, mayWrite }: CleanlinessSheetEditorProps) {
  const sheet = useCleanlinessSheet(nodeId, true);
  const [editing, setEditing] = useState<Editing>({ mode: 'closed' });
  const { message } = App.useApp();
  const handleError = useApiErrorHandler();
  const queryClient = useQueryClient();
  const standard = useApplyStandardCleanlinessItems();
  const update = useUpdateCleanlinessItem();

  if (sheet.isError) return <QueryErrorResult error={sheet.error} onRetry={() => void sheet.refetch()} />;
  if (!sheet.data) return <Spin style={{ display: 'block', margin: '48px auto' }} />;
  const s = sheet.data;
  const hasOwn = s.items.some((i) => !i.inherited);

  const toggle = (item: CleanlinessItem) =>
    update.mutate(
      { id: item.id, active: !item.active, version: item.version },
      { onSuccess: () => void message.success(item.active ? '已停用' : '已启用'), onError: (error) => handleError(error, { onVersionConflict: () => void sheet.refetch() }) },
    );

  const columns: TableColumnsType<CleanlinessItem> = [
    { title: '检查标准', key: 'criterion', render: (_, i) => CLEANLINESS_CRITERION_LABELS[i.criterion] },
    { title: '检查内容', key: 'title', render: (_, i) => (i.active ? i.title : <Typography.Text delete>{i.title}</Typography.Text>) },
    { title: '分值', key: 'maxScore', align: 'right', render: (_, i) => i.maxScore },
    { title: '设定', key: 'node', render: (_, i) => (i.inherited ? <Tag>{i.nodeName}</Tag> : <Tag color="blue">本级</Tag>) },
    {
      title: '操作',
      key: 'actions',
      render: (_, i) =>
        !i.inherited &&
        mayWrite && (
          <Flex gap={8}>
            <Button size="small" type="link" onClick={() => setEditing({ mode: 'edit', item: i })}>
              修改
            </Button>
            <Button size="small" type="link" onClick={() => toggle(i)}>
              {i.active ? '停用' : '启用'}
            </Button>
          </Flex>
        ),
    },
  ];

  return (
    <>
      <Flex justify="space-between" align="center" wrap gap={8} style={{ marginBottom: 12 }}>
        <Typography.Text>
          {s.nodeName}的检查表：启用项目满分合计 <Typography.Text strong>{s.maxTotal}</Typography.Text> 分。上级工委设定的项目适用于所辖各单位，本级可增设、调整自己的项目。
        </Typography.Text>
        {mayWrite && (
          <Flex gap={8} wrap>
            {!hasOwn && (
              <Button
                loading={standard.isPending}
                onClick={() => standard.mutate(nodeId, { onSuccess: () => void message.success('已套用标准检查表'), onError: (error) => handleError(error) })}
              >
                套用标准检查表
              </Button>
            )}
            <Button type="primary" icon={<PlusOutlined />} onClick={() => setEditing({ mode: 'new' })}>
              增设项目
            </Button>
          </Flex>
        )}
      </Flex>
      {s.items.length === 0 ? (
        <Empty description="还没有检查项目：可套用标准检查表（环境整洁、卫生清洁、物品整齐、空气清新，共100分）后再调整" />
      ) : (
        <Table<CleanlinessItem> rowKey="id" size="small" pagination={false} scroll={TABLE_SCROLL} dataSource={s.items} columns={columns} />
      )}
      <CleanlinessItemFormModal
        open={editing.mode !== 'closed'}
        nodeId={nodeId}
        nodeName={s.nodeName}
        item={editing.mode === 'edit' ? editing.item : undefined}
        onClose={() => setEditing({ mode: 'closed' })}
        onVersionConflict={() => void queryClient.invalidateQueries({ queryKey: cleanlinessKeys.sheets })}
      />
    </>
  );
}
