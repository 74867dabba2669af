import { App, DatePicker, Form, Input, Modal, Select, Typography } from 'antd';
import type { Dayjs } from 'dayjs';
import { LEAVE_KINDS, LEAVE_KIND_LABELS, LEAVE_MAX_DAYS, TEXT_MAX, type LeaveKind } from '@mofan/shared';
import { FormButtons } from '../../../components/form-buttons';
import { PersonPicker } from '../../../components/pickers/person-picker';
import { ApiError } from '../../../lib/api-error';
import { applyFieldErrors } from '../../../lib/form-errors';
import { todayInShanghai } from '../../../lib/today';
import { useApiErrorHandler } from '../../../lib/use-api-error';
import { useIsPhone } from '../../../lib/use-media-query';
import { useCreateLeave } from '../api/create-leave';

interface LeaveFormValues {
  personId?: string | null;
  kind: LeaveKind;
  startsOn: Dayjs;
  endsOn: Dayjs;
  reason?: string | null;
}

interface LeaveRequestFormModalProps {
  open: boolean;
  /** A clerk (people.write) may enter leave for someone else; otherwise it is the user's own. */
  forOthers: boolean;
  /** The user's own person, when linked: the default for whom. */
  ownPersonId: string | null;
  onClose: () => void;
}

/** 请假: the kind, the first and last day, and why; it then waits for the approver. */
export function LeaveRequestFormModal({ open, onClose, ...rest }: LeaveRequestFormModalProps) {
  return (
    <Modal open={open} title="请假" onCancel={onClose} footer={null} destroyOnHidden>
      <LeaveForm onClose={onClose} {...rest} />
    </Modal>
  );
}

const ISO = 'YYYY-MM-DD';

function LeaveForm({ forOthers, ownPersonId, onClose }: Omit<LeaveRequestFormModalProps, 'open'>) {
  const [form] = Form.useForm<LeaveFormValues>();
  const { message } = App.useApp();
  const isPhone = useIsPhone();
  const handleError = useApiErrorHandler();
  const mutation = useCreateLeave();
  const kind = Form.useWatch('kind', form);
  const startsOn = Form.useWatch('startsOn', form);

  const submit = (v: LeaveFormValues) => {
    const personId = v.personId ?? ownPersonId;
    mutation.mutate(
      { ...(personId && personId !== ownPersonId ? { personId } : {}), kind: v.kind, startsOn: v.startsOn.format(ISO), endsOn: v.endsOn.format(ISO), reason: v.reason?.trim() || null },
      {
        onSuccess: () => {
          void message.success('已提交，等待审批');
          onClose();
        },
        onError: (error) => {
          if (error instanceof ApiError && applyFieldErrors(form, error)) return;
          handleError(error);
        },
      },
    );
  };

  const today = todayInShanghai();
  return (
    <Form form={form} layout="vertical" size={isPhone ? 'large' : 'middle'} initialValues={{ personId: ownPersonId, kind: 'personal', startsOn: today, endsOn: today }} onFinish={submit} aria-label="请假">
      {forOthers ? (
        <Form.Item label="请假人" name="personId" rules={[{ required: true, message: '请选择请假人' }]} extra={ownPersonId ? '默认为本人；也可为本单位人员代为登记。' : '为本单位人员代为登记。'}>
          <PersonPicker />
        </Form.Item>
      ) : (
        <Form.Item name="personId" hidden>
          <Input />
        </Form.Item>
      )}
      <Form.Item label="类型" name="kind" rules={[{ required: true, message: '请选择请假类型' }]}>
        <Select options={LEAVE_KINDS.map((k) => ({ value: k, label: LEAVE_KIND_LABELS[k] }))} />
      </Form.Item>
      <Form.Item label="起始日期" name="startsOn" rules={[{ required: true, message: '请选择起始日期' }]}>
        <DatePicker style={{ width: '100%' }} format={ISO} inputReadOnly />
      </Form.Item>
      <Form.Item
        label="结束日期"
        name="endsOn"
        dependencies={['startsOn']}
        extra={`含起止两日，一次最长${LEAVE_MAX_DAYS}天`}
        rules={[
          { required: true, message: '请选择结束日期' },
          {
            validator: async (_rule, value: Dayjs | null | undefined) => {
              if (value && startsOn && value.isBefore(startsOn, 'day')) throw new Error('结束日期不能早于起始日期');
            },
          },
        ]}
      >
        <DatePicker style={{ width: '100%' }} format={ISO} inputReadOnly disabledDate={(d) => !!startsOn && d.isBefore(startsOn, 'day')} />
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
      <Typography.Paragraph type="secondary">批准后自动登记免考核期间；期间召开的会议记为请假缺席。</Typography.Paragraph>
      <Form.Item style={{ marginBottom: 0 }}>
        <FormButtons loading={mutation.isPending} onCancel={onClose} submitText="提交" />
      </Form.Item>
    </Form>
  );
}
