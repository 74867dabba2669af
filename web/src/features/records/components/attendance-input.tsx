import { Button, Checkbox, Flex, Input, Typography } from 'antd';
import { PersonPicker } from '../../../components/pickers/person-picker';
import type { AttendanceRow } from './record-form-values';

interface AttendanceInputProps {
  id?: string;
  value?: AttendanceRow[];
  onChange?: (rows: AttendanceRow[]) => void;
  /** Unchecked people are recorded as absent with a reason; otherwise they are simply not listed. */
  asksAbsentees: boolean;
  loading?: boolean;
  onReload?: () => void;
}

/**
 * Bulk attendance in one step: everyone of the owner org is listed and checked; unchecking marks
 * someone absent, with an optional reason. Rows are tall enough to tap on a phone.
 */
export function AttendanceInput({ id, value = [], onChange, asksAbsentees, loading, onReload }: AttendanceInputProps) {
  const update = (index: number, change: Partial<AttendanceRow>) =>
    onChange?.(value.map((row, i) => (i === index ? { ...row, ...change } : row)));
  const present = value.filter((r) => r.present).length;
  const setAll = (on: boolean) => onChange?.(value.map((r) => ({ ...r, present: on })));

  return (
    <div id={id}>
      <Flex justify="space-between" align="center" wrap gap={8} style={{ marginBottom: 8 }}>
        <Typography.Text>
          出席 {present} 人{asksAbsentees ? `，缺席 ${value.length - present} 人` : ''}
        </Typography.Text>
        <Flex gap={8} wrap>
          <Button size="small" onClick={() => setAll(true)} disabled={value.length === 0}>
            全部出席
          </Button>
          {onReload && (
            <Button size="small" onClick={onReload} loading={loading}>
              重新载入本组织人员
            </Button>
          )}
        </Flex>
      </Flex>
      <div style={{ border: '1px solid #f0f0f0', borderRadius: 6, maxHeight: 420, overflowY: 'auto' }}>
        {value.length === 0 && (
          <Typography.Paragraph type="secondary" style={{ margin: 12 }}>
            {loading ? '正在载入人员…' : '选择所属组织后自动列出其人员，也可在下方逐个添加。'}
          </Typography.Paragraph>
        )}
        {value.map((row, i) => (
          <Flex
            key={row.personId}
            align="center"
            wrap
            gap={8}
            style={{ minHeight: 44, padding: '4px 12px', borderBottom: i < value.length - 1 ? '1px solid #f5f5f5' : undefined }}
          >
            <Checkbox
              checked={row.present}
              onChange={(e) => update(i, { present: e.target.checked, absenceReason: e.target.checked ? null : row.absenceReason })}
              style={{ minWidth: 120, paddingBlock: 8 }}
            >
              {row.name}
            </Checkbox>
            {!row.present && asksAbsentees && (
              <Input
                size="small"
                aria-label={`${row.name}缺席原因`}
                placeholder="缺席原因（如请假）"
                maxLength={200}
                value={row.absenceReason ?? ''}
                onChange={(e) => update(i, { absenceReason: e.target.value })}
                style={{ flex: '1 1 160px', minHeight: 32 }}
              />
            )}
            {!row.present && !asksAbsentees && <Typography.Text type="secondary">不计入</Typography.Text>}
          </Flex>
        ))}
      </div>
      <div style={{ marginTop: 8 }}>
        <PersonPicker
          aria-label="添加参加人员"
          placeholder="添加其他人员：输入姓名搜索"
          value={null}
          onChange={(personId, person) => {
            if (!personId || !person || value.some((r) => r.personId === personId)) return;
            onChange?.([...value, { personId, name: person.name, present: true }]);
          }}
        />
      </div>
    </div>
  );
}
