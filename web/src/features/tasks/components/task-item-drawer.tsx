import { useState } from 'react';
import { App, Button, Descriptions, Divider, Drawer, Flex, Spin, Typography } from 'antd';
import type { TaskPlanDetail } from '@mofan/shared';
import { QueryErrorResult } from '../../../components/query-error-result';
import { EMPTY, formatDateTime } from '../../../lib/format';
import { useIsPhone } from '../../../lib/use-media-query';
import { useApiErrorHandler } from '../../../lib/use-api-error';
import { useDeleteTaskItem } from '../api/delete-task-item';
import { useTaskItem } from '../api/get-task-item';
import { MilestonesPanel } from './milestones-panel';
import { TaskHistory } from './task-history';
import { TaskItemFormModal } from './task-item-form-modal';
import { TaskStatusTags } from './task-labels';
import { type TaskStep, TaskStepModal } from './task-step-modal';

interface TaskItemDrawerProps {
  plan: TaskPlanDetail;
  itemId: string | null;
  onClose: () => void;
  onAddChild: (parentItemId: string) => void;
}

/** One item: what it asks, its milestones, every step taken, and the steps the reader may take next. */
export function TaskItemDrawer({ plan, itemId, onClose, onAddChild }: TaskItemDrawerProps) {
  const isPhone = useIsPhone();
  const { modal, message } = App.useApp();
  const handleError = useApiErrorHandler();
  const detail = useTaskItem(itemId);
  const remove = useDeleteTaskItem();
  const [step, setStep] = useState<TaskStep | null>(null);
  const [editing, setEditing] = useState(false);
  const item = detail.data;

  const confirmDelete = () => {
    if (!item) return;
    modal.confirm({
      title: `删除任务“${item.title}”？`,
      content: '只有尚无进展的任务可以删除；已有进展的任务请“取消”并说明理由。',
      okText: '删除',
      okButtonProps: { danger: true },
      onOk: () =>
        remove
          .mutateAsync(item.id)
          .then(() => {
            void message.success('已删除');
            onClose();
          })
          .catch((error: unknown) => handleError(error)),
    });
  };

  const open = item && item.status === 'open';
  const live = item && (item.status === 'open' || item.status === 'completed');
  return (
    <Drawer open={!!itemId} onClose={onClose} title={item?.title ?? '任务'} size={isPhone ? '100%' : 640}>
      {detail.isPending && itemId && <Spin style={{ display: 'block', margin: '48px auto' }} />}
      {detail.isError && <QueryErrorResult error={detail.error} onRetry={() => void detail.refetch()} />}
      {item && (
        <>
          <Flex gap={8} wrap style={{ marginBottom: 16 }}>
            {open && item.mayHandle && (
              <>
                <Button onClick={() => setStep('progress')}>报告进展</Button>
                <Button type="primary" onClick={() => setStep('complete')}>
                  报告完成
                </Button>
              </>
            )}
            {item.mayVerify && (
              <>
                <Button type="primary" onClick={() => setStep('verify')}>
                  核验通过
                </Button>
                <Button danger onClick={() => setStep('reject')}>
                  退回
                </Button>
              </>
            )}
            {item.mayEdit && live && <Button onClick={() => setEditing(true)}>修改</Button>}
            {item.mayEdit && live && <Button onClick={() => onAddChild(item.id)}>添加下级任务</Button>}
            {item.mayEdit && live && (
              <Button danger onClick={() => setStep('drop')}>
                {item.sourceItemId ? '不采纳' : '取消任务'}
              </Button>
            )}
            {item.mayEdit && open && !item.sourceItemId && (
              <Button danger type="text" onClick={confirmDelete}>
                删除
              </Button>
            )}
          </Flex>
          {item.status === 'completed' && item.mayEdit && !item.mayVerify && (
            <Typography.Paragraph type="secondary">完成情况由您报告，须由其他维护本清单的人员核验。</Typography.Paragraph>
          )}
          <Descriptions column={1} size="small" bordered>
            <Descriptions.Item label="状态">
              <TaskStatusTags status={item.status} overdue={item.overdue} />
            </Descriptions.Item>
            <Descriptions.Item label="牵头">{item.leadNodeName ?? <Typography.Text type="warning">待定</Typography.Text>}</Descriptions.Item>
            <Descriptions.Item label="配合">{item.partners.length > 0 ? item.partners.map((p) => p.name).join('、') : EMPTY}</Descriptions.Item>
            <Descriptions.Item label="责任人">{item.responsiblePersonName ?? EMPTY}</Descriptions.Item>
            <Descriptions.Item label="完成时限">{item.overdue ? <Typography.Text type="danger">{item.dueOn}（已逾期）</Typography.Text> : (item.dueOn ?? EMPTY)}</Descriptions.Item>
            <Descriptions.Item label="工作标准">
              <span style={{ whiteSpace: 'pre-wrap' }}>{item.standard ?? EMPTY}</span>
            </Descriptions.Item>
            {item.completionNote && (
              <Descriptions.Item label="完成情况">
                <span style={{ whiteSpace: 'pre-wrap' }}>{item.completionNote}</span>
                <Typography.Text type="secondary">（{item.completedOn} 报告）</Typography.Text>
              </Descriptions.Item>
            )}
            {item.verifiedAt && (
              <Descriptions.Item label="核验">
                {item.verifiedByName ?? EMPTY} · {formatDateTime(item.verifiedAt)}
              </Descriptions.Item>
            )}
            <Descriptions.Item label="所属清单">
              {item.plan.nodeName}《{item.plan.title}》
            </Descriptions.Item>
          </Descriptions>
          <Divider titlePlacement="start">节点（时间倒排）</Divider>
          <MilestonesPanel item={item} editable={item.mayHandle && !!live} />
          <Divider titlePlacement="start">全过程记录</Divider>
          <TaskHistory events={item.events} />
          <TaskStepModal item={item} step={step} onClose={() => setStep(null)} />
          <TaskItemFormModal open={editing} plan={plan} item={item} onClose={() => setEditing(false)} />
        </>
      )}
    </Drawer>
  );
}
