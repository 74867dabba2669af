import type { ComplianceStatus } from '@mofan/shared';

interface StatusStyle {
  background: string;
  border: string;
  color: string;
  /** antd Tag colour. */
  tag: string;
}

/** One palette for every grid, tag and legend: met green, partly orange, missed red, not yet due grey-blue, exempt light grey. */
export const STATUS_STYLES: Record<ComplianceStatus, StatusStyle> = {
  met: { background: '#d9f7be', border: '#73d13d', color: '#135200', tag: 'success' },
  partly: { background: '#ffe7ba', border: '#ffa940', color: '#873800', tag: 'warning' },
  missed: { background: '#ffccc7', border: '#ff7875', color: '#820014', tag: 'error' },
  not_yet_due: { background: '#e6ecf3', border: '#a9b8cc', color: '#34465e', tag: 'geekblue' },
  exempt: { background: '#f5f5f5', border: '#e0e0e0', color: '#8c8c8c', tag: 'default' },
};

export const WARNING_COLORS = { yellow: '#faad14', red: '#f5222d' } as const;
export const WARNING_LABELS = { yellow: '临期', red: '逾期' } as const;

/** '3月', '2季度', '上半年', '全年', '第9周', or for a trigger window '03-05起90天'. */
export function periodLabel(key: string): string {
  let m = /^\d{4}-W(\d{2})$/.exec(key);
  if (m) return `第${Number(m[1])}周`;
  m = /^\d{4}-(\d{2})$/.exec(key);
  if (m) return `${Number(m[1])}月`;
  m = /^\d{4}-Q([1-4])$/.exec(key);
  if (m) return `${m[1]}季度`;
  m = /^\d{4}-H([12])$/.exec(key);
  if (m) return m[1] === '1' ? '上半年' : '下半年';
  if (/^\d{4}$/.test(key)) return '全年';
  m = /^\d{4}-(\d{2}-\d{2})\+(\d+)d$/.exec(key);
  if (m) return `${m[1]}起${m[2]}天`;
  return key;
}
