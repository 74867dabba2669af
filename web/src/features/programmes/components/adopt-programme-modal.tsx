import { App, Form, Input, Modal, Typography } from 'antd';
import { FormButtons } from '../../../components/form-buttons';
import { useApiErrorHandler } from '../../../lib/use-api-error';
import { useAdoptProgramme } from '../api/adopt-programme';
import type { PublicationView } from '../api/list-publications';

interface AdoptProgrammeModalProps {
  publication: PublicationView | null;
  unitId: string;
  onClose: () => void;
}

interface AdoptValues {
  note?: string;
}

/** 采纳: the unit takes up a programme published to it; how it localises it is done on 结合实际调整. */
export function AdoptProgrammeModal({ publication, unitId, onClose }: AdoptProgrammeModalProps) {
  return (
    <Modal open={publication !== null} title={publication ? `采纳：${publication.programmeName}` : ''} onCancel={onClose} footer={null} destroyOnHidden>
      {publication && <AdoptForm publication={publication} unitId={unitId} onClose={onClose} />}
    </Modal>
  );
}

function AdoptForm({ publication, unitId, onClose }: { publication: PublicationView; unitId: string; onClose: () => void }) {
  const [form] = Form.useForm<AdoptValues>();
  const { message } = App.useApp();
  const handleError = useApiErrorHandler();
  const mutation = useAdoptProgramme();

  const submit = (values: AdoptValues) =>
    mutation.mutate(
      { publicationId: publication.id, unitId, note: values.note?.trim() || null },
      {
        onSuccess: () => {
          void message.success('已采纳');
          onClose();
        },
        onError: (error) => handleError(error, { form }),
      },
    );

  return (
    <Form<AdoptValues> form={form} layout="vertical" onFinish={submit} aria-label="采纳创建体系">
      <Typography.Paragraph>
        {publication.nodeName}发布。采纳后，可在“结合实际调整”中提高或停用要求、增设本单位的自定要求，上级可以看到调整内容。
      </Typography.Paragraph>
      {publication.note && <Typography.Paragraph type="secondary">部署要求：{publication.note}</Typography.Paragraph>}
      <Form.Item<AdoptValues> label="落实说明" name="note" extra="选填，上级可以看到">
        <Input.TextArea rows={3} maxLength={2000} showCount placeholder="例如：已制定本单位实施方案" />
      </Form.Item>
      <Form.Item style={{ marginBottom: 0 }}>
        <FormButtons loading={mutation.isPending} onCancel={onClose} submitText="采纳" />
      </Form.Item>
    </Form>
  );
}
