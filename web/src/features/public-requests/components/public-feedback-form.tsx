import { App, Button, Form, Input, Radio, Typography } from 'antd';
import { ApiError, errorMessage } from '../../../lib/api-error';
import { applyFieldErrors } from '../../../lib/form-errors';
import { useGivePublicFeedback } from '../api/give-public-feedback';

interface FeedbackValues {
  satisfied?: boolean;
  comment?: string;
}

/** The person's answer once the request is solved: satisfied, or not and why (which sends it back for a 回访). */
export function PublicFeedbackForm({ code }: { code: string }) {
  const [form] = Form.useForm<FeedbackValues>();
  const { message } = App.useApp();
  const mutation = useGivePublicFeedback(code);
  const satisfied = Form.useWatch('satisfied', form);

  const submit = (v: FeedbackValues) =>
    mutation.mutate(
      { satisfied: v.satisfied === true, comment: v.comment?.trim() || null },
      {
        onSuccess: (l) => void message.success(l.status === 'reopened' ? '已收到您的意见，我们将尽快回访' : '感谢您的评价'),
        onError: (error) => {
          if (error instanceof ApiError && applyFieldErrors(form, error)) return;
          void message.error(errorMessage(error));
        },
      },
    );

  return (
    <Form<FeedbackValues> form={form} layout="vertical" onFinish={submit} aria-label="评价办理结果">
      <Typography.Paragraph>您的诉求已办理，请评价办理结果：</Typography.Paragraph>
      <Form.Item<FeedbackValues> name="satisfied" rules={[{ required: true, message: '请选择满意或不满意' }]}>
        <Radio.Group
          optionType="button"
          buttonStyle="solid"
          options={[
            { value: true, label: '满意' },
            { value: false, label: '不满意' },
          ]}
        />
      </Form.Item>
      <Form.Item<FeedbackValues>
        label={satisfied === false ? '不满意的原因' : '意见建议（可空）'}
        name="comment"
        rules={[{ required: satisfied === false, whitespace: true, message: '请说明不满意的原因，便于回访' }]}
      >
        <Input.TextArea rows={3} maxLength={1000} showCount />
      </Form.Item>
      <Button type="primary" htmlType="submit" loading={mutation.isPending} block>
        提交评价
      </Button>
    </Form>
  );
}
