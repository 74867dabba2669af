import { App, Button, Descriptions, Flex, Form, Input, Radio, Spin, Tag } from 'antd';
import { DIRECTIVE_WEBHOOK_KINDS, DIRECTIVE_WEBHOOK_KIND_LABELS, type DirectiveWebhookKind, type DirectiveWebhookView } from '@mofan/shared';
import { QueryErrorResult } from '../../../components/query-error-result';
import { useApiErrorHandler } from '../../../lib/use-api-error';
import { useDeleteDirectiveWebhook } from '../api/delete-directive-webhook';
import { useDirectiveWebhook } from '../api/get-directive-webhook';
import { usePutDirectiveWebhook } from '../api/put-directive-webhook';

interface WebhookValues {
  kind: DirectiveWebhookKind;
  url: string;
  secret?: string;
}

/** The stored address is never sent back: only its host and path, with the token shown as dots. */
function maskedUrl(view: DirectiveWebhookView): string {
  return view.urlHint ? `${view.urlHint}?access_token=••••••` : '••••••';
}

function Current({ view }: { view: DirectiveWebhookView }) {
  const { modal, message } = App.useApp();
  const handleError = useApiErrorHandler();
  const remove = useDeleteDirectiveWebhook();
  if (!view.configured || !view.kind) return <Tag>尚未设置，提醒仅在系统内显示</Tag>;
  const confirmRemove = () =>
    modal.confirm({
      title: '删除群机器人？',
      content: '删除后催办和红灯提醒不再推送到群，仍在系统内提醒。',
      okText: '删除',
      okButtonProps: { danger: true },
      onOk: () =>
        remove
          .mutateAsync()
          .then(() => void message.success('已删除'))
          .catch((error: unknown) => handleError(error)),
    });
  return (
    <Flex vertical gap={8} align="start">
      <Descriptions bordered size="small" column={1}>
        <Descriptions.Item label="类型">{DIRECTIVE_WEBHOOK_KIND_LABELS[view.kind]}</Descriptions.Item>
        <Descriptions.Item label="地址">
          <span data-testid="webhook-url" style={{ wordBreak: 'break-all' }}>
            {maskedUrl(view)}
          </span>
        </Descriptions.Item>
        <Descriptions.Item label="加签">{view.signed ? '已设置密钥' : '未设置'}</Descriptions.Item>
      </Descriptions>
      <Button danger onClick={confirmRemove}>
        删除群机器人
      </Button>
    </Flex>
  );
}

/**
 * The optional 钉钉 / 企业微信 group robot that hears of 催办 and red lights. The address holds the
 * robot's token, so it is typed in whole each time and shown back masked.
 */
export function WebhookSettings() {
  const query = useDirectiveWebhook();
  const put = usePutDirectiveWebhook();
  const [form] = Form.useForm<WebhookValues>();
  const { message } = App.useApp();
  const handleError = useApiErrorHandler();
  const kind = Form.useWatch('kind', form);
  if (query.isPending) return <Spin style={{ display: 'block', margin: '48px auto' }} />;
  if (query.isError) return <QueryErrorResult error={query.error} onRetry={() => void query.refetch()} />;

  const submit = (v: WebhookValues) =>
    put.mutate(
      { kind: v.kind, url: v.url.trim(), secret: v.kind === 'dingtalk' && v.secret?.trim() ? v.secret.trim() : null },
      {
        onSuccess: () => {
          void message.success('已保存');
          form.resetFields(['url', 'secret']);
        },
        onError: (error) => handleError(error, { form }),
      },
    );

  return (
    <Flex vertical gap={24}>
      <section aria-label="当前设置">
        <Current view={query.data} />
      </section>
      <Form<WebhookValues>
        form={form}
        layout="vertical"
        initialValues={{ kind: query.data.kind ?? 'dingtalk' }}
        onFinish={submit}
        aria-label="设置群机器人"
        style={{ maxWidth: 560 }}
      >
        <Form.Item<WebhookValues> label="类型" name="kind" rules={[{ required: true, message: '请选择类型' }]}>
          <Radio.Group optionType="button" options={DIRECTIVE_WEBHOOK_KINDS.map((k) => ({ value: k, label: DIRECTIVE_WEBHOOK_KIND_LABELS[k] }))} />
        </Form.Item>
        <Form.Item<WebhookValues>
          label="Webhook 地址"
          name="url"
          rules={[
            { required: true, whitespace: true, message: '请填写机器人的 Webhook 地址' },
            { pattern: /^https?:\/\//i, message: '请填写以 http:// 或 https:// 开头的机器人地址' },
          ]}
          extra={query.data.configured ? '出于安全考虑，已保存的地址不再显示；修改时请完整填写新地址' : '在群设置中添加自定义机器人后复制其 Webhook 地址'}
        >
          <Input autoComplete="off" placeholder={kind === 'wecom' ? 'https://qyapi.weixin.qq.com/cgi-bin/webhook/send?key=…' : 'https://oapi.dingtalk.com/robot/send?access_token=…'} />
        </Form.Item>
        {kind !== 'wecom' && (
          <Form.Item<WebhookValues> label="加签密钥" name="secret" extra="钉钉机器人安全设置选择“加签”时填写（SEC 开头）；选择关键词时留空">
            <Input.Password autoComplete="new-password" />
          </Form.Item>
        )}
        <Button type="primary" htmlType="submit" loading={put.isPending}>
          保存
        </Button>
      </Form>
    </Flex>
  );
}
