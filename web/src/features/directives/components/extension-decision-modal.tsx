import { Button, Descriptions, Flex, Form, Input, Modal } from 'antd';
import type { DirectiveDetail, DirectiveExtensionView } from '@mofan/shared';
import { formatDateTime, orEmpty } from '../../../lib/format';
import { useModalOutcome } from '../../../lib/use-modal-outcome';
import { useDecideDirectiveExtension } from '../api/decide-directive-extension';

interface ExtensionDecisionModalProps {
  directive: DirectiveDetail;
  /** The pending request being decided; closed when null. */
  extension: DirectiveExtensionView | null;
  onClose: () => void;
  onVersionConflict: () => void;
}

/** 批准 or 不予延期; refusing needs a note, approving moves the limit to the date asked for. */
export function ExtensionDecisionModal({ directive, extension, onClose, onVersionConflict }: ExtensionDecisionModalProps) {
  return (
    <Modal open={extension !== null} title="审批延期申请" onCancel={onClose} footer={null} destroyOnHidden>
      {extension && <DecisionForm directive={directive} extension={extension} onClose={onClose} onVersionConflict={onVersionConflict} />}
    </Modal>
  );
}

function DecisionForm({ directive: d, extension: x, onClose, onVersionConflict }: ExtensionDecisionModalProps & { extension: DirectiveExtensionView }) {
  const [form] = Form.useForm<{ note?: string }>();
  const outcome = useModalOutcome({ form, onClose, onVersionConflict });
  const mutation = useDecideDirectiveExtension();

  const noteOf = () => (form.getFieldValue('note') as string | undefined)?.trim() || null;

  const decide = (approve: boolean) => {
    const note = noteOf();
    if (!approve && !note) {
      form.setFields([{ name: 'note', errors: ['不予延期时请写明意见'] }]);
      return;
    }
    mutation.mutate(
      { id: d.id, extensionId: x.id, approve, version: d.version, note },
      outcome(approve ? `已批准，办理时限延至 ${x.requestedDueOn}` : '已不予延期'),
    );
  };

  return (
    <Form form={form} layout="vertical" aria-label="审批延期申请">
      <Descriptions size="small" column={1} bordered style={{ marginBottom: 16 }}>
        <Descriptions.Item label="现办理时限">{d.effectiveDueOn}</Descriptions.Item>
        <Descriptions.Item label="申请延至">{x.requestedDueOn}</Descriptions.Item>
        <Descriptions.Item label="延期理由">{x.reason}</Descriptions.Item>
        <Descriptions.Item label="申请人">
          {orEmpty(x.requestedByName)} {formatDateTime(x.requestedAt)}
        </Descriptions.Item>
      </Descriptions>
      <Form.Item label="审批意见" name="note" extra="不予延期时必填">
        <Input.TextArea rows={3} maxLength={1000} showCount />
      </Form.Item>
      <Flex justify="end" gap={8}>
        <Button onClick={onClose}>取消</Button>
        <Button
          danger
          loading={mutation.isPending}
          onClick={() => decide(false)}
        >
          不予延期
        </Button>
        <Button type="primary" loading={mutation.isPending} onClick={() => decide(true)}>
          批准延期
        </Button>
      </Flex>
    </Form>
  );
}
