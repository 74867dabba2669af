import { Card, Col, Empty, Flex, Row, Spin, Typography } from 'antd';
import { Link, useNavigate } from 'react-router';
import { DIRECTIVE_SOURCE_LABELS, type DirectiveReminder } from '@mofan/shared';
import { QueryErrorResult } from '../../../components/query-error-result';
import { useDirectiveReminders } from '../api/get-directive-reminders';
import { DirectiveDue } from './directive-due';
import { directivePath } from './directives-table';
import { DirectiveStatusTag, LightTag, ReminderReasonTag } from './directive-tags';

function ReminderCard({ reminder: { directive: d, reasons } }: { reminder: DirectiveReminder }) {
  const navigate = useNavigate();
  return (
    <Card size="small" hoverable onClick={() => void navigate(directivePath(d.id))} style={{ height: '100%' }}>
      <Flex justify="space-between" align="start" gap={8}>
        <Link to={directivePath(d.id)} onClick={(e) => e.stopPropagation()} style={{ fontWeight: 500 }}>
          {d.title}
        </Link>
        <LightTag light={d.light} />
      </Flex>
      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
        {d.code ? `${d.code} · ` : ''}
        {DIRECTIVE_SOURCE_LABELS[d.source]} · 承办：{d.leadNodeName}
      </Typography.Text>
      <Flex gap={4} wrap style={{ marginTop: 6 }}>
        {reasons.map((r) => (
          <ReminderReasonTag key={r} reason={r} />
        ))}
      </Flex>
      <Flex gap={8} align="start" wrap style={{ marginTop: 6 }}>
        <span>办理时限</span>
        <DirectiveDue directive={d} />
        <DirectiveStatusTag status={d.status} />
      </Flex>
      {d.nextReportDueOn && (
        <Typography.Text type={d.reportOverdue ? 'danger' : 'secondary'} style={{ fontSize: 12 }}>
          下次报告进展：{d.nextReportDueOn}
        </Typography.Text>
      )}
    </Card>
  );
}

function ReminderGroup({ title, reminders }: { title: string; reminders: readonly DirectiveReminder[] }) {
  return (
    <section aria-label={title}>
      <Typography.Title level={5}>
        {title}（{reminders.length}）
      </Typography.Title>
      <Row gutter={[12, 12]}>
        {reminders.map((r) => (
          <Col key={r.directive.id} xs={24} md={12} xl={8}>
            <ReminderCard reminder={r} />
          </Col>
        ))}
      </Row>
    </section>
  );
}

/** What needs the user now: to sign, report, finish in time, or (for supervisors) to review and decide. */
export function DirectiveReminders() {
  const query = useDirectiveReminders();
  if (query.isPending) return <Spin style={{ display: 'block', margin: '48px auto' }} />;
  if (query.isError) return <QueryErrorResult error={query.error} onRetry={() => void query.refetch()} />;
  const { handling, supervising, today } = query.data;
  if (handling.length === 0 && supervising.length === 0) return <Empty description={`截至 ${today}，没有需要处理的督办件`} />;
  return (
    <Flex vertical gap={16}>
      <Typography.Text type="secondary">截至 {today}</Typography.Text>
      {handling.length > 0 && <ReminderGroup title="需要本单位办理" reminders={handling} />}
      {supervising.length > 0 && <ReminderGroup title="需要我督办" reminders={supervising} />}
    </Flex>
  );
}
