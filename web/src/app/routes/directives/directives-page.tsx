import { useState } from 'react';
import { Button, Card, Tabs } from 'antd';
import { DashboardOutlined, PlusOutlined } from '@ant-design/icons';
import { useNavigate, useSearchParams } from 'react-router';
import { DIRECTIVE_LIGHTS, DIRECTIVE_SOURCES, DIRECTIVE_STATUSES, isValidIsoDate } from '@mofan/shared';
import { DirectiveFormModal } from '../../../features/directives/components/directive-form-modal';
import { DirectiveReminders } from '../../../features/directives/components/directive-reminders';
import { DirectivesFilterBar } from '../../../features/directives/components/directives-filter-bar';
import { DirectivesTable } from '../../../features/directives/components/directives-table';
import type { DirectiveFilters } from '../../../features/directives/api/query-keys';
import { PageHeader } from '../../../components/page-header';
import { hasPermission } from '../../../lib/permissions';
import { readEnum, readPositiveInt, readString, withParams } from '../../../lib/search-params';
import { useCurrentUser } from '../../current-user';

const TABS = ['reminders', 'handling', 'awaiting_sign', 'due_soon', 'overdue', 'supervising', 'all'] as const;
type Tab = (typeof TABS)[number];

interface TabSpec {
  label: string;
  /** What the tab itself filters by; the filter bar adds the rest. */
  preset: DirectiveFilters;
  empty: string;
  supervisorsOnly?: boolean;
}

const TAB_SPECS: Record<Tab, TabSpec> = {
  reminders: { label: '待我处理', preset: {}, empty: '' },
  handling: { label: '本单位承办协办', preset: { view: 'handling' }, empty: '没有交办给本单位（科室）的督办件' },
  awaiting_sign: { label: '待签收', preset: { view: 'handling', status: 'assigned' }, empty: '没有待签收的督办件' },
  due_soon: { label: '临期（黄灯）', preset: { view: 'all', light: 'yellow' }, empty: '没有3个工作日内到期的督办件' },
  overdue: { label: '逾期（红灯）', preset: { view: 'all', light: 'red' }, empty: '没有超期的督办件' },
  supervising: { label: '我督办的', preset: { view: 'supervising' }, empty: '没有符合条件的督办件', supervisorsOnly: true },
  all: { label: '全部', preset: { view: 'all' }, empty: '没有符合条件的督办件' },
};

function readDate(params: URLSearchParams, key: string): string | undefined {
  const value = readString(params, key);
  return value && isValidIsoDate(value) ? value : undefined;
}

/**
 * 督办件: what needs the user now, what is theirs to handle, what waits for signing, what is due
 * soon or overdue; supervisors also what they registered. Filters live in the address bar, so the
 * board can link to a filtered list.
 */
export function DirectivesPage() {
  const me = useCurrentUser();
  const navigate = useNavigate();
  const [params, setParams] = useSearchParams();
  const [registering, setRegistering] = useState(false);
  const supervises = hasPermission(me, 'directives.supervise');
  const tab = readEnum(params, 'tab', TABS) ?? 'reminders';
  const spec = TAB_SPECS[tab];
  const bar = {
    nodeId: readString(params, 'nodeId'),
    source: readEnum(params, 'source', DIRECTIVE_SOURCES),
    status: readEnum(params, 'status', DIRECTIVE_STATUSES),
    light: readEnum(params, 'light', DIRECTIVE_LIGHTS),
    q: readString(params, 'q'),
    registeredFrom: readDate(params, 'registeredFrom'),
    registeredTo: readDate(params, 'registeredTo'),
  };
  const page = readPositiveInt(params, 'page', 1, 100000);
  const pageSize = readPositiveInt(params, 'pageSize', 20);
  const fixed = new Set(Object.keys(spec.preset).filter((k): k is 'status' | 'light' => k === 'status' || k === 'light'));

  const tabs = TABS.filter((t) => supervises || !TAB_SPECS[t].supervisorsOnly).map((t) => ({ key: t, label: TAB_SPECS[t].label }));

  return (
    <>
      <PageHeader
        title="督办件"
        extra={
          supervises && (
            <>
              <Button icon={<DashboardOutlined />} onClick={() => void navigate('/directives/board')}>
                督办看板
              </Button>
              <Button type="primary" icon={<PlusOutlined />} onClick={() => setRegistering(true)}>
                立项
              </Button>
            </>
          )
        }
      />
      <Card>
        <Tabs activeKey={tab} onChange={(key) => setParams(withParams(new URLSearchParams(), { tab: key === 'reminders' ? undefined : key }))} items={tabs} />
        {tab === 'reminders' ? (
          <DirectiveReminders />
        ) : (
          <>
            <DirectivesFilterBar
              value={bar}
              fixed={fixed}
              onChange={(next) => setParams(withParams(new URLSearchParams(), { tab, ...next, pageSize: params.get('pageSize') }))}
            />
            <DirectivesTable
              filters={{ ...bar, ...spec.preset }}
              page={page}
              pageSize={pageSize}
              emptyText={spec.empty}
              onPageChange={(p, size) => setParams(withParams(params, { page: size === pageSize ? p : 1, pageSize: size }))}
            />
          </>
        )}
      </Card>
      <DirectiveFormModal open={registering} onClose={() => setRegistering(false)} />
    </>
  );
}
