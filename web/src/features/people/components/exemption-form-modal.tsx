import { App, DatePicker, Form, Input, Modal, Select, type FormInstance } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { EXEMPTION_KINDS, EXEMPTION_KIND_LABELS, EXEMPTION_MAX_YEARS, TEXT_MAX, type Exemption, type ExemptionKind } from '@mofan/shared';
import { FormButtons } from '../../../components/form-buttons';
import { ApiError } from '../../../lib/api-error';
import { todayInShanghai } from '../../../lib/today';
import { useApiErrorHandler } from '../../../lib/use-api-error';
import { useCreateExemption } from '../api/create-exemption';
import { useUpdateExemption } from '../api/update-exemption';

interface ExemptionFormValues {
  kind: ExemptionKind;
  period: [Dayjs, Dayjs];
  reason?: string | null;
}

interface ExemptionFormModalProps {
  personId: string;
  personName: string;
  open: boolean;
  /** Absent: a new period. */
  exemption?: Exemption | undefined;
  onClose: () => void;
  onVersionConflict: () => void;
}

/** 登记 or 修改 one 免考核期间: a kind, the first and last exempt day, and why. */
export function ExemptionFormModal({ open, exemption, personName, ...rest }: ExemptionFormModalProps) {
  return (
    <Modal open={open} title={`${exemption ? '修改' : '登记'}免考核期间：${personName}`} onCancel={rest.onClose} footer={null} destroyOnHidden>
      <ExemptionForm exemption={exemption} {...rest} />
    </Modal>
  );
}

const ISO = 'YYYY-MM-DD';

/** The server names startsOn and endsOn; on this form both are the one range picker. */
function applyExemptionFieldErrors(form: FormInstance<ExemptionFormValues>, error: ApiError): boolean {
  const known: Record<string, keyof ExemptionFormValues> = { kind: 'kind', startsOn: 'period', endsOn: 'period', reason: 'reason' };
  const fields = error.fieldErrors.map((e) => ({ name: known[e.field.split('.')[0] ?? ''], message: e.message }));
  if (fields.length === 0 || fields.some((f) => f.name === undefined)) return false;
  form.setFields(fields.map((f) => ({ name: f.name!, errors: [f.message] })));
  return true;
}

function ExemptionForm({ personId, exemption, onClose, onVersionConflict }: Omit<ExemptionFormModalProps, 'open' | 'personName'>) {
  const [form] = Form.useForm<ExemptionFormValues>();
  const { message } = App.useApp();
  const handleError = useApiErrorHandler();
  const createMutation = useCreateExemption();
  const updateMutation = useUpdateExemption();
  const kind = Form.useWatch('kind', form);

  const onError = (error: Error) => {
    if (error instanceof ApiError && applyExemptionFieldErrors(form, error)) return;
    handleError(error, {
      onVersionConflict: () => {
        onVersionConflict();
        onClose();
      },
    });
  };
  const onSuccess = () => {
    void message.success('已保存');
    onClose();
  };

  const submit = (v: ExemptionFormValues) => {
    const body = { kind: v.kind, startsOn: v.period[0].format(ISO), endsOn: v.period[1].format(ISO), reason: v.reason?.trim() ? v.reason.trim() : null };
    if (exemption) updateMutation.mutate({ personId, id: exemption.id, ...body, version: exemption.version }, { onSuccess, onError });
    else createMutation.mutate({ personId, ...body }, { onSuccess, onError });
  };

  const initialValues: Partial<ExemptionFormValues> = exemption
    ? { kind: exemption.kind, period: [dayjs(exemption.startsOn), dayjs(exemption.endsOn)], reason: exemption.reason }
    : { kind: 'leave', period: [todayInShanghai(), todayInShanghai()] };

  return (
    <Form form={form} layout="vertical" initialValues={initialValues} onFinish={submit} aria-label="免考核期间">
      <Form.Item label="类型" name="kind" rules={[{ required: true, message: '请选择类型' }]}>
        <Select options={EXEMPTION_KINDS.map((k) => ({ value: k, label: EXEMPTION_KIND_LABELS[k] }))} />
      </Form.Item>
      <Form.Item
        label="期间"
        name="period"
        extra={`含起止两日，最长${EXEMPTION_MAX_YEARS}年`}
        required
        rules={[
          {
            validator: async (_rule, value: ExemptionFormValues['period'] | null | undefined) => {
              if (!value?.[0] || !value[1]) throw new Error('请选择起止日期');
              if (!value[1].isBefore(value[0].add(EXEMPTION_MAX_YEARS, 'year'), 'day')) throw new Error(`免考核期间最长${EXEMPTION_MAX_YEARS}年`);
            },
          },
        ]}
      >
        <DatePicker.RangePicker style={{ width: '100%' }} format={ISO} inputReadOnly />
      </Form.Item>
      <Form.Item
        label="事由"
        name="reason"
        dependencies={['kind']}
        rules={[
          { required: kind === 'other', whitespace: true, message: '类型为“其他”时须填写事由' },
          { max: TEXT_MAX, message: `不超过${TEXT_MAX}字` },
        ]}
      >
        <Input.TextArea rows={2} />
      </Form.Item>
      <Form.Item style={{ marginBottom: 0 }}>
        <FormButtons loading={createMutation.isPending || updateMutation.isPending} onCancel={onClose} />
      </Form.Item>
    </Form>
  );
}
