import { Flex, Tag, Typography } from 'antd';
import type { DirectiveSummary } from '@mofan/shared';

/** 办理时限 as it stands: the limit in force, the original when extended, and an extension asked for. */
export function DirectiveDue({ directive: d }: { directive: DirectiveSummary }) {
  return (
    <Flex vertical>
      <span style={{ whiteSpace: 'nowrap' }}>{d.extendedDueOn ? `延期至 ${d.extendedDueOn}` : d.dueOn}</span>
      {d.extendedDueOn && (
        <Typography.Text type="secondary" style={{ fontSize: 12, whiteSpace: 'nowrap' }}>
          原时限 {d.dueOn}
        </Typography.Text>
      )}
      {d.pendingExtensionDueOn && (
        <Typography.Text type="warning" style={{ fontSize: 12, whiteSpace: 'nowrap' }}>
          申请延期至 {d.pendingExtensionDueOn}
        </Typography.Text>
      )}
    </Flex>
  );
}

/** What else asks for attention: an unanswered 催办, a progress report due. */
export function DirectiveFlags({ directive: d }: { directive: DirectiveSummary }) {
  return (
    <>
      {d.urgedAt && <Tag color="volcano">被催办</Tag>}
      {d.reportOverdue && <Tag color="orange">应报进展</Tag>}
    </>
  );
}
