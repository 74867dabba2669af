import { Alert, App, Button, DatePicker, Flex, Form, Input, InputNumber, Modal, Typography, type FormInstance } from 'antd';
import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import dayjs, { type Dayjs } from 'dayjs';
import {
  type CalendarDayInput,
  type CalendarYearDetail,
  CALENDAR_YEAR_MAX,
  CALENDAR_YEAR_MIN,
  NAME_MAX,
  TEXT_MAX,
  addDays,
  isoWeekday,
} from '@mofan/shared';
import { FormButtons } from '../../../components/form-buttons';
import { ApiError } from '../../../lib/api-error';
import { useApiErrorHandler } from '../../../lib/use-api-error';
import { usePutCalendarYear } from '../api/put-year';
import { holidayRuns } from './calendar-dates';

interface YearScheduleModalProps {
  open: boolean;
  /** The year to enter, and its current schedule when it is replaced rather than entered anew. */
  year: number;
  existing: CalendarYearDetail | null;
  coveredYears: readonly number[];
  onClose: () => void;
  onSaved: (year: number) => void;
}

interface HolidayValue {
  name?: string;
  from?: Dayjs;
  /** The last day off; empty for a single day. */
  to?: Dayjs;
}

interface WorkdayValue {
  date?: Dayjs;
  name?: string;
}

interface ScheduleValues {
  year: number;
  note?: string;
  holidays: HolidayValue[];
  workdays: WorkdayValue[];
}

const ROW_ITEM = { marginBottom: 8 };

/** The form row a day of the request came from, so the server's `days.3.date` lands on that row. */
interface RowRef {
  list: 'holidays' | 'workdays';
  index: number;
}

type RowField = ['holidays', number, 'name' | 'from'] | ['workdays', number, 'name' | 'date'];

function fieldOf(row: RowRef, what: string): RowField {
  if (row.list === 'holidays') return ['holidays', row.index, what === 'name' ? 'name' : 'from'];
  return ['workdays', row.index, what === 'name' ? 'name' : 'date'];
}

/** 录入年度安排: each holiday from–to with its name, then the 调休 working days, as the State Council's notice lists them. */
export function YearScheduleModal(props: YearScheduleModalProps) {
  return (
    <Modal open={props.open} title={props.existing ? `重新录入 ${props.year} 年安排` : '录入年度节假日安排'} onCancel={props.onClose} footer={null} width={720} destroyOnHidden>
      {props.open && <YearScheduleForm {...props} />}
    </Modal>
  );
}

function initialValues(year: number, existing: CalendarYearDetail | null): ScheduleValues {
  if (!existing) return { year, holidays: [{}], workdays: [] };
  const { runs } = holidayRuns(existing.days);
  return {
    year,
    note: existing.note ?? undefined,
    holidays: runs.map((r) => ({ name: r.name, from: dayjs(r.from), to: r.to === r.from ? undefined : dayjs(r.to) })),
    workdays: existing.days.filter((d) => d.kind === 'workday').map((d) => ({ date: dayjs(d.date), name: d.name ?? undefined })),
  };
}

/** The request's days and, for each, the form field it came from. */
function toDays(values: ScheduleValues): { days: CalendarDayInput[]; rows: RowRef[] } {
  const days: CalendarDayInput[] = [];
  const rows: RowRef[] = [];
  values.holidays.forEach((h, i) => {
    if (!h.from) return;
    const from = h.from.format('YYYY-MM-DD');
    const to = h.to?.format('YYYY-MM-DD') ?? from;
    for (let d = from; d <= to; d = addDays(d, 1)) {
      days.push({ date: d, kind: 'holiday', name: h.name?.trim() ?? null });
      rows.push({ list: 'holidays', index: i });
    }
  });
  values.workdays.forEach((w, i) => {
    if (!w.date) return;
    days.push({ date: w.date.format('YYYY-MM-DD'), kind: 'workday', name: w.name?.trim() || null });
    rows.push({ list: 'workdays', index: i });
  });
  return { days, rows };
}

/** Puts the server's per-day messages on the rows they came from; false when one names no row. */
function showDayErrors(form: FormInstance<ScheduleValues>, error: unknown, rows: RowRef[]): boolean {
  if (!(error instanceof ApiError) || error.fieldErrors.length === 0) return false;
  const fields = error.fieldErrors.map((e) => {
    const m = /^days\.(\d+)\.(\w+)$/.exec(e.field);
    const row = m ? rows[Number(m[1])] : undefined;
    return m && row ? { name: fieldOf(row, m[2] ?? ''), errors: [e.message] } : null;
  });
  if (fields.some((f) => f === null)) return false;
  form.setFields(fields.filter((f) => f !== null));
  return true;
}

function YearScheduleForm({ year, existing, coveredYears, onClose, onSaved }: YearScheduleModalProps) {
  const [form] = Form.useForm<ScheduleValues>();
  const { message, modal } = App.useApp();
  const handleError = useApiErrorHandler();
  const mutation = usePutCalendarYear();
  const chosenYear = Form.useWatch('year', form) ?? year;
  const outsideYear = (d: Dayjs) => d.year() !== chosenYear;

  const save = (values: ScheduleValues, rows: RowRef[], days: CalendarDayInput[]) => {
    mutation.mutate(
      { year: values.year, days, note: values.note?.trim() || null },
      {
        onSuccess: () => {
          void message.success(`已保存 ${values.year} 年安排`);
          onSaved(values.year);
        },
        onError: (error) => {
          if (!showDayErrors(form, error, rows)) handleError(error);
        },
      },
    );
  };

  const submit = (values: ScheduleValues) => {
    const { days, rows } = toDays(values);
    if (coveredYears.includes(values.year) && values.year !== existing?.year) {
      modal.confirm({
        title: `${values.year} 年已有安排`,
        content: '保存后将整体替换该年现有的放假和调休安排。',
        okText: '替换',
        cancelText: '取消',
        onOk: () => save(values, rows, days),
      });
      return;
    }
    save(values, rows, days);
  };

  return (
    <Form form={form} layout="vertical" initialValues={initialValues(year, existing)} onFinish={submit}>
      <Alert
        type="info"
        showIcon
        style={{ marginBottom: 16 }}
        title="每年 11 月前后，国务院办公厅发布次年部分节假日安排的通知"
        description={
          <>
            通知发布后，请按通知录入次年每个节日的放假起止日期（含其中的周末）和调休上班日（只能是周六或周日），期限计算才能算到次年。
            <br />
            工作日历没有的年度，期限一律拒绝计算，不会按周一至周五推算。管理员录入或修改过的年度，升级程序时不会被覆盖。
          </>
        }
      />
      <Flex gap={12} wrap>
        <Form.Item name="year" label="年度" rules={[{ required: true, message: '请填写年度' }]} style={{ width: 140 }}>
          <InputNumber min={CALENDAR_YEAR_MIN} max={CALENDAR_YEAR_MAX} precision={0} style={{ width: '100%' }} disabled={existing !== null} />
        </Form.Item>
        <Form.Item name="note" label="依据（通知文号，可不填）" style={{ flex: 1, minWidth: 220 }} rules={[{ max: TEXT_MAX }]}>
          <Input placeholder="如：国办发明电〔2025〕7号" maxLength={TEXT_MAX} />
        </Form.Item>
      </Flex>

      <Typography.Title level={5}>放假</Typography.Title>
      <Typography.Paragraph type="secondary">每个节日一行，填写放假的第一天和最后一天；落在上一年的放假日（如 12 月 31 日）请在上一年度中点击该日修改。</Typography.Paragraph>
      <Form.List
        name="holidays"
        rules={[{ validator: async (_, value: HolidayValue[] | undefined) => (value && value.length > 0 ? undefined : Promise.reject(new Error('至少填写一个节日'))) }]}
      >
        {(fields, { add, remove }, { errors }) => (
          <>
            {fields.map((field) => (
              <Flex key={field.key} gap={8} wrap align="start">
                <Form.Item name={[field.name, 'name']} style={ROW_ITEM} rules={[{ required: true, whitespace: true, message: '请填写节日名称' }, { max: NAME_MAX }]}>
                  <Input placeholder="节日，如春节" style={{ width: 140 }} maxLength={NAME_MAX} aria-label="节日名称" />
                </Form.Item>
                <Form.Item name={[field.name, 'from']} style={ROW_ITEM} rules={[{ required: true, message: '请选择放假第一天' }]}>
                  <DatePicker format="YYYY-MM-DD" disabledDate={outsideYear} inputReadOnly placeholder="放假第一天" style={{ width: 150 }} />
                </Form.Item>
                <Form.Item
                  name={[field.name, 'to']}
                  style={ROW_ITEM}
                  dependencies={[['holidays', field.name, 'from']]}
                  rules={[
                    ({ getFieldValue }) => ({
                      validator: async (_, to: Dayjs | undefined) => {
                        const from: Dayjs | undefined = getFieldValue(['holidays', field.name, 'from']);
                        if (to && from && to.isBefore(from, 'day')) throw new Error('最后一天不能早于第一天');
                      },
                    }),
                  ]}
                >
                  <DatePicker format="YYYY-MM-DD" disabledDate={outsideYear} inputReadOnly placeholder="最后一天（一天则不填）" style={{ width: 190 }} />
                </Form.Item>
                <Button icon={<DeleteOutlined />} aria-label="删除该节日" onClick={() => remove(field.name)} />
              </Flex>
            ))}
            <Form.ErrorList errors={errors} />
            <Button type="dashed" icon={<PlusOutlined />} onClick={() => add({})} block style={{ marginBottom: 16 }}>
              添加节日
            </Button>
          </>
        )}
      </Form.List>

      <Typography.Title level={5}>调休上班（周六、周日上班的日子）</Typography.Title>
      <Form.List name="workdays">
        {(fields, { add, remove }) => (
          <>
            {fields.map((field) => (
              <Flex key={field.key} gap={8} wrap align="start">
                <Form.Item
                  name={[field.name, 'date']}
                  style={ROW_ITEM}
                  rules={[
                    { required: true, message: '请选择日期' },
                    { validator: async (_, d: Dayjs | undefined) => (d && isoWeekday(d.format('YYYY-MM-DD')) <= 5 ? Promise.reject(new Error('调休上班日应为周六或周日')) : undefined) },
                  ]}
                >
                  <DatePicker format="YYYY-MM-DD" disabledDate={(d) => outsideYear(d) || isoWeekday(d.format('YYYY-MM-DD')) <= 5} inputReadOnly placeholder="上班日期" />
                </Form.Item>
                <Form.Item name={[field.name, 'name']} style={ROW_ITEM} rules={[{ max: NAME_MAX }]}>
                  <Input placeholder="为哪个节日调休，如春节" style={{ width: 200 }} maxLength={NAME_MAX} aria-label="为哪个节日调休" />
                </Form.Item>
                <Button icon={<DeleteOutlined />} aria-label="删除该调休日" onClick={() => remove(field.name)} />
              </Flex>
            ))}
            <Button type="dashed" icon={<PlusOutlined />} onClick={() => add({})} block style={{ marginBottom: 16 }}>
              添加调休上班日
            </Button>
          </>
        )}
      </Form.List>
      <FormButtons loading={mutation.isPending} onCancel={onClose} />
    </Form>
  );
}
