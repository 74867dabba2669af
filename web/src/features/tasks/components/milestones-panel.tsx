import { useState } from 'react';
import { App, Button, Checkbox, DatePicker, Empty, Flex, Form, Input, List, Popconfirm, Typography } from 'antd';
import { DeleteOutlined, FieldTimeOutlined, PlusOutlined } from '@ant-design/icons';
import type { Dayjs } from 'dayjs';
import type { TaskItemDetail } from '@mofan/shared';
import { useApiErrorHandler } from '../../../lib/use-api-error';
import { useCreateMilestones } from '../api/create-milestones';
import { useDeleteMilestone } from '../api/delete-milestone';
import { useUpdateMilestone } from '../api/update-milestone';
import { ScheduleBackwardsModal } from './schedule-backwards-modal';

interface MilestonesPanelProps {
  item: TaskItemDetail;
  /** The reader may plan the item (lead, 责任人 or whoever keeps the plan) and it is still open to change. */
  editable: boolean;
}

/** The item's milestones: done or not, late or not; 时间倒排 proposes them from the deadline. */
export function MilestonesPanel({ item, editable }: MilestonesPanelProps) {
  const { message } = App.useApp();
  const handleError = useApiErrorHandler();
  const update = useUpdateMilestone();
  const remove = useDeleteMilestone();
  const [scheduling, setScheduling] = useState(false);
  const [adding, setAdding] = useState(false);

  return (
    <>
      {item.milestones.length === 0 ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description="还没有节点" />
      ) : (
        <List
          size="small"
          dataSource={item.milestones}
          renderItem={(m) => (
            <List.Item
              actions={
                editable
                  ? [
                      <Popconfirm key="delete" title="删除这个节点？" okText="删除" cancelText="取消" onConfirm={() => remove.mutate(m.id, { onError: (error) => handleError(error) })}>
                        <Button size="small" type="text" aria-label={`删除节点 ${m.title}`} icon={<DeleteOutlined />} />
                      </Popconfirm>,
                    ]
                  : []
              }
            >
              <Checkbox
                checked={m.doneOn !== null}
                disabled={!editable || update.isPending}
                onChange={(e) => update.mutate({ id: m.id, done: e.target.checked }, { onSuccess: () => void message.success(e.target.checked ? '节点已完成' : '已取消完成'), onError: (error) => handleError(error) })}
              >
                <span>{m.title}</span>
                <Typography.Text type={m.overdue ? 'danger' : 'secondary'} style={{ marginInlineStart: 8 }}>
                  {m.dueOn}
                  {m.doneOn ? `（${m.doneOn} 完成）` : m.overdue ? '（逾期）' : ''}
                </Typography.Text>
              </Checkbox>
            </List.Item>
          )}
        />
      )}
      {editable && (
        <Flex gap={8} wrap style={{ marginTop: 8 }}>
          <Button icon={<FieldTimeOutlined />} disabled={!item.dueOn} onClick={() => setScheduling(true)}>
            时间倒排
          </Button>
          <Button icon={<PlusOutlined />} onClick={() => setAdding((v) => !v)}>
            添加节点
          </Button>
        </Flex>
      )}
      {adding && <AddMilestoneForm item={item} onDone={() => setAdding(false)} />}
      <ScheduleBackwardsModal item={item} open={scheduling} onClose={() => setScheduling(false)} />
    </>
  );
}

function AddMilestoneForm({ item, onDone }: { item: TaskItemDetail; onDone: () => void }) {
  const [form] = Form.useForm<{ title: string; dueOn: Dayjs }>();
  const handleError = useApiErrorHandler();
  const create = useCreateMilestones();
  return (
    <Form
      form={form}
      layout="inline"
      style={{ marginTop: 12, rowGap: 8 }}
      aria-label="添加节点"
      onFinish={(values) =>
        create.mutate({ itemId: item.id, milestones: [{ title: values.title, dueOn: values.dueOn.format('YYYY-MM-DD') }] }, { onSuccess: onDone, onError: (error) => handleError(error) })
      }
    >
      <Form.Item name="title" rules={[{ required: true, whitespace: true, message: '请填写节点' }]}>
        <Input placeholder="节点名称" maxLength={200} aria-label="节点名称" />
      </Form.Item>
      <Form.Item name="dueOn" rules={[{ required: true, message: '请选择日期' }]}>
        <DatePicker format="YYYY-MM-DD" inputReadOnly aria-label="节点日期" />
      </Form.Item>
      <Form.Item>
        <Button type="primary" htmlType="submit" loading={create.isPending}>
          添加
        </Button>
      </Form.Item>
    </Form>
  );
}
