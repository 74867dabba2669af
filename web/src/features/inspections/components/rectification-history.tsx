import { Timeline, Typography } from 'antd';
import { RECTIFICATION_EVENT_LABELS, type RectificationEvent, type RectificationEventAction } from '@mofan/shared';
import { formatDateTime } from '../../../lib/format';

const COLORS: Partial<Record<RectificationEventAction, string>> = {
  created: 'blue',
  updated: 'blue',
  progress: 'cyan',
  evidence: 'cyan',
  submitted: 'purple',
  accepted: 'green',
  reopened: 'red',
  escalated: 'orange',
};

/** Every step of the 整改, oldest first: who, when, what they wrote — kept after 销号. */
export function RectificationHistory({ events }: { events: readonly RectificationEvent[] }) {
  return (
    <Timeline
      items={events.map((e) => ({
        key: e.id,
        color: COLORS[e.action] ?? 'gray',
        // The time sits in the content, not the title: a title splits the timeline into two columns, too narrow on a phone.
        content: (
          <div data-testid="rectification-event" data-action={e.action}>
            <div>
              <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                {formatDateTime(e.at)}
              </Typography.Text>
            </div>
            <Typography.Text strong>{RECTIFICATION_EVENT_LABELS[e.action]}</Typography.Text>
            <Typography.Text type="secondary">
              {' · '}
              {e.actorName}
            </Typography.Text>
            {e.note && <div style={{ whiteSpace: 'pre-wrap' }}>{e.note}</div>}
          </div>
        ),
      }))}
    />
  );
}
