import { useState } from 'react';
import { Button, Form, Input, Select } from 'antd';
import {
  PERSON_STATUSES,
  PERSON_STATUS_LABELS,
  POLITICAL_STATUSES,
  POLITICAL_STATUS_LABELS,
  POST_ROLES,
  POST_ROLE_LABELS,
} from '@mofan/shared';
import { OrgNodePicker } from '../../../components/pickers/org-node-picker';
import type { PeopleFilters } from '../api/query-keys';

interface PeopleFilterBarProps {
  value: PeopleFilters;
  onChange: (filters: PeopleFilters) => void;
}

const politicalOptions = POLITICAL_STATUSES.map((s) => ({ value: s, label: POLITICAL_STATUS_LABELS[s] }));
const roleOptions = POST_ROLES.map((r) => ({ value: r, label: POST_ROLE_LABELS[r] }));
const statusOptions = PERSON_STATUSES.map((s) => ({ value: s, label: PERSON_STATUS_LABELS[s] }));

/**
 * Controlled by the page (the filters live in the address bar), so each control is labelled with an
 * explicit htmlFor/id pair instead of Form.Item names.
 */
export function PeopleFilterBar({ value, onChange }: PeopleFilterBarProps) {
  const [text, setText] = useState(value.q ?? '');
  // Follow the address bar when it changes under us (back button, 重置).
  const [lastQ, setLastQ] = useState(value.q);
  if (value.q !== lastQ) {
    setLastQ(value.q);
    setText(value.q ?? '');
  }
  const set = (changes: PeopleFilters) => onChange({ ...value, ...changes });

  return (
    <Form layout="inline" style={{ rowGap: 12, marginBottom: 16 }} aria-label="筛选条件">
      <Form.Item label="关键字" htmlFor="people-filter-q">
        <Input.Search
          id="people-filter-q"
          placeholder="姓名、手机号或身份证号"
          allowClear
          value={text}
          onChange={(e) => setText(e.target.value)}
          onSearch={(q) => set({ q: q.trim() || undefined })}
          style={{ width: 220 }}
        />
      </Form.Item>
      <Form.Item label="组织" htmlFor="people-filter-node">
        <OrgNodePicker
          id="people-filter-node"
          value={value.nodeId ?? null}
          onChange={(nodeId) => set({ nodeId: nodeId ?? undefined })}
          placeholder="单位、科室或党组织"
          style={{ width: 240 }}
        />
      </Form.Item>
      <Form.Item label="政治面貌" htmlFor="people-filter-political">
        <Select
          id="people-filter-political"
          allowClear
          placeholder="全部"
          options={politicalOptions}
          value={value.politicalStatus}
          onChange={(politicalStatus) => set({ politicalStatus })}
          style={{ width: 140 }}
        />
      </Form.Item>
      <Form.Item label="现任职务" htmlFor="people-filter-role">
        <Select
          id="people-filter-role"
          allowClear
          placeholder="全部"
          options={roleOptions}
          value={value.role}
          onChange={(role) => set({ role })}
          style={{ width: 140 }}
        />
      </Form.Item>
      <Form.Item label="状态" htmlFor="people-filter-status">
        <Select
          id="people-filter-status"
          allowClear
          placeholder="全部"
          options={statusOptions}
          value={value.status}
          onChange={(status) => set({ status })}
          style={{ width: 110 }}
        />
      </Form.Item>
      <Form.Item>
        <Button onClick={() => onChange({})}>重置</Button>
      </Form.Item>
    </Form>
  );
}
