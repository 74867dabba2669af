import { Timeline, Typography } from 'antd';
import { TASK_EVENT_ACTION_LABELS, type TaskEvent, type TaskEventAction } from '@mofan/shared';
import { formatDateTime } from '../../../lib/format';

const COLORS: Partial<Record<TaskEventAction, string>> = { completed: 'blue', verified: 'green', rejected: 'red', dropped: 'gray' };

/** Who did what to the item and when, oldest first (责任倒查). */
export function TaskHistory({ events }: { events: readonly TaskEvent[] }) {
  return (
    <Timeline
      items={events.map((e) => ({
        key: e.id,
        color: COLORS[e.action] ?? 'gray',
        // The time sits in the content, not a title column, so the history reads on a phone too.
        content: (
          <>
            <Typography.Text strong>{TASK_EVENT_ACTION_LABELS[e.action]}</Typography.Text>
            <Typography.Text type="secondary"> · {e.actorName} · {formatDateTime(e.at)}</Typography.Text>
            {e.note && <div style={{ whiteSpace: 'pre-wrap' }}>{e.note}</div>}
          </>
        ),
      }))}
    />
  );
}
