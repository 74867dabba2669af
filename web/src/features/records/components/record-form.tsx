import { useCallback, useEffect, useState } from 'react';
import { Alert, App, DatePicker, Form, Input, Typography } from 'antd';
import { useQueryClient } from '@tanstack/react-query';
import type { Dayjs } from 'dayjs';
import type { ActivityRecord } from '@mofan/shared';
import { FormButtons } from '../../../components/form-buttons';
import { OrgNodePicker } from '../../../components/pickers/org-node-picker';
import { PersonPicker } from '../../../components/pickers/person-picker';
import { ApiError } from '../../../lib/api-error';
import { hasPermission } from '../../../lib/permissions';
import { todayInShanghai } from '../../../lib/today';
import { useApiErrorHandler } from '../../../lib/use-api-error';
import { useIsPhone } from '../../../lib/use-media-query';
import { useCurrentUser } from '../../../app/current-user';
import type { ActivityKindInfo } from '../../catalogue/api/get-catalogue';
import { useAwayMarks } from '../../leave/use-away-marks';
import { useCreateRecord } from '../api/create-record';
import { getNodePeople } from '../api/list-node-people';
import { useUpdateRecord } from '../api/update-record';
import { AttendanceInput } from './attendance-input';
import { KindsSelect } from './kinds-select';
import { RecordFieldInput } from './record-field-input';
import { applyRecordFieldErrors } from './record-form-errors';
import { formShape, stageFields } from './record-form-shape';
import { filledFields, formValuesToBody, formValuesToUpdate, recordToFormValues, type AttendanceRow, type RecordFormValues } from './record-form-values';

export interface RecordFormPrefill {
  kinds?: string[];
  ownerNodeId?: string;
}

interface RecordFormProps {
  kinds: readonly ActivityKindInfo[];
  /** Absent: a new record. */
  record?: ActivityRecord;
  prefill?: RecordFormPrefill;
  onSaved: (record: ActivityRecord) => void;
  onCancel: () => void;
  /** Someone else saved first: reload the record. */
  onVersionConflict?: () => void;
}

/** The day a meeting is held, for marking who is on leave. */
function meetingDay(v: Partial<RecordFormValues>): string | null {
  return (v.date ?? v.dateRange?.[0])?.format('YYYY-MM-DD') ?? null;
}

/** The one record form for every kind: it asks the union of the chosen kinds' fields and nothing else. */
export function RecordForm({ kinds, record, prefill, onSaved, onCancel, onVersionConflict }: RecordFormProps) {
  const me = useCurrentUser();
  const isPhone = useIsPhone();
  const { message } = App.useApp();
  const handleError = useApiErrorHandler();
  const queryClient = useQueryClient();
  const [form] = Form.useForm<RecordFormValues>();
  const createMutation = useCreateRecord();
  const updateMutation = useUpdateRecord();
  const [loadingPeople, setLoadingPeople] = useState(false);
  const canWrite = hasPermission(me, 'records.write');
  const markAway = useAwayMarks();

  const chosenIds = Form.useWatch('kinds', form) ?? record?.kinds ?? prefill?.kinds ?? [];
  const ownerNodeId = Form.useWatch('ownerNodeId', form);
  const shape = formShape(
    kinds.filter((k) => chosenIds.includes(k.id)),
    record ? [...filledFields(record), ...stageFields(chosenIds)] : [],
  );
  const asksParticipants = shape.fields.some((f) => f.field === 'participants');

  const today = todayInShanghai();
  const isFuture = (day: Dayjs) => day.isAfter(today, 'day');

  const loadAttendance = useCallback(async (nodeId: string | null | undefined) => {
    if (!nodeId) return form.setFieldValue('participants', []);
    setLoadingPeople(true);
    try {
      const people = await queryClient.fetchQuery({ queryKey: ['records', 'node-people', nodeId], queryFn: ({ signal }) => getNodePeople(nodeId, signal), staleTime: 60_000 });
      const rows = people.map((p): AttendanceRow => ({ personId: p.id, name: p.name, present: true }));
      form.setFieldValue('participants', await markAway(rows, nodeId, meetingDay(form.getFieldsValue())));
    } catch (error) {
      handleError(error);
    } finally {
      setLoadingPeople(false);
    }
  }, [form, queryClient, handleError, markAway]);

  // A record started from a link that names its org (登记 from a branch's page) lists its people at once.
  // Later owner changes load through the picker's onChange.
  const prefillOwner = record ? undefined : prefill?.ownerNodeId;
  useEffect(() => {
    if (prefillOwner) void loadAttendance(prefillOwner);
  }, [prefillOwner, loadAttendance]);

  const initialValues: Partial<RecordFormValues> = record
    ? recordToFormValues(record)
    : { kinds: prefill?.kinds ?? [], ownerNodeId: prefill?.ownerNodeId ?? null, personId: me.personId, participants: [] };

  const sentRows = (v: RecordFormValues) => (v.participants ?? []).filter((p) => p.present || shape.asksAbsentees);

  const submit = (values: RecordFormValues) => {
    const failed = (error: unknown) => {
      if (error instanceof ApiError && error.status === 400 && applyRecordFieldErrors(form, error, shape, sentRows(values))) return;
      handleError(error, { onVersionConflict });
    };
    const saved = (r: ActivityRecord) => {
      void message.success('已保存');
      onSaved(r);
    };
    if (record) updateMutation.mutate({ id: record.id, ...formValuesToUpdate(values, shape, record) }, { onSuccess: saved, onError: failed });
    else createMutation.mutate(formValuesToBody(values, shape), { onSuccess: saved, onError: failed });
  };

  const dateLabel = shape.date.label;
  return (
    <Form
      form={form}
      layout="vertical"
      size={isPhone ? 'large' : 'middle'}
      initialValues={initialValues}
      onFinish={submit}
      onValuesChange={(changed: Partial<RecordFormValues>, all) => {
        // A new meeting day: people on leave that day are marked absent with the leave as the reason.
        if ((changed.date || changed.dateRange) && all.ownerNodeId && (all.participants ?? []).length > 0) {
          void markAway(all.participants ?? [], all.ownerNodeId, meetingDay(all)).then((rows) => form.setFieldValue('participants', rows));
        }
        // Kinds that now ask for attendance start from the owner org's people.
        if (changed.kinds && all.ownerNodeId && (all.participants ?? []).length === 0) {
          const next = formShape(kinds.filter((k) => changed.kinds?.includes(k.id)));
          if (next.fields.some((f) => f.field === 'participants')) void loadAttendance(all.ownerNodeId);
        }
      }}
      aria-label="台账记录"
      style={{ maxWidth: 760 }}
    >
      <Form.Item label="活动类型" name="kinds" rules={[{ required: true, type: 'array', min: 1, message: '请选择活动类型' }]} extra="同一次活动含多项内容（如主题党日中讲党课、看警示教育片）时一并勾选，各自计数。">
        <KindsSelect kinds={kinds} orgAllowed={canWrite} />
      </Form.Item>
      {shape.scope === 'mixed' && <Alert type="warning" showIcon style={{ marginBottom: 16 }} title="个人记录与组织台账不能同一条登记，请分开登记。" />}
      {shape.scope === 'org' && (
        <Form.Item
          label="所属组织"
          name="ownerNodeId"
          rules={[{ required: true, message: '请选择所属组织' }]}
          extra={shape.ownerKinds.length === 0 ? '所选活动类型没有共同的所属组织类型，请分开登记。' : undefined}
        >
          <OrgNodePicker
            kinds={shape.ownerKinds.length > 0 ? shape.ownerKinds : undefined}
            initialLabel={record?.ownerNodeName}
            placeholder="输入组织名称搜索"
            onChange={(nodeId) => {
              if (asksParticipants) void loadAttendance(nodeId);
            }}
          />
        </Form.Item>
      )}
      {shape.scope === 'personal' &&
        (canWrite ? (
          <Form.Item label={shape.personLabel} name="personId" rules={[{ required: true, message: `请选择${shape.personLabel}` }]} extra="默认为本人；也可代他人登记。">
            <PersonPicker />
          </Form.Item>
        ) : me.personId ? (
          <>
            <Form.Item label={shape.personLabel}>
              <Typography.Text>{me.displayName}（本人）</Typography.Text>
            </Form.Item>
            <Form.Item name="personId" hidden>
              <Input />
            </Form.Item>
          </>
        ) : (
          <Alert type="warning" showIcon style={{ marginBottom: 16 }} title="该账号未关联人员，不能登记个人记录。" />
        ))}
      {shape.scope !== null && shape.dateField === 'date' && (
        <Form.Item label={dateLabel} name="date" rules={[{ required: true, message: `请选择${dateLabel}` }]}>
          <DatePicker style={{ width: '100%' }} format="YYYY-MM-DD" disabledDate={isFuture} inputReadOnly />
        </Form.Item>
      )}
      {shape.scope !== null && shape.dateField === 'month' && (
        <Form.Item label={dateLabel} name="month" rules={[{ required: true, message: `请选择${dateLabel}` }]}>
          <DatePicker picker="month" style={{ width: '100%' }} format="YYYY-MM" disabledDate={(d) => d.isAfter(today, 'month')} inputReadOnly />
        </Form.Item>
      )}
      {shape.scope !== null && shape.dateField === 'date_range' && (
        <Form.Item
          label={dateLabel}
          name="dateRange"
          extra={shape.date.reasons.join('；') || undefined}
          rules={[{ validator: async (_r, v: RecordFormValues['dateRange']) => { if (!v?.[0] || !v[1]) throw new Error(`请选择${dateLabel}`); } }]}
          required
        >
          <DatePicker.RangePicker style={{ width: '100%' }} format="YYYY-MM-DD" disabledDate={isFuture} inputReadOnly />
        </Form.Item>
      )}
      {shape.scope !== null &&
        shape.fields.map((f) =>
          f.field === 'participants' ? (
            <Form.Item
              key={f.field}
              label={f.label}
              name="participants"
              extra={f.reasons.join('；') || undefined}
              required={f.required}
              rules={[
                {
                  validator: async (_r, rows: AttendanceRow[] | undefined) => {
                    if (f.required && !(rows ?? []).some((r) => r.present)) throw new Error(`请至少选择1名${f.label}`);
                  },
                },
              ]}
            >
              <AttendanceInput
                asksAbsentees={shape.asksAbsentees}
                loading={loadingPeople}
                onReload={shape.scope === 'org' && ownerNodeId ? () => void loadAttendance(ownerNodeId) : undefined}
              />
            </Form.Item>
          ) : (
            <RecordFieldInput key={f.field} shaped={f} isFuture={isFuture} />
          ),
        )}
      <FormButtons loading={createMutation.isPending || updateMutation.isPending} onCancel={onCancel} submitText={record ? '保存' : '登记'} />
    </Form>
  );
}
