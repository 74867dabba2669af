import { useState } from 'react';
import { Button, Form, Input, Select } from 'antd';
import { AUDIT_ACTION_LABELS, AUDIT_RESULTS, AUDIT_RESULT_LABELS } from '@mofan/shared';
import { DateRangeFilter } from '../../../components/date-range-filter';
import type { AuditFilters } from '../api/list-audit';

interface AuditFilterBarProps {
  value: AuditFilters;
  onChange: (filters: AuditFilters) => void;
}

const actionOptions = Object.entries(AUDIT_ACTION_LABELS).map(([value, label]) => ({ value, label }));
const resultOptions = AUDIT_RESULTS.map((r) => ({ value: r, label: AUDIT_RESULT_LABELS[r] }));

/** Controlled by the address bar, like the people filters: labels point at explicit ids. */
export function AuditFilterBar({ value, onChange }: AuditFilterBarProps) {
  const [username, setUsername] = useState(value.username ?? '');
  const [lastUsername, setLastUsername] = useState(value.username);
  if (value.username !== lastUsername) {
    setLastUsername(value.username);
    setUsername(value.username ?? '');
  }
  const set = (changes: AuditFilters) => onChange({ ...value, ...changes });

  return (
    <Form layout="inline" style={{ rowGap: 12, marginBottom: 16 }} aria-label="筛选条件">
      <Form.Item label="用户" htmlFor="audit-filter-username">
        <Input.Search
          id="audit-filter-username"
          allowClear
          placeholder="用户名"
          value={username}
          onChange={(e) => setUsername(e.target.value)}
          onSearch={(v) => set({ username: v.trim() || undefined })}
          style={{ width: 180 }}
        />
      </Form.Item>
      <Form.Item label="操作" htmlFor="audit-filter-action">
        <Select
          id="audit-filter-action"
          allowClear
          placeholder="全部"
          options={actionOptions}
          value={value.action}
          onChange={(action) => set({ action })}
          showSearch={{ optionFilterProp: 'label' }}
          style={{ width: 160 }}
        />
      </Form.Item>
      <Form.Item label="结果" htmlFor="audit-filter-result">
        <Select
          id="audit-filter-result"
          allowClear
          placeholder="全部"
          options={resultOptions}
          value={value.result}
          onChange={(result) => set({ result })}
          style={{ width: 110 }}
        />
      </Form.Item>
      <Form.Item label="日期" htmlFor="audit-filter-dates">
        <DateRangeFilter id="audit-filter-dates" from={value.from} to={value.to} onChange={set} />
      </Form.Item>
      <Form.Item>
        <Button onClick={() => onChange({})}>重置</Button>
      </Form.Item>
    </Form>
  );
}
