import { Tag, Tooltip } from 'antd';
import {
  DIRECTIVE_LIGHT_LABELS,
  DIRECTIVE_REMINDER_REASON_LABELS,
  DIRECTIVE_STATUS_LABELS,
  DIRECTIVE_URGENCY_LABELS,
  type DirectiveLight,
  type DirectiveReminderReason,
  type DirectiveStatus,
  type DirectiveUrgency,
} from '@mofan/shared';

const LIGHT_COLORS: Record<DirectiveLight, string> = { green: 'success', yellow: 'warning', red: 'error' };
const LIGHT_DOTS: Record<DirectiveLight, string> = { green: '#52c41a', yellow: '#faad14', red: '#ff4d4f' };
/** The short word on the tag; the full rule is in the tooltip. */
export const DIRECTIVE_LIGHT_SHORT: Record<DirectiveLight, string> = { green: '绿灯', yellow: '黄灯', red: '红灯' };

/** 亮灯 as a coloured dot and its word, never colour alone. */
export function LightTag({ light }: { light: DirectiveLight }) {
  return (
    <Tooltip title={DIRECTIVE_LIGHT_LABELS[light]}>
      <Tag color={LIGHT_COLORS[light]} data-light={light} style={{ marginInlineEnd: 0 }}>
        <span aria-hidden style={{ display: 'inline-block', width: 8, height: 8, borderRadius: 4, background: LIGHT_DOTS[light], marginInlineEnd: 4 }} />
        {DIRECTIVE_LIGHT_SHORT[light]}
      </Tag>
    </Tooltip>
  );
}

const STATUS_COLORS: Record<DirectiveStatus, string> = {
  registered: 'default',
  assigned: 'blue',
  signed: 'cyan',
  in_progress: 'processing',
  completed: 'purple',
  closed: 'success',
};

export function DirectiveStatusTag({ status }: { status: DirectiveStatus }) {
  return (
    <Tag color={STATUS_COLORS[status]} style={{ marginInlineEnd: 0 }}>
      {DIRECTIVE_STATUS_LABELS[status]}
    </Tag>
  );
}

export function UrgencyTag({ urgency }: { urgency: DirectiveUrgency }) {
  return urgency === 'urgent' ? <Tag color="volcano">{DIRECTIVE_URGENCY_LABELS.urgent}</Tag> : null;
}

const REASON_COLORS: Record<DirectiveReminderReason, string> = {
  awaiting_sign: 'blue',
  due_soon: 'warning',
  overdue: 'error',
  urged: 'volcano',
  report_due: 'orange',
  awaiting_review: 'purple',
  extension_pending: 'gold',
};

export function ReminderReasonTag({ reason }: { reason: DirectiveReminderReason }) {
  return <Tag color={REASON_COLORS[reason]}>{DIRECTIVE_REMINDER_REASON_LABELS[reason]}</Tag>;
}
