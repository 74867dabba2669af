import { useState } from 'react';
import { Alert, App, Button, Flex, Form, Input, InputNumber, Modal, Table, Typography } from 'antd';
import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import type { MilestoneProposal, TaskItemDetail } from '@mofan/shared';
import { useApiErrorHandler } from '../../../lib/use-api-error';
import { useCreateMilestones } from '../api/create-milestones';
import { useProposeMilestones } from '../api/propose-milestones';

interface ScheduleBackwardsModalProps {
  item: TaskItemDetail;
  open: boolean;
  onClose: () => void;
}

interface StepsValues {
  steps: { title: string; workingDays: number }[];
}

/**
 * 时间倒排: the steps in order with the working days each needs; the last ends on the 完成时限 and
 * each earlier one where the next begins, on the official calendar (holidays and 调休 counted).
 */
export function ScheduleBackwardsModal({ item, open, onClose }: ScheduleBackwardsModalProps) {
  return (
    <Modal open={open} title={`时间倒排：${item.title}`} onCancel={onClose} footer={null} destroyOnHidden width={600}>
      {open && <ScheduleForm item={item} onClose={onClose} />}
    </Modal>
  );
}

function ScheduleForm({ item, onClose }: { item: TaskItemDetail; onClose: () => void }) {
  const [form] = Form.useForm<StepsValues>();
  const { message } = App.useApp();
  const handleError = useApiErrorHandler();
  const propose = useProposeMilestones();
  const save = useCreateMilestones();
  const [proposal, setProposal] = useState<MilestoneProposal | null>(null);

  const compute = (values: StepsValues) =>
    propose.mutate({ itemId: item.id, steps: values.steps }, { onSuccess: setProposal, onError: (error) => handleError(error, { form }) });

  const keep = () => {
    if (!proposal) return;
    save.mutate(
      { itemId: item.id, milestones: proposal.milestones },
      {
        onSuccess: () => {
          void message.success('节点已设定');
          onClose();
        },
        onError: (error) => handleError(error),
      },
    );
  };

  return (
    <>
      <Typography.Paragraph type="secondary">
        完成时限 {item.dueOn}。按先后顺序填写步骤及所需工作日，系统按国务院公布的节假日和调休安排倒推每一步的截止日期。
      </Typography.Paragraph>
      <Form<StepsValues>
        form={form}
        layout="vertical"
        onFinish={compute}
        onValuesChange={() => setProposal(null)}
        initialValues={{ steps: [{ title: '制定方案', workingDays: 5 }, { title: '组织实施', workingDays: 15 }, { title: '总结验收', workingDays: 3 }] }}
        aria-label="倒排步骤"
      >
        <Form.List name="steps">
          {(fields, { add, remove }) => (
            <>
              {fields.map((field, index) => (
                <Flex key={field.key} gap={8} align="start" wrap>
                  <Form.Item name={[field.name, 'title']} rules={[{ required: true, whitespace: true, message: '请填写步骤' }]} style={{ flex: '1 1 200px' }}>
                    <Input aria-label={`第${index + 1}步`} placeholder={`第${index + 1}步`} maxLength={200} />
                  </Form.Item>
                  <Form.Item name={[field.name, 'workingDays']} rules={[{ required: true, message: '请填写工作日' }]}>
                    <InputNumber<number> aria-label={`第${index + 1}步所需工作日`} min={0} max={750} precision={0} suffix="工作日" style={{ width: 140 }} />
                  </Form.Item>
                  <Button aria-label="删除步骤" icon={<DeleteOutlined />} disabled={fields.length === 1} onClick={() => remove(field.name)} />
                </Flex>
              ))}
              <Button icon={<PlusOutlined />} onClick={() => add({ title: '', workingDays: 5 })} disabled={fields.length >= 20} style={{ marginBottom: 16 }}>
                添加步骤
              </Button>
            </>
          )}
        </Form.List>
        <Button type="primary" htmlType="submit" loading={propose.isPending} block>
          倒排计算
        </Button>
      </Form>
      {proposal && (
        <div style={{ marginTop: 16 }}>
          {proposal.startsBeforeToday && <Alert type="warning" showIcon style={{ marginBottom: 12 }} title={`按倒排应于 ${proposal.startOn} 开始，已经过去：时间不够，请压缩步骤或调整完成时限`} />}
          <Table
            rowKey="key"
            size="small"
            pagination={false}
            dataSource={[{ title: '开始', dueOn: proposal.startOn }, ...proposal.milestones].map((row, i) => ({ ...row, key: i }))}
            columns={[
              { title: '步骤', dataIndex: 'title', key: 'title' },
              { title: '截止日期', dataIndex: 'dueOn', key: 'dueOn' },
            ]}
          />
          <Flex justify="end" gap={8} style={{ marginTop: 12 }}>
            <Button onClick={onClose}>取消</Button>
            <Button type="primary" loading={save.isPending} onClick={keep}>
              设为节点
            </Button>
          </Flex>
        </div>
      )}
    </>
  );
}
