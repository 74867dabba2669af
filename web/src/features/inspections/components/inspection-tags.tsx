import { Tag, Tooltip } from 'antd';
import {
  INSPECTION_STATUS_LABELS,
  PROBLEM_SEVERITY_LABELS,
  PROBLEM_STATUS_LABELS,
  RECTIFICATION_STATUS_LABELS,
  problemTagGroupOf,
  problemTagLabel,
  type InspectionStatus,
  type ProblemSeverity,
  type ProblemStatus,
  type RectificationStatus,
} from '@mofan/shared';

const INSPECTION_STATUS_COLORS: Record<InspectionStatus, string> = { planned: 'blue', done: 'success' };

export function InspectionStatusTag({ status }: { status: InspectionStatus }) {
  return (
    <Tag color={INSPECTION_STATUS_COLORS[status]} style={{ marginInlineEnd: 0 }}>
      {INSPECTION_STATUS_LABELS[status]}
    </Tag>
  );
}

/** 暗访: a check not announced to its targets, seen only by its inspectors until it is done. */
export function UnannouncedTag({ unannounced, status }: { unannounced: boolean; status: InspectionStatus }) {
  if (!unannounced) return null;
  const hint = status === 'done' ? '不打招呼的检查（四不两直），已完成，被检查单位可见' : '不打招呼的检查（四不两直）：完成前只有检查人员看得到';
  return (
    <Tooltip title={hint}>
      <Tag color="purple" style={{ marginInlineEnd: 0 }}>
        暗访
      </Tag>
    </Tooltip>
  );
}

const SEVERITY_COLORS: Record<ProblemSeverity, string> = { general: 'default', serious: 'orange', grave: 'red' };

export function SeverityTag({ severity }: { severity: ProblemSeverity }) {
  return (
    <Tag color={SEVERITY_COLORS[severity]} style={{ marginInlineEnd: 0 }}>
      {PROBLEM_SEVERITY_LABELS[severity]}
    </Tag>
  );
}

const PROBLEM_STATUS_COLORS: Record<ProblemStatus, string> = { open: 'gold', rectifying: 'processing', closed: 'success' };

export function ProblemStatusTag({ status }: { status: ProblemStatus }) {
  return (
    <Tag color={PROBLEM_STATUS_COLORS[status]} style={{ marginInlineEnd: 0 }}>
      {PROBLEM_STATUS_LABELS[status]}
    </Tag>
  );
}

const RECTIFICATION_STATUS_COLORS: Record<RectificationStatus, string> = { in_progress: 'processing', submitted: 'purple', closed: 'success' };

export function RectificationStatusTag({ status }: { status: RectificationStatus }) {
  return (
    <Tag color={RECTIFICATION_STATUS_COLORS[status]} style={{ marginInlineEnd: 0 }}>
      {RECTIFICATION_STATUS_LABELS[status]}
    </Tag>
  );
}

/** One problem tag with its list's short name (散 is in several lists); the full list name in the tooltip. */
export function ProblemTagChip({ code }: { code: string }) {
  const group = problemTagGroupOf(code);
  return (
    <Tooltip title={group?.name}>
      <Tag style={{ marginInlineEnd: 0 }}>{problemTagLabel(code)}</Tag>
    </Tooltip>
  );
}

interface RepeatFlags {
  repeatAtUnit: boolean;
  widespread: boolean;
  recurredAfterRectification: boolean;
}

/** The derived repeat flags, in words: 再次出现, 普遍发生, 整改后反复. */
export function RepeatFlagTags({ problem: p }: { problem: RepeatFlags }) {
  return (
    <>
      {p.repeatAtUnit && (
        <Tooltip title="同一单位一年内再次出现同类问题">
          <Tag color="volcano" data-repeat="at_unit" style={{ marginInlineEnd: 0 }}>
            再次出现
          </Tag>
        </Tooltip>
      )}
      {p.widespread && (
        <Tooltip title="90日内3个以上单位出现同类问题">
          <Tag color="magenta" data-repeat="widespread" style={{ marginInlineEnd: 0 }}>
            普遍发生
          </Tag>
        </Tooltip>
      )}
      {p.recurredAfterRectification && (
        <Tooltip title="同一单位此前的同类问题已整改销号，又再次出现">
          <Tag color="red" data-repeat="recurred" style={{ marginInlineEnd: 0 }}>
            整改后反复
          </Tag>
        </Tooltip>
      )}
    </>
  );
}
