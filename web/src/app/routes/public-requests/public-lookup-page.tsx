import { useState } from 'react';
import { Alert, Button, Card, Divider, Flex, Form, Input, Result, Spin, Typography } from 'antd';
import { SearchOutlined } from '@ant-design/icons';
import { LOOKUP_CODE_LENGTH, normalizeLookupCode } from '@mofan/shared';
import { usePublicLookup } from '../../../features/public-requests/api/look-up-public-request';
import { PublicFeedbackForm } from '../../../features/public-requests/components/public-feedback-form';
import { PublicLookupProgress } from '../../../features/public-requests/components/public-lookup-progress';
import { ApiError, errorMessage } from '../../../lib/api-error';

/**
 * 群众诉求办理进度查询, for the person who raised a need: no account, no app layout. The code stays
 * in the page's state (never in the address), the server shows no staff names, contact or notes.
 */
export function PublicLookupPage() {
  const [code, setCode] = useState<string | null>(null);
  const lookup = usePublicLookup(code);

  const result = () => {
    if (!code) return null;
    if (lookup.isPending) return <Spin style={{ display: 'block', margin: '32px auto' }} />;
    if (lookup.isError) {
      const notFound = lookup.error instanceof ApiError && lookup.error.status === 404;
      return <Result status={notFound ? 'warning' : 'error'} title={notFound ? '未查到' : '查询失败'} subTitle={errorMessage(lookup.error)} />;
    }
    const l = lookup.data;
    return (
      <>
        <PublicLookupProgress lookup={l} />
        {l.feedback && (
          <Alert
            style={{ marginTop: 16 }}
            type={l.feedback.satisfied ? 'success' : 'warning'}
            showIcon
            title={`您的评价：${l.feedback.satisfied ? '满意' : '不满意'}（${l.feedback.on}）`}
            description={l.feedback.comment ?? undefined}
          />
        )}
        {l.canGiveFeedback && (
          <>
            <Divider />
            <PublicFeedbackForm code={code} />
          </>
        )}
      </>
    );
  };

  return (
    <Flex justify="center" style={{ minHeight: '100vh', padding: 16, background: '#f5f5f5' }}>
      <Card style={{ width: '100%', maxWidth: 560, alignSelf: 'flex-start' }}>
        <Typography.Title level={3} style={{ textAlign: 'center', marginTop: 0 }}>
          群众诉求办理进度查询
        </Typography.Title>
        <Typography.Paragraph type="secondary" style={{ textAlign: 'center' }}>
          请输入登记时获得的{LOOKUP_CODE_LENGTH}位查询码，无需注册登录
        </Typography.Paragraph>
        <Form
          layout="vertical"
          aria-label="查询"
          onFinish={(v: { code: string }) => {
            const typed = normalizeLookupCode(v.code);
            // The same code again asks again: the progress may have moved since.
            if (typed === code) void lookup.refetch();
            else setCode(typed);
          }}
          style={{ marginBottom: 16 }}
        >
          <Form.Item name="code" label="查询码" rules={[{ required: true, whitespace: true, message: '请输入查询码' }]}>
            <Input
              size="large"
              placeholder="例如 ABCDE-FGHJK"
              autoComplete="off"
              autoCapitalize="characters"
              spellCheck={false}
              maxLength={20}
              style={{ fontFamily: 'monospace', letterSpacing: 2 }}
            />
          </Form.Item>
          <Button type="primary" htmlType="submit" size="large" icon={<SearchOutlined />} block loading={!!code && lookup.isFetching}>
            查询
          </Button>
        </Form>
        {result()}
      </Card>
    </Flex>
  );
}
