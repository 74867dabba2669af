import { Timeline, Typography } from 'antd';
import { PUBLIC_REQUEST_EVENT_LABELS, type PublicRequestEvent, type PublicRequestEventAction } from '@mofan/shared';
import { formatDateTime } from '../../../lib/format';

const COLORS: Partial<Record<PublicRequestEventAction, string>> = {
  received: 'blue',
  claimed: 'blue',
  solved: 'cyan',
  closed: 'green',
  satisfied: 'green',
  reopened: 'red',
  revisited: 'orange',
};

/** Every step, oldest first: who, when, what they wrote; the public's answers as 群众. */
export function PublicRequestHistory({ events }: { events: readonly PublicRequestEvent[] }) {
  return (
    <Timeline
      items={events.map((e) => ({
        key: e.id,
        color: COLORS[e.action] ?? 'gray',
        content: (
          <div data-testid="public-request-event" data-action={e.action}>
            <div>
              <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                {formatDateTime(e.at)}
              </Typography.Text>
            </div>
            <Typography.Text strong>{PUBLIC_REQUEST_EVENT_LABELS[e.action]}</Typography.Text>
            <Typography.Text type="secondary"> · {e.actorName}</Typography.Text>
            {e.note && <div style={{ whiteSpace: 'pre-wrap' }}>{e.note}</div>}
          </div>
        ),
      }))}
    />
  );
}
