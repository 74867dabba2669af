import { Timeline, Typography } from 'antd';
import { DIRECTIVE_EVENT_LABELS, DIRECTIVE_STATUS_LABELS, type DirectiveEvent, type DirectiveEventAction } from '@mofan/shared';
import { formatDateTime } from '../../../lib/format';

const COLORS: Partial<Record<DirectiveEventAction, string>> = {
  registered: 'blue',
  assigned: 'blue',
  signed: 'cyan',
  completed: 'purple',
  closed: 'green',
  rejected: 'red',
  urged: 'orange',
  extension_rejected: 'red',
  extension_approved: 'green',
  notified: 'red',
};

/** A date the step set, read from its details (立项's limit, a requested or approved extension). */
function dateDetail(e: DirectiveEvent): string | null {
  const value = e.action === 'registered' || e.action === 'updated' ? e.details.dueOn : e.details.requestedDueOn;
  if (typeof value !== 'string') return null;
  if (e.action === 'registered' || e.action === 'updated') return `办理时限 ${value}`;
  return `延期至 ${value}`;
}

/** Every step of the directive, oldest first: who, when, as which unit, what they wrote (责任倒查). */
export function DirectiveHistory({ events }: { events: readonly DirectiveEvent[] }) {
  return (
    <Timeline
      items={events.map((e) => {
        const moved = e.fromStatus && e.toStatus && e.fromStatus !== e.toStatus ? `${DIRECTIVE_STATUS_LABELS[e.fromStatus]} → ${DIRECTIVE_STATUS_LABELS[e.toStatus]}` : null;
        const date = dateDetail(e);
        return {
          key: e.id,
          color: COLORS[e.action] ?? 'gray',
          // The time sits in the content, not the title: a title splits the timeline into two columns, too narrow on a phone.
          content: (
            <div data-testid="directive-event" data-action={e.action}>
              <div>
                <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                  {formatDateTime(e.at)}
                </Typography.Text>
              </div>
              <Typography.Text strong>{DIRECTIVE_EVENT_LABELS[e.action]}</Typography.Text>
              <Typography.Text type="secondary">
                {' · '}
                {e.actorName}
                {e.nodeName ? `（${e.nodeName}）` : ''}
              </Typography.Text>
              {(moved || date) && (
                <div>
                  <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                    {[moved, date].filter(Boolean).join('；')}
                  </Typography.Text>
                </div>
              )}
              {e.note && <div style={{ whiteSpace: 'pre-wrap' }}>{e.note}</div>}
            </div>
          ),
        };
      })}
    />
  );
}
