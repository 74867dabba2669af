import { Button, Form, Input, Select } from 'antd';
import {
  PROBLEM_REPEAT_FILTERS,
  PROBLEM_REPEAT_FILTER_LABELS,
  PROBLEM_SEVERITIES,
  PROBLEM_SEVERITY_LABELS,
  PROBLEM_STATUSES,
  PROBLEM_STATUS_LABELS,
  PROBLEM_TAG_GROUPS,
} from '@mofan/shared';
import { DateRangeFilter } from '../../../components/date-range-filter';
import { OrgNodePicker } from '../../../components/pickers/org-node-picker';
import type { ProblemFilters } from '../api/query-keys';
import { ProblemTagPicker } from './problem-tag-picker';

interface ProblemsFilterBarProps {
  value: ProblemFilters;
  onChange: (filters: ProblemFilters) => void;
}

/** Unit, tag (or a whole list of tags), severity, status, repeat flags, dates; kept in the address bar. */
export function ProblemsFilterBar({ value, onChange }: ProblemsFilterBarProps) {
  const set = (changes: ProblemFilters) => onChange({ ...value, ...changes });
  return (
    <Form layout="inline" style={{ rowGap: 12, marginBottom: 16 }} aria-label="筛选条件">
      <Form.Item label="查找" htmlFor="problems-q">
        <Input.Search
          key={value.q ?? ''}
          id="problems-q"
          defaultValue={value.q}
          allowClear
          placeholder="问题事实中的文字"
          onSearch={(text) => set({ q: text.trim() || undefined })}
          style={{ width: 200, maxWidth: '100%' }}
        />
      </Form.Item>
      <Form.Item label="单位" htmlFor="problems-node">
        <OrgNodePicker
          id="problems-node"
          tree="admin"
          value={value.nodeId ?? null}
          onChange={(nodeId) => set({ nodeId: nodeId ?? undefined })}
          placeholder="单位或科室（含下级）"
          style={{ width: 220, maxWidth: '100%' }}
        />
      </Form.Item>
      <Form.Item label="问题分类" htmlFor="problems-tag-group">
        <Select
          id="problems-tag-group"
          allowClear
          placeholder="全部"
          value={value.tagGroup}
          onChange={(tagGroup?: string) => set({ tagGroup })}
          options={PROBLEM_TAG_GROUPS.map((g) => ({ value: g.code, label: g.name }))}
          popupMatchSelectWidth={false}
          style={{ width: 170 }}
        />
      </Form.Item>
      <Form.Item label="问题标签" htmlFor="problems-tag">
        <ProblemTagPicker id="problems-tag" single value={value.tag ? [value.tag] : []} onChange={(tags) => set({ tag: tags[0] })} style={{ width: 200 }} />
      </Form.Item>
      <Form.Item label="严重程度" htmlFor="problems-severity">
        <Select
          id="problems-severity"
          allowClear
          placeholder="全部"
          value={value.severity}
          onChange={(severity?: ProblemFilters['severity']) => set({ severity })}
          options={PROBLEM_SEVERITIES.map((s) => ({ value: s, label: PROBLEM_SEVERITY_LABELS[s] }))}
          style={{ width: 100 }}
        />
      </Form.Item>
      <Form.Item label="状态" htmlFor="problems-status">
        <Select
          id="problems-status"
          allowClear
          placeholder="全部"
          value={value.status}
          onChange={(status?: ProblemFilters['status']) => set({ status })}
          options={PROBLEM_STATUSES.map((s) => ({ value: s, label: PROBLEM_STATUS_LABELS[s] }))}
          style={{ width: 110 }}
        />
      </Form.Item>
      <Form.Item label="重复问题" htmlFor="problems-repeat">
        <Select
          id="problems-repeat"
          allowClear
          placeholder="全部"
          value={value.repeat}
          onChange={(repeat?: ProblemFilters['repeat']) => set({ repeat })}
          options={PROBLEM_REPEAT_FILTERS.map((r) => ({ value: r, label: PROBLEM_REPEAT_FILTER_LABELS[r] }))}
          popupMatchSelectWidth={false}
          style={{ width: 160 }}
        />
      </Form.Item>
      <Form.Item label="发现日期" htmlFor="problems-dates">
        <DateRangeFilter id="problems-dates" from={value.foundFrom} to={value.foundTo} onChange={({ from, to }) => set({ foundFrom: from, foundTo: to })} />
      </Form.Item>
      <Form.Item>
        <Button onClick={() => onChange({ inspectionId: value.inspectionId })}>重置</Button>
      </Form.Item>
    </Form>
  );
}
