import { App, Form, Input, Modal, Radio, Typography } from 'antd';
import { type CalendarDay, NAME_MAX } from '@mofan/shared';
import { FormButtons } from '../../../components/form-buttons';
import { useApiErrorHandler } from '../../../lib/use-api-error';
import { useDeleteCalendarDay } from '../api/delete-day';
import { usePutCalendarDay } from '../api/put-day';
import { chineseDate, isWeekend } from './calendar-dates';

interface DayEditModalProps {
  /** The day being edited, with its current exception if it has one; null when closed. */
  target: { date: string; current: CalendarDay | undefined } | null;
  onClose: () => void;
}

type DayChoice = 'normal' | 'holiday' | 'workday';

interface DayValues {
  kind: DayChoice;
  name?: string;
}

/** One day of a covered year: ordinary, 休 (a holiday, with its name) or 班 (a 调休 working day on a weekend). */
export function DayEditModal({ target, onClose }: DayEditModalProps) {
  return (
    <Modal open={target !== null} title={target ? `修改 ${chineseDate(target.date)}` : ''} onCancel={onClose} footer={null} destroyOnHidden>
      {target && <DayEditForm date={target.date} current={target.current} onClose={onClose} />}
    </Modal>
  );
}

function DayEditForm({ date, current, onClose }: { date: string; current: CalendarDay | undefined; onClose: () => void }) {
  const [form] = Form.useForm<DayValues>();
  const { message } = App.useApp();
  const handleError = useApiErrorHandler();
  const put = usePutCalendarDay();
  const clear = useDeleteCalendarDay();
  const weekend = isWeekend(date);
  const kind = Form.useWatch('kind', form);

  const submit = (values: DayValues) => {
    const done = (text: string) => {
      void message.success(text);
      onClose();
    };
    if (values.kind === 'normal') {
      if (!current) return onClose();
      clear.mutate(date, { onSuccess: () => done('已恢复为普通日子'), onError: (e) => handleError(e, { form }) });
      return;
    }
    put.mutate({ date, kind: values.kind, name: values.name?.trim() || null }, { onSuccess: () => done('已保存'), onError: (e) => handleError(e, { form }) });
  };

  return (
    <Form form={form} layout="vertical" initialValues={{ kind: current?.kind ?? 'normal', name: current?.name ?? '' }} onFinish={submit}>
      <Form.Item name="kind" label="这一天" rules={[{ required: true }]}>
        <Radio.Group
          optionType="button"
          options={[
            { value: 'normal', label: weekend ? '普通（休息）' : '普通（上班）' },
            { value: 'holiday', label: '休（放假）' },
            { value: 'workday', label: '班（调休上班）', disabled: !weekend },
          ]}
        />
      </Form.Item>
      {!weekend && (
        <Typography.Paragraph type="secondary" style={{ marginTop: -12 }}>
          周一至周五本来就上班，只有周六、周日可以设为调休上班日。
        </Typography.Paragraph>
      )}
      {kind !== 'normal' && (
        <Form.Item
          name="name"
          label={kind === 'holiday' ? '节日名称' : '为哪个节日调休（可不填）'}
          rules={[{ required: kind === 'holiday', whitespace: true, message: '请填写节日名称，如“春节”' }, { max: NAME_MAX }]}
        >
          <Input placeholder="如：春节" maxLength={NAME_MAX} />
        </Form.Item>
      )}
      <FormButtons loading={put.isPending || clear.isPending} onCancel={onClose} />
    </Form>
  );
}
