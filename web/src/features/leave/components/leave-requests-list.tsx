import { App, Button, Card, Empty, Flex, Table, Typography, type TableColumnsType, type TablePaginationConfig } from 'antd';
import { LEAVE_APPROVAL_LEVEL_LABELS, LEAVE_KIND_LABELS, type LeaveRequest } from '@mofan/shared';
import { formatDateTime, orEmpty } from '../../../lib/format';
import { TABLE_SCROLL } from '../../../lib/table';
import { useApiErrorHandler } from '../../../lib/use-api-error';
import { useIsPhone } from '../../../lib/use-media-query';
import { useCancelLeave } from '../api/cancel-leave';
import type { LeaveStep } from './leave-step-modal';
import { LeaveStatusTag } from './leave-status-tag';

interface LeaveRequestsListProps {
  requests: LeaveRequest[];
  loading: boolean;
  /** Lists of others' requests name the person; my own list does not. */
  showPerson: boolean;
  emptyText: string;
  pagination?: TablePaginationConfig | false;
  onStep: (request: LeaveRequest, step: LeaveStep) => void;
}

function period(r: LeaveRequest): string {
  const returned = r.returnedOn && r.returnedOn !== r.endsOn ? `（实际休至 ${r.returnedOn}）` : '';
  const days = r.startsOn === r.endsOn ? r.startsOn : `${r.startsOn} 至 ${r.endsOn}`;
  return `${days}，${r.days}天${returned}`;
}

/** The buttons a request offers the reader: the server says which steps are theirs. */
function LeaveActions({ request: r, onStep }: { request: LeaveRequest; onStep: LeaveRequestsListProps['onStep'] }) {
  const { modal, message } = App.useApp();
  const handleError = useApiErrorHandler();
  const cancel = useCancelLeave();
  const confirmCancel = () =>
    modal.confirm({
      title: '撤销这次请假？',
      content: r.status === 'approved' ? '已批准的请假撤销后，其免考核期间一并删除。' : '撤销后审批人不再处理。',
      okText: '撤销',
      cancelText: '不撤销',
      onOk: () =>
        cancel.mutateAsync({ id: r.id, version: r.version }).then(
          () => void message.success('已撤销'),
          (error: unknown) => handleError(error),
        ),
    });
  if (!r.canApprove && !r.canCancel && !r.canReturn) return null;
  return (
    <Flex gap={8} wrap>
      {r.canApprove && (
        <>
          <Button type="primary" size="small" onClick={() => onStep(r, 'approve')}>
            批准
          </Button>
          <Button size="small" danger onClick={() => onStep(r, 'reject')}>
            不予批准
          </Button>
        </>
      )}
      {r.canReturn && (
        <Button size="small" onClick={() => onStep(r, 'return')}>
          销假
        </Button>
      )}
      {r.canCancel && (
        <Button size="small" onClick={confirmCancel} loading={cancel.isPending}>
          撤销
        </Button>
      )}
    </Flex>
  );
}

function LeaveCard({ request: r, showPerson, onStep }: { request: LeaveRequest; showPerson: boolean; onStep: LeaveRequestsListProps['onStep'] }) {
  return (
    <Card size="small" style={{ width: '100%' }}>
      <Flex justify="space-between" align="start" gap={8}>
        <Typography.Text strong>
          {showPerson ? `${r.personName} · ` : ''}
          {LEAVE_KIND_LABELS[r.kind]}
        </Typography.Text>
        <LeaveStatusTag status={r.status} />
      </Flex>
      <div>{period(r)}</div>
      {showPerson && (
        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
          {r.unitName} {r.departmentName}
        </Typography.Text>
      )}
      {r.reason && <div>事由：{r.reason}</div>}
      {r.decisionNote && (
        <Typography.Text type="secondary">
          {r.approverName ?? '审批人'}：{r.decisionNote}
        </Typography.Text>
      )}
      <div style={{ marginTop: 8 }}>
        <LeaveActions request={r} onStep={onStep} />
      </div>
    </Card>
  );
}

/** Requests as a table, or as cards on a phone, each with the steps the reader may take. */
export function LeaveRequestsList({ requests, loading, showPerson, emptyText, pagination = false, onStep }: LeaveRequestsListProps) {
  const isPhone = useIsPhone();
  if (isPhone) {
    if (!loading && requests.length === 0) return <Empty description={emptyText} />;
    return (
      <Flex vertical gap={8}>
        {requests.map((r) => (
          <LeaveCard key={r.id} request={r} showPerson={showPerson} onStep={onStep} />
        ))}
        {pagination && pagination.total !== undefined && pagination.total > requests.length && (
          <Typography.Text type="secondary">共 {pagination.total} 条，请在电脑上查看全部或导出。</Typography.Text>
        )}
      </Flex>
    );
  }
  const columns: TableColumnsType<LeaveRequest> = [
    ...(showPerson
      ? [
          { title: '姓名', key: 'person', render: (_: unknown, r: LeaveRequest) => r.personName },
          { title: '科室', key: 'department', render: (_: unknown, r: LeaveRequest) => r.departmentName },
        ]
      : []),
    { title: '类型', key: 'kind', render: (_, r) => LEAVE_KIND_LABELS[r.kind] },
    { title: '期间', key: 'period', render: (_, r) => period(r) },
    { title: '事由', key: 'reason', render: (_, r) => orEmpty(r.reason) },
    { title: '状态', key: 'status', render: (_, r) => <LeaveStatusTag status={r.status} /> },
    {
      title: '审批',
      key: 'decision',
      render: (_, r) =>
        r.approverName ? (
          <Flex vertical>
            <span>
              {r.approverName} {formatDateTime(r.decidedAt).slice(0, 16)}
            </span>
            {r.decisionNote && <Typography.Text type="secondary">{r.decisionNote}</Typography.Text>}
          </Flex>
        ) : (
          <Typography.Text type="secondary">{LEAVE_APPROVAL_LEVEL_LABELS[r.approvalLevel]}</Typography.Text>
        ),
    },
    { title: '操作', key: 'actions', render: (_, r) => <LeaveActions request={r} onStep={onStep} /> },
  ];
  return <Table<LeaveRequest> rowKey="id" size="small" loading={loading} dataSource={requests} columns={columns} pagination={pagination} scroll={TABLE_SCROLL} locale={{ emptyText }} />;
}
