import { Badge } from 'antd';
import { WARNING_COLORS, WARNING_LABELS } from './status-style';

/** A yellow (due soon, not met) or red (overdue) dot; nothing for 'none'. */
export function WarningDot({ warning, withText = false }: { warning: 'none' | 'yellow' | 'red'; withText?: boolean }) {
  if (warning === 'none') return null;
  return <Badge color={WARNING_COLORS[warning]} text={withText ? WARNING_LABELS[warning] : undefined} aria-label={WARNING_LABELS[warning]} />;
}
