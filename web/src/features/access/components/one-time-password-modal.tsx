import { App, Button, Flex, Modal, Typography } from 'antd';
import { CopyOutlined } from '@ant-design/icons';
import { copyText } from '../../../lib/copy-text';

export interface OneTimePassword {
  username: string;
  password: string;
}

interface OneTimePasswordModalProps {
  value: OneTimePassword | null;
  onClose: () => void;
}

/** The server returns a one-time password once; this is the only time anyone sees it. */
export function OneTimePasswordModal({ value, onClose }: OneTimePasswordModalProps) {
  const { message } = App.useApp();
  const copy = async () => {
    if (!value) return;
    const ok = await copyText(value.password);
    if (ok) void message.success('已复制');
    else void message.warning('无法自动复制，请手动选中密码复制');
  };

  return (
    <Modal
      open={value !== null}
      title="一次性密码"
      onCancel={onClose}
      mask={{ closable: false }}
      footer={
        <Button type="primary" onClick={onClose}>
          我已记下
        </Button>
      }
    >
      {value && (
        <>
          <Typography.Paragraph>
            账号 <Typography.Text strong>{value.username}</Typography.Text> 的一次性密码如下。它只显示这一次，请复制后当面或通过安全渠道告知本人；本人首次登录时须修改密码。
          </Typography.Paragraph>
          <Flex align="center" gap={8} wrap>
            <Typography.Text code style={{ fontSize: 20 }} data-testid="one-time-password">
              {value.password}
            </Typography.Text>
            <Button icon={<CopyOutlined />} onClick={() => void copy()}>
              复制
            </Button>
          </Flex>
        </>
      )}
    </Modal>
  );
}
