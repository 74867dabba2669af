import { Card, Descriptions, Flex, Timeline, Typography } from 'antd';
import { PUBLIC_REQUEST_EVENT_LABELS, type PublicLookup, type PublicRequestEventAction } from '@mofan/shared';
import { PublicRequestStatusTag } from './public-request-tags';

const COLORS: Partial<Record<PublicRequestEventAction, string>> = {
  received: 'blue',
  claimed: 'blue',
  solved: 'cyan',
  closed: 'green',
  satisfied: 'green',
  reopened: 'red',
  revisited: 'orange',
};

const pre = { whiteSpace: 'pre-wrap' } as const;

/** What the person who raised the need sees: where it stands, each step's date, the solution and what changed. */
export function PublicLookupProgress({ lookup: l }: { lookup: PublicLookup }) {
  return (
    <Flex vertical gap={16}>
      <Descriptions bordered size="small" column={1}>
        <Descriptions.Item label="诉求事项">{l.title}</Descriptions.Item>
        <Descriptions.Item label="办理状态">
          <span data-testid="lookup-status">
            <PublicRequestStatusTag status={l.status} />
          </span>
        </Descriptions.Item>
        <Descriptions.Item label="受理单位">{l.nodeName}</Descriptions.Item>
        {l.claimedNodeName && <Descriptions.Item label="认领单位">{l.claimedNodeName}</Descriptions.Item>}
        <Descriptions.Item label="提出日期">{l.raisedOn}</Descriptions.Item>
      </Descriptions>
      {l.solution && (
        <Card size="small" title={`解决情况${l.solvedOn ? `（${l.solvedOn}）` : ''}`}>
          <div style={pre}>{l.solution}</div>
        </Card>
      )}
      {l.improvement && (
        <Card size="small" title={`完善机制${l.closedOn ? `（${l.closedOn}）` : ''}`}>
          <Typography.Paragraph type="secondary" style={{ marginBottom: 8 }}>
            举一反三，改进的工作机制：
          </Typography.Paragraph>
          <div style={pre}>{l.improvement}</div>
        </Card>
      )}
      <Card size="small" title="办理进度">
        <Timeline
          items={l.steps.map((s, i) => ({
            key: `${s.action}-${i}`,
            color: COLORS[s.action] ?? 'gray',
            content: (
              <div data-testid="lookup-step" data-action={s.action}>
                <Typography.Text strong>{PUBLIC_REQUEST_EVENT_LABELS[s.action]}</Typography.Text>
                <Typography.Text type="secondary"> · {s.on}</Typography.Text>
              </div>
            ),
          }))}
        />
      </Card>
    </Flex>
  );
}
