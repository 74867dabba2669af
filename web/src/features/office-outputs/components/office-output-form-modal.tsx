import { App, DatePicker, Form, Input, Modal, Radio } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { OFFICE_OUTPUT_KINDS, OFFICE_OUTPUT_KIND_LABELS, type OfficeOutput, type OfficeOutputKind } from '@mofan/shared';
import { FormButtons } from '../../../components/form-buttons';
import { OrgNodePicker } from '../../../components/pickers/org-node-picker';
import { todayInShanghai } from '../../../lib/today';
import { useApiErrorHandler } from '../../../lib/use-api-error';
import { useCreateOfficeOutput } from '../api/create-office-output';
import { useUpdateOfficeOutput } from '../api/update-office-output';

interface OfficeOutputFormValues {
  nodeId: string | null;
  kind: OfficeOutputKind;
  occurredOn: Dayjs;
  title: string;
  refNo?: string | null;
}

interface OfficeOutputFormModalProps {
  open: boolean;
  /** Absent: a new entry. */
  output?: OfficeOutput | undefined;
  /** Where a new entry goes unless changed: the node the page shows. */
  defaultNodeId?: string | undefined;
  onClose: () => void;
  onVersionConflict: () => void;
}

/** 登记 or 修改 one document issued or meeting held: entered once, no attachment needed. */
export function OfficeOutputFormModal({ open, output, ...rest }: OfficeOutputFormModalProps) {
  return (
    <Modal open={open} title={output ? '修改发文或会议' : '登记发文或会议'} onCancel={rest.onClose} footer={null} destroyOnHidden>
      <OfficeOutputForm output={output} {...rest} />
    </Modal>
  );
}

const ISO = 'YYYY-MM-DD';

function OfficeOutputForm({ output, defaultNodeId, onClose, onVersionConflict }: Omit<OfficeOutputFormModalProps, 'open'>) {
  const [form] = Form.useForm<OfficeOutputFormValues>();
  const { message } = App.useApp();
  const handleError = useApiErrorHandler();
  const createMutation = useCreateOfficeOutput();
  const updateMutation = useUpdateOfficeOutput();
  const kind = Form.useWatch('kind', form);

  const onError = (error: Error) =>
    handleError(error, {
      form,
      onVersionConflict: () => {
        onVersionConflict();
        onClose();
      },
    });
  const onSuccess = () => {
    void message.success('已保存');
    onClose();
  };

  const submit = (v: OfficeOutputFormValues) => {
    const refNo = v.kind === 'document' && v.refNo?.trim() ? v.refNo.trim() : null;
    const body = { nodeId: v.nodeId ?? '', kind: v.kind, occurredOn: v.occurredOn.format(ISO), title: v.title.trim(), refNo };
    if (output) updateMutation.mutate({ id: output.id, ...body, version: output.version }, { onSuccess, onError });
    else createMutation.mutate(body, { onSuccess, onError });
  };

  const initialValues: Partial<OfficeOutputFormValues> = output
    ? { nodeId: output.nodeId, kind: output.kind, occurredOn: dayjs(output.occurredOn), title: output.title, refNo: output.refNo }
    : { nodeId: defaultNodeId ?? null, kind: 'document', occurredOn: todayInShanghai() };

  return (
    <Form form={form} layout="vertical" initialValues={initialValues} onFinish={submit} aria-label="发文或会议">
      <Form.Item label="单位（科室）" name="nodeId" rules={[{ required: true, message: '请选择发文或召开会议的单位' }]}>
        <OrgNodePicker initialLabel={output?.nodeName ?? null} allowClear={false} placeholder="输入单位或科室名称搜索" />
      </Form.Item>
      <Form.Item label="类型" name="kind" rules={[{ required: true, message: '请选择类型' }]}>
        <Radio.Group optionType="button" options={OFFICE_OUTPUT_KINDS.map((k) => ({ value: k, label: OFFICE_OUTPUT_KIND_LABELS[k] }))} />
      </Form.Item>
      <Form.Item label={kind === 'meeting' ? '会议日期' : '发文日期'} name="occurredOn" rules={[{ required: true, message: '请选择日期' }]}>
        <DatePicker format={ISO} inputReadOnly disabledDate={(d) => d.isAfter(todayInShanghai(), 'day')} style={{ width: '100%' }} />
      </Form.Item>
      <Form.Item
        label={kind === 'meeting' ? '会议名称' : '文件标题'}
        name="title"
        rules={[
          { required: true, whitespace: true, message: '请填写' },
          { max: 200, message: '不超过200字' },
        ]}
      >
        <Input />
      </Form.Item>
      {kind !== 'meeting' && (
        <Form.Item label="文号" name="refNo" rules={[{ max: 50, message: '不超过50字' }]} extra="如 ×财发〔2026〕3号；同一文号只登记一次">
          <Input />
        </Form.Item>
      )}
      <Form.Item style={{ marginBottom: 0 }}>
        <FormButtons loading={createMutation.isPending || updateMutation.isPending} onCancel={onClose} />
      </Form.Item>
    </Form>
  );
}
