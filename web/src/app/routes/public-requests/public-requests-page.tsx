import { useState } from 'react';
import { App, Button, Card, Tabs } from 'antd';
import { DownloadOutlined, PlusOutlined } from '@ant-design/icons';
import { useSearchParams } from 'react-router';
import { PUBLIC_REQUEST_STATUSES, isValidIsoDate, type PublicRequestStatus } from '@mofan/shared';
import { downloadPublicRequests } from '../../../features/public-requests/api/download-public-requests';
import { PublicRequestFormModal } from '../../../features/public-requests/components/public-request-form-modal';
import { PublicRequestsFilterBar } from '../../../features/public-requests/components/public-requests-filter-bar';
import { PublicRequestsTable } from '../../../features/public-requests/components/public-requests-table';
import { PageHeader } from '../../../components/page-header';
import { useDefaultNodeId } from '../../../lib/default-node';
import { errorMessage } from '../../../lib/api-error';
import { hasPermission } from '../../../lib/permissions';
import { readEnum, readPositiveInt, readString, withParams } from '../../../lib/search-params';
import { useCurrentUser } from '../../current-user';

type Tab = 'all' | PublicRequestStatus;
const TABS: readonly Tab[] = ['all', ...PUBLIC_REQUEST_STATUSES];

const TAB_LABELS: Record<Tab, { label: string; empty: string }> = {
  all: { label: '全部', empty: '没有符合条件的群众诉求' },
  received: { label: '待认领', empty: '没有待认领的诉求' },
  claimed: { label: '办理中', empty: '没有办理中的诉求' },
  solved: { label: '已解决', empty: '没有已解决待完善机制的诉求' },
  closed: { label: '已办结', empty: '没有已办结的诉求' },
  reopened: { label: '待回访', empty: '没有群众不满意、待回访的诉求' },
};

function readDate(params: URLSearchParams, key: string): string | undefined {
  const value = readString(params, key);
  return value && isValidIsoDate(value) ? value : undefined;
}

/**
 * 群众诉求 / 我为群众办实事: 了解需求 → 认领问题 → 解决问题 → 完善机制, by status; the needs a
 * 工委 or unit gathered wait under 待认领 for its units and 科室. Filters live in the address bar.
 */
export function PublicRequestsPage() {
  const me = useCurrentUser();
  const { message } = App.useApp();
  const [params, setParams] = useSearchParams();
  const [registering, setRegistering] = useState(false);
  const [exporting, setExporting] = useState(false);
  const handles = hasPermission(me, 'requests.handle');
  const defaultNode = useDefaultNodeId(me, 'requests.handle', handles);
  const tab = readEnum(params, 'tab', TABS) ?? 'all';
  const bar = { nodeId: readString(params, 'nodeId'), q: readString(params, 'q'), from: readDate(params, 'from'), to: readDate(params, 'to') };
  const filters = { ...bar, status: tab === 'all' ? undefined : tab };
  const page = readPositiveInt(params, 'page', 1, 100000);
  const pageSize = readPositiveInt(params, 'pageSize', 20);

  const exportLedger = () => {
    setExporting(true);
    downloadPublicRequests(filters)
      .catch((error: unknown) => void message.error(errorMessage(error)))
      .finally(() => setExporting(false));
  };

  return (
    <>
      <PageHeader
        title="群众诉求"
        extra={
          <>
            <Button icon={<DownloadOutlined />} loading={exporting} onClick={exportLedger}>
              导出台账
            </Button>
            {handles && (
              <Button type="primary" icon={<PlusOutlined />} onClick={() => setRegistering(true)}>
                登记诉求
              </Button>
            )}
          </>
        }
      />
      <Card>
        <Tabs
          activeKey={tab}
          onChange={(key) => setParams(withParams(params, { tab: key === 'all' ? undefined : key, page: undefined }))}
          items={TABS.map((t) => ({ key: t, label: TAB_LABELS[t].label }))}
        />
        <PublicRequestsFilterBar value={bar} onChange={(next) => setParams(withParams(new URLSearchParams(), { tab: params.get('tab'), ...next, pageSize: params.get('pageSize') }))} />
        <PublicRequestsTable
          filters={filters}
          page={page}
          pageSize={pageSize}
          emptyText={TAB_LABELS[tab].empty}
          onPageChange={(p, size) => setParams(withParams(params, { page: size === pageSize ? p : 1, pageSize: size }))}
        />
      </Card>
      <PublicRequestFormModal open={registering} defaultNodeId={defaultNode.data ?? undefined} onClose={() => setRegistering(false)} />
    </>
  );
}
