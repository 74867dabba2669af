import type { ReactNode } from 'react';
import { COMPLIANCE_STATUS_LABELS, type ComplianceStatus } from '@mofan/shared';
import { STATUS_STYLES, WARNING_COLORS } from './status-style';

interface StatusCellProps {
  status: ComplianceStatus;
  warning: 'none' | 'yellow' | 'red';
  title: ReactNode;
  body: ReactNode;
  /** Spoken and shown on hover: the period and its verdict in words. */
  description: string;
  onClick?: () => void;
  width?: number;
}

/** A coloured square of a grid; a button when it opens a drill-down. */
export function StatusCell({ status, warning, title, body, description, onClick, width = 64 }: StatusCellProps) {
  const s = STATUS_STYLES[status];
  const style = {
    position: 'relative' as const,
    width,
    minHeight: title ? 44 : 32,
    padding: '4px 2px',
    borderRadius: 4,
    border: `1px solid ${s.border}`,
    background: s.background,
    color: s.color,
    fontSize: 12,
    lineHeight: 1.3,
    textAlign: 'center' as const,
    cursor: onClick ? 'pointer' : 'default',
    fontFamily: 'inherit',
  };
  const content = (
    <>
      {title ? <div style={{ fontSize: 12 }}>{title}</div> : null}
      <div style={{ fontWeight: 600, fontSize: 13 }}>{body}</div>
      {warning !== 'none' && (
        <span style={{ position: 'absolute', top: 3, right: 3, width: 8, height: 8, borderRadius: '50%', background: WARNING_COLORS[warning] }} />
      )}
    </>
  );
  const label = `${description}：${COMPLIANCE_STATUS_LABELS[status]}${warning === 'red' ? '，已逾期' : warning === 'yellow' ? '，即将到期' : ''}`;
  return onClick ? (
    <button type="button" style={style} onClick={onClick} title={label} aria-label={label}>
      {content}
    </button>
  ) : (
    <div style={style} title={label} aria-label={label} role="img">
      {content}
    </div>
  );
}
