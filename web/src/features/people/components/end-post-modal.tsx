import { DatePicker, Form, Modal, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { POST_ROLE_LABELS, type Post } from '@mofan/shared';
import { FormButtons } from '../../../components/form-buttons';
import { todayInShanghai } from '../../../lib/today';
import { useModalOutcome } from '../../../lib/use-modal-outcome';
import { useUpdatePost } from '../api/update-post';

interface EndPostModalProps {
  post: Post | null;
  onClose: () => void;
  onVersionConflict: () => void;
}

/** 离任: the post gets an end date and stays in the history. */
export function EndPostModal({ post, onClose, onVersionConflict }: EndPostModalProps) {
  return (
    <Modal open={post !== null} title="离任" onCancel={onClose} footer={null} destroyOnHidden>
      {post && <EndPostForm post={post} onClose={onClose} onVersionConflict={onVersionConflict} />}
    </Modal>
  );
}

function EndPostForm({ post, onClose, onVersionConflict }: { post: Post } & Omit<EndPostModalProps, 'post'>) {
  const [form] = Form.useForm<{ endDate: Dayjs }>();
  const outcome = useModalOutcome({ form, onClose, onVersionConflict });
  const mutation = useUpdatePost();
  const start = dayjs(post.startDate);

  const submit = ({ endDate }: { endDate: Dayjs }) =>
    mutation.mutate(
      { id: post.id, endDate: endDate.format('YYYY-MM-DD'), version: post.version },
      outcome('已离任'),
    );

  return (
    <Form form={form} layout="vertical" initialValues={{ endDate: todayInShanghai() }} onFinish={submit} aria-label="离任">
      <Typography.Paragraph>
        {`${POST_ROLE_LABELS[post.role]} · ${post.nodeName}，${post.startDate} 起任职。`}
      </Typography.Paragraph>
      <Form.Item
        label="结束日期"
        name="endDate"
        rules={[
          { required: true, message: '请选择结束日期' },
          {
            validator: async (_rule, value: Dayjs | undefined) => {
              if (value && value.isBefore(start, 'day')) throw new Error('结束日期不能早于开始日期');
            },
          },
        ]}
      >
        <DatePicker style={{ width: '100%' }} format="YYYY-MM-DD" />
      </Form.Item>
      <Form.Item style={{ marginBottom: 0 }}>
        <FormButtons loading={mutation.isPending} onCancel={onClose} submitText="确认离任" />
      </Form.Item>
    </Form>
  );
}
