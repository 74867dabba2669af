import type { ReactNode } from 'react';
import { App, Button, Flex, Result, Typography } from 'antd';
import { CopyOutlined, PrinterOutlined } from '@ant-design/icons';
import { formatLookupCode } from '@mofan/shared';
import { copyText } from '../../../lib/copy-text';
import { lookupPageUrl, printLookupSlip, type LookupSlip } from './print-lookup-slip';

interface LookupCodeResultProps {
  slip: LookupSlip;
  title: string;
  /** More buttons (查看详情, 继续登记, 关闭). */
  extra?: ReactNode;
}

/** The lookup code, shown this once: large, copyable, printable as a slip for the person. */
export function LookupCodeResult({ slip, title, extra }: LookupCodeResultProps) {
  const { message } = App.useApp();
  const formatted = formatLookupCode(slip.code);
  return (
    <Result
      status="success"
      title={title}
      subTitle="查询码只显示这一次，请打印回执或抄写后交给提出人。"
      style={{ padding: '16px 0' }}
      extra={
        <Flex vertical gap={16} align="center">
          <Typography.Text
            data-testid="lookup-code"
            style={{ fontSize: 30, letterSpacing: 4, fontFamily: 'monospace', fontWeight: 600, wordBreak: 'break-all' }}
          >
            {formatted}
          </Typography.Text>
          <Typography.Text type="secondary">查询网址：{lookupPageUrl()}</Typography.Text>
          <Flex gap={8} justify="center" wrap>
            <Button type="primary" icon={<PrinterOutlined />} onClick={() => printLookupSlip(slip)}>
              打印回执
            </Button>
            <Button
              icon={<CopyOutlined />}
              onClick={() => void copyText(formatted).then((ok) => (ok ? message.success('已复制查询码') : message.error('复制失败，请手工抄写')))}
            >
              复制查询码
            </Button>
          </Flex>
          {extra && (
            <Flex gap={8} justify="center" wrap>
              {extra}
            </Flex>
          )}
        </Flex>
      }
    />
  );
}
