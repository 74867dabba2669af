import { Card, Typography } from 'antd';
import { WebhookSettings } from '../../../features/directives/components/webhook-settings';
import { PageHeader } from '../../../components/page-header';

/** 督办提醒群机器人: one 钉钉 or 企业微信 group robot for the whole system, set by a system-wide supervisor. */
export function DirectiveWebhookPage() {
  return (
    <>
      <PageHeader title="督办提醒群机器人" />
      <Card>
        <Typography.Paragraph type="secondary">
          催办和红灯（超期）提醒除在系统内显示外，可同时推送到一个钉钉或企业微信群。推送失败不影响系统内的提醒。
        </Typography.Paragraph>
        <WebhookSettings />
      </Card>
    </>
  );
}
