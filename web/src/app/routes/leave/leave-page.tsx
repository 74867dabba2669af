import { type ReactNode, useState } from 'react';
import { App, Badge, Button, Card, DatePicker, Empty, Form, Select, Spin, Tabs } from 'antd';
import { FileExcelOutlined, PlusOutlined } from '@ant-design/icons';
import { useSearchParams } from 'react-router';
import dayjs from 'dayjs';
import { LEAVE_STATUSES, LEAVE_STATUS_LABELS, type LeaveRequest, type MeResponse, type Permission } from '@mofan/shared';
import { downloadLeaveList } from '../../../features/leave/api/download-leave';
import { useLeaveAwaitingMe } from '../../../features/leave/api/list-leave-awaiting-me';
import { useLeaveList } from '../../../features/leave/api/list-leave';
import { useMyLeave } from '../../../features/leave/api/list-my-leave';
import { AwayList } from '../../../features/leave/components/away-list';
import { LeaveRequestFormModal } from '../../../features/leave/components/leave-request-form-modal';
import { LeaveRequestsList } from '../../../features/leave/components/leave-requests-list';
import { type LeaveStep, LeaveStepModal } from '../../../features/leave/components/leave-step-modal';
import { type LeaveTab, leaveTabsOf } from '../../../features/leave/leave-access';
import { PageHeader } from '../../../components/page-header';
import { OrgNodePicker } from '../../../components/pickers/org-node-picker';
import { QueryErrorResult } from '../../../components/query-error-result';
import { useDefaultNodeId } from '../../../lib/default-node';
import { hasPermission } from '../../../lib/permissions';
import { readEnum, readPositiveInt, readString, withParams } from '../../../lib/search-params';
import { serverPagination } from '../../../lib/table';
import { todayInShanghai } from '../../../lib/today';
import { useApiErrorHandler } from '../../../lib/use-api-error';
import { useCurrentUser } from '../../current-user';

const ISO = /^\d{4}-\d{2}-\d{2}$/;

function listPermission(me: MeResponse): Permission {
  if (hasPermission(me, 'leave.approve')) return 'leave.approve';
  if (hasPermission(me, 'people.write')) return 'people.write';
  return 'records.write';
}

/**
 * 请销假: my requests and a new one; the requests waiting for my approval; who of a 科室 is away on a
 * day; the unit's records with their export. Approval writes the exemption that compliance and
 * meeting attendance read. No location tracking, no check-in.
 */
export function LeavePage() {
  const me = useCurrentUser();
  const { message } = App.useApp();
  const handleError = useApiErrorHandler();
  const [params, setParams] = useSearchParams();
  const tabs = leaveTabsOf(me);
  const tab = readEnum(params, 'tab', tabs) ?? tabs[0];
  const chosenNode = readString(params, 'nodeId');
  const defaultNode = useDefaultNodeId(me, listPermission(me), !chosenNode && (tab === 'away' || tab === 'records'));
  const nodeId = chosenNode ?? defaultNode.data ?? undefined;
  const dateParam = readString(params, 'date');
  const date = dateParam && ISO.test(dateParam) ? dateParam : todayInShanghai().format('YYYY-MM-DD');
  const status = readEnum(params, 'status', LEAVE_STATUSES);
  const page = readPositiveInt(params, 'page', 1, 100000);
  const pageSize = readPositiveInt(params, 'pageSize', 20);
  const mine = useMyLeave(tab === 'mine');
  const awaiting = useLeaveAwaitingMe(tabs.includes('approvals'));
  const list = useLeaveList({ nodeId, status, page, pageSize }, tab === 'records' && !!nodeId);
  const [creating, setCreating] = useState(false);
  const [stepping, setStepping] = useState<{ request: LeaveRequest; step: LeaveStep } | null>(null);
  const [downloading, setDownloading] = useState(false);
  const set = (changes: Record<string, string | number | undefined>) => setParams(withParams(params, { page: undefined, ...changes }));
  const onStep = (request: LeaveRequest, step: LeaveStep) => setStepping({ request, step });
  const forOthers = hasPermission(me, 'people.write');

  const download = () => {
    setDownloading(true);
    downloadLeaveList({ nodeId, status })
      .then(() => void message.success('已导出请销假记录'))
      .catch((error: unknown) => handleError(error))
      .finally(() => setDownloading(false));
  };

  if (!tab) return <Empty description="该账号未关联人员，也没有审批请假或管理人员的权限" style={{ marginTop: 48 }} />;

  const nodePicker = (
    <Form.Item label="范围" htmlFor="leave-node">
      <OrgNodePicker
        id="leave-node"
        value={nodeId ?? null}
        allowClear={false}
        onChange={(id) => set({ nodeId: id ?? undefined })}
        placeholder="输入单位或科室名称搜索"
        style={{ width: 240, maxWidth: '100%' }}
      />
    </Form.Item>
  );

  const waitingNode = () => {
    if (defaultNode.isPending) return <Spin style={{ display: 'block', margin: '48px auto' }} />;
    if (defaultNode.isError) return <QueryErrorResult error={defaultNode.error} />;
    return <Empty description="请选择单位或科室" />;
  };

  const body = () => {
    if (tab === 'mine') {
      if (mine.isError) return <QueryErrorResult error={mine.error} onRetry={() => void mine.refetch()} />;
      return <LeaveRequestsList requests={mine.data ?? []} loading={mine.isPending} showPerson={false} emptyText="还没有请假记录" onStep={onStep} />;
    }
    if (tab === 'approvals') {
      if (awaiting.isError) return <QueryErrorResult error={awaiting.error} onRetry={() => void awaiting.refetch()} />;
      return <LeaveRequestsList requests={awaiting.data ?? []} loading={awaiting.isPending} showPerson emptyText="没有待审批的请假" onStep={onStep} />;
    }
    if (tab === 'away') {
      return (
        <>
          <Form layout="inline" style={{ rowGap: 12, marginBottom: 12 }} aria-label="不在岗人员查询">
            {nodePicker}
            <Form.Item label="日期" htmlFor="leave-date">
              <DatePicker id="leave-date" value={dayjs(date)} allowClear={false} inputReadOnly onChange={(d) => set({ date: d ? d.format('YYYY-MM-DD') : undefined })} />
            </Form.Item>
          </Form>
          {nodeId ? <AwayList nodeId={nodeId} date={date} /> : waitingNode()}
        </>
      );
    }
    return (
      <>
        <Form layout="inline" style={{ rowGap: 12, marginBottom: 12 }} aria-label="请假记录筛选">
          {nodePicker}
          <Form.Item label="状态" htmlFor="leave-status">
            <Select
              id="leave-status"
              value={status ?? ''}
              onChange={(s: string) => set({ status: s })}
              options={[{ value: '', label: '全部' }, ...LEAVE_STATUSES.map((s) => ({ value: s, label: LEAVE_STATUS_LABELS[s] }))]}
              style={{ width: 110 }}
            />
          </Form.Item>
          <Form.Item>
            <Button icon={<FileExcelOutlined />} onClick={download} loading={downloading} disabled={!nodeId}>
              导出Excel
            </Button>
          </Form.Item>
        </Form>
        {!nodeId ? (
          waitingNode()
        ) : list.isError ? (
          <QueryErrorResult error={list.error} onRetry={() => void list.refetch()} />
        ) : (
          <LeaveRequestsList
            requests={list.data?.items ?? []}
            loading={list.isFetching}
            showPerson
            emptyText="没有请假记录"
            pagination={serverPagination(page, pageSize, list.data?.total, (p, size) => setParams(withParams(params, { page: size === pageSize ? p : 1, pageSize: size })))}
            onStep={onStep}
          />
        )}
      </>
    );
  };

  const labels: Record<LeaveTab, ReactNode> = {
    mine: '我的请假',
    approvals: (
      <Badge count={awaiting.data?.length ?? 0} size="small" offset={[8, 0]}>
        待我审批
      </Badge>
    ),
    away: '不在岗人员',
    records: '请假记录',
  };

  return (
    <>
      <PageHeader
        title="请销假"
        extra={
          (me.personId || forOthers) && (
            <Button type="primary" icon={<PlusOutlined />} onClick={() => setCreating(true)}>
              请假
            </Button>
          )
        }
      />
      <Card>
        <Tabs activeKey={tab} onChange={(key) => set({ tab: key, status: undefined })} items={tabs.map((k) => ({ key: k, label: labels[k] }))} />
        {body()}
      </Card>
      <LeaveRequestFormModal open={creating} forOthers={forOthers} ownPersonId={me.personId} onClose={() => setCreating(false)} />
      <LeaveStepModal request={stepping?.request ?? null} step={stepping?.step ?? null} onClose={() => setStepping(null)} />
    </>
  );
}
