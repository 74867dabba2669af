import { DatePicker, Form, Input } from 'antd';
import { RECORD_FIELD_DEFINITIONS } from '@mofan/shared';
import type { Dayjs } from 'dayjs';
import { PersonPicker } from '../../../components/pickers/person-picker';
import { detailKeyOf, type ShapedField } from './record-form-shape';
import { LecturerInput } from './lecturer-input';
import type { LecturerValue } from './record-form-values';

interface RecordFieldInputProps {
  shaped: ShapedField;
  isFuture: (day: Dayjs) => boolean;
}

function help(shaped: ShapedField): string | undefined {
  return shaped.reasons.length > 0 ? shaped.reasons.join('；') : undefined;
}

/** One asked field other than owner, person, date and attendance, drawn by its input type. */
export function RecordFieldInput({ shaped, isFuture }: RecordFieldInputProps) {
  const { field, label, required } = shaped;
  const requiredRule = { required, message: `请填写${label}` };

  switch (field) {
    case 'topic':
      return (
        <Form.Item label={label} name="topic" extra={help(shaped)} rules={[{ ...requiredRule, whitespace: true }, { max: 200, message: '不超过200字' }]}>
          <Input />
        </Form.Item>
      );
    case 'host':
      return (
        <Form.Item label={label} name="hostPersonId" extra={help(shaped)} rules={[{ required, message: `请选择${label}` }]}>
          <PersonPicker />
        </Form.Item>
      );
    case 'lecturer':
      return (
        <Form.Item
          label={label}
          name="lecturer"
          extra={help(shaped)}
          required={required}
          rules={[
            {
              validator: async (_rule, value: LecturerValue | null | undefined) => {
                if (required && !value?.personId && !value?.name?.trim()) throw new Error(`请选择或填写${label}`);
              },
            },
          ]}
        >
          <LecturerInput />
        </Form.Item>
      );
    case 'notes':
      return (
        <Form.Item label={label} name="notes" extra={help(shaped)} rules={[{ max: 2000, message: '不超过2000字' }]}>
          <Input.TextArea autoSize={{ minRows: 2, maxRows: 8 }} />
        </Form.Item>
      );
    default:
      break;
  }

  const key = detailKeyOf(field);
  if (!key) return null;
  const input = RECORD_FIELD_DEFINITIONS[field].input;
  if (input === 'date') {
    return (
      <Form.Item label={label} name={['details', key]} extra={help(shaped)} rules={[{ required, message: `请选择${label}` }]}>
        <DatePicker style={{ width: '100%' }} format="YYYY-MM-DD" disabledDate={isFuture} inputReadOnly />
      </Form.Item>
    );
  }
  return (
    <Form.Item
      label={label}
      name={['details', key]}
      extra={help(shaped)}
      rules={[{ ...requiredRule, whitespace: true }, { max: 500, message: '不超过500字' }]}
    >
      {input === 'long_text' ? <Input.TextArea autoSize={{ minRows: 2, maxRows: 8 }} /> : <Input />}
    </Form.Item>
  );
}
