import { Popover, Tag, Typography } from 'antd';
import type { RequirementChangeView } from '../api/get-effective-catalogue';
import { ruleText } from './rule-text';

/** What one change did, in words: 停用, 调整为…, or 重新启用. */
export function changeText(change: Pick<RequirementChangeView, 'enabled' | 'rule'>): string {
  if (!change.enabled) return '停用';
  return change.rule ? `调整为${ruleText(change.rule)}` : '启用';
}

interface ChangesTagProps {
  changes: RequirementChangeView[];
  /** The node being viewed: its own change reads 本级. */
  nodeId: string;
}

/** 已调整 with who changed it; the changes (top first) and their reasons fold out on click. */
export function ChangesTag({ changes, nodeId }: ChangesTagProps) {
  if (changes.length === 0) return <Typography.Text type="secondary">—</Typography.Text>;
  const who = changes.map((c) => (c.nodeId === nodeId ? '本级' : c.nodeName)).join('、');
  const content = (
    <ol style={{ margin: 0, paddingInlineStart: 20, maxWidth: 320 }}>
      {changes.map((c) => (
        <li key={c.nodeId} style={{ marginBottom: 4 }}>
          <Typography.Text strong>{c.nodeId === nodeId ? `${c.nodeName}（本级）` : c.nodeName}</Typography.Text>：{changeText(c)}
          {c.reason && (
            <div>
              <Typography.Text type="secondary">理由：{c.reason}</Typography.Text>
            </div>
          )}
        </li>
      ))}
    </ol>
  );
  return (
    <Popover title="调整记录（自上而下）" content={content} trigger="click">
      <Tag color={changes.some((c) => c.nodeId === nodeId) ? 'purple' : 'blue'} style={{ cursor: 'pointer' }} role="button" tabIndex={0}>
        已调整 · {who}
      </Tag>
    </Popover>
  );
}
