import { Flex, Input } from 'antd';
import { PersonPicker } from '../../../components/pickers/person-picker';
import type { LecturerValue } from './record-form-values';

interface LecturerInputProps {
  id?: string;
  value?: LecturerValue | null;
  onChange?: (value: LecturerValue) => void;
}

/** A lecturer of this unit (counts for their 讲党课 duty) or, failing that, an outside lecturer's name. */
export function LecturerInput({ id, value, onChange }: LecturerInputProps) {
  return (
    <Flex vertical gap={8}>
      <PersonPicker
        id={id}
        aria-label="本单位主讲人"
        placeholder="本单位人员：输入姓名搜索"
        value={value?.personId ?? null}
        onChange={(personId) => onChange?.({ personId, name: personId ? null : (value?.name ?? null) })}
      />
      {!value?.personId && (
        <Input
          aria-label="外请主讲人姓名"
          placeholder="外请主讲人：填写姓名"
          maxLength={50}
          value={value?.name ?? ''}
          onChange={(e) => onChange?.({ personId: null, name: e.target.value })}
        />
      )}
    </Flex>
  );
}
