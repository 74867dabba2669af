import { Alert, App, Form, Input, Modal, Select } from 'antd';
import type { ProgrammeCode } from '@mofan/shared';
import { FormButtons } from '../../../components/form-buttons';
import { useApiErrorHandler } from '../../../lib/use-api-error';
import { useCatalogue } from '../../catalogue/api/get-catalogue';
import { usePublishProgramme } from '../api/publish-programme';

interface PublishProgrammeModalProps {
  open: boolean;
  nodeId: string;
  nodeName: string;
  /** Programmes in force at the node already: they cannot be published twice. */
  published: readonly string[];
  onClose: () => void;
}

interface PublishValues {
  programmeCode: ProgrammeCode;
  note?: string;
}

/** 发布创建体系: the 工委 sends one of the programmes to every unit below its node. */
export function PublishProgrammeModal({ open, nodeId, nodeName, published, onClose }: PublishProgrammeModalProps) {
  return (
    <Modal open={open} title={`发布创建体系：${nodeName}`} onCancel={onClose} footer={null} destroyOnHidden>
      {open && <PublishForm nodeId={nodeId} published={published} onClose={onClose} />}
    </Modal>
  );
}

function PublishForm({ nodeId, published, onClose }: { nodeId: string; published: readonly string[]; onClose: () => void }) {
  const [form] = Form.useForm<PublishValues>();
  const { message } = App.useApp();
  const handleError = useApiErrorHandler();
  const catalogue = useCatalogue();
  const mutation = usePublishProgramme();

  const submit = (values: PublishValues) =>
    mutation.mutate(
      { nodeId, programmeCode: values.programmeCode, note: values.note?.trim() || null },
      {
        onSuccess: () => {
          void message.success('已发布，下级单位可以采纳');
          onClose();
        },
        onError: (error) => handleError(error, { form }),
      },
    );

  return (
    <Form<PublishValues> form={form} layout="vertical" onFinish={submit} aria-label="发布创建体系">
      <Alert type="info" showIcon style={{ marginBottom: 16 }} title="发布后，本级以下各单位可以看到并采纳；各单位采纳情况在本页汇总。" />
      <Form.Item<PublishValues> label="创建体系" name="programmeCode" rules={[{ required: true, message: '请选择创建体系' }]}>
        <Select
          loading={catalogue.isPending}
          placeholder="选择要发布的创建体系"
          options={catalogue.data?.programmes.map((p) => ({
            value: p.code,
            label: published.includes(p.code) ? `${p.name}（已发布）` : p.name,
            disabled: published.includes(p.code),
          }))}
        />
      </Form.Item>
      <Form.Item<PublishValues> label="部署要求" name="note" extra="下级单位可以看到">
        <Input.TextArea rows={4} maxLength={2000} showCount placeholder="例如：各单位结合实际制定实施方案，于3月底前采纳并报送" />
      </Form.Item>
      <Form.Item style={{ marginBottom: 0 }}>
        <FormButtons loading={mutation.isPending} onCancel={onClose} submitText="发布" />
      </Form.Item>
    </Form>
  );
}
