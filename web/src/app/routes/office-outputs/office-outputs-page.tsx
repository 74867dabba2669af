import { useState } from 'react';
import { Button, Card, Empty, Form, Input, Select, Spin, Tabs } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { useQueryClient } from '@tanstack/react-query';
import { useSearchParams } from 'react-router';
import { OFFICE_OUTPUT_KINDS, OFFICE_OUTPUT_KIND_LABELS, type OfficeOutput } from '@mofan/shared';
import { useDefaultNodeId } from '../../../lib/default-node';
import { useOfficeOutputMonthly } from '../../../features/office-outputs/api/get-office-output-monthly';
import { officeOutputKeys } from '../../../features/office-outputs/api/query-keys';
import { MonthlyCountsTable } from '../../../features/office-outputs/components/monthly-counts-table';
import { OfficeOutputFormModal } from '../../../features/office-outputs/components/office-output-form-modal';
import { OfficeOutputsTable } from '../../../features/office-outputs/components/office-outputs-table';
import { PageHeader } from '../../../components/page-header';
import { OrgNodePicker } from '../../../components/pickers/org-node-picker';
import { QueryErrorResult } from '../../../components/query-error-result';
import { readEnum, readPositiveInt, readString, withParams } from '../../../lib/search-params';
import { todayInShanghai } from '../../../lib/today';
import { useCurrentUser } from '../../current-user';

const TABS = ['entries', 'monthly'] as const;

/** The form's state: closed, a new entry, or one being changed. */
type Editing = { mode: 'closed' } | { mode: 'new' } | { mode: 'edit'; output: OfficeOutput };

/**
 * 精文减会: documents issued and meetings held, entered once each, and the monthly figures per unit
 * that the 工委 watches.
 */
export function OfficeOutputsPage() {
  const me = useCurrentUser();
  const [params, setParams] = useSearchParams();
  const thisYear = todayInShanghai().year();
  const chosenNode = readString(params, 'nodeId');
  const defaultNode = useDefaultNodeId(me, 'office.write', !chosenNode);
  const nodeId = chosenNode ?? defaultNode.data ?? undefined;
  const year = readPositiveInt(params, 'year', thisYear, thisYear);
  const tab = readEnum(params, 'tab', TABS) ?? 'entries';
  const kind = readEnum(params, 'kind', OFFICE_OUTPUT_KINDS);
  const q = readString(params, 'q');
  const page = readPositiveInt(params, 'page', 1, 100000);
  const pageSize = readPositiveInt(params, 'pageSize', 20);
  const monthly = useOfficeOutputMonthly(nodeId, year, tab === 'monthly');
  const [editing, setEditing] = useState<Editing>({ mode: 'closed' });
  const queryClient = useQueryClient();

  const years = Array.from({ length: 5 }, (_, i) => thisYear - i);
  const set = (changes: Record<string, string | number | undefined>) => setParams(withParams(params, { page: undefined, ...changes }));

  const body = () => {
    if (!nodeId) {
      if (defaultNode.isPending) return <Spin style={{ display: 'block', margin: '48px auto' }} />;
      if (defaultNode.isError) return <QueryErrorResult error={defaultNode.error} />;
      return <Empty description="请选择单位" />;
    }
    if (tab === 'entries') {
      return (
        <OfficeOutputsTable
          filters={{ nodeId, kind, q, from: `${year}-01-01`, to: `${year}-12-31` }}
          page={page}
          pageSize={pageSize}
          onPageChange={(p, size) => setParams(withParams(params, { page: size === pageSize ? p : 1, pageSize: size }))}
          onEdit={(output) => setEditing({ mode: 'edit', output })}
        />
      );
    }
    if (monthly.isError) return <QueryErrorResult error={monthly.error} onRetry={() => void monthly.refetch()} />;
    if (!monthly.data) return <Spin style={{ display: 'block', margin: '48px auto' }} />;
    return <MonthlyCountsTable monthly={monthly.data} loading={monthly.isFetching} />;
  };

  return (
    <>
      <PageHeader
        title="精文减会"
        extra={
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setEditing({ mode: 'new' })}>
            登记发文或会议
          </Button>
        }
      />
      <Card>
        <Form layout="inline" style={{ rowGap: 12, marginBottom: 12 }} aria-label="筛选条件">
          <Form.Item label="单位" htmlFor="office-node">
            <OrgNodePicker
              id="office-node"
              value={nodeId ?? null}
              initialLabel={monthly.data?.nodeName ?? null}
              allowClear={false}
              onChange={(id) => set({ nodeId: id ?? undefined })}
              placeholder="输入单位名称搜索"
              style={{ width: 240, maxWidth: '100%' }}
            />
          </Form.Item>
          <Form.Item label="年度" htmlFor="office-year">
            <Select id="office-year" value={year} onChange={(y: number) => set({ year: y })} options={years.map((y) => ({ value: y, label: `${y}年` }))} style={{ width: 110 }} />
          </Form.Item>
          {tab === 'entries' && (
            <>
              <Form.Item label="类型" htmlFor="office-kind">
                <Select
                  id="office-kind"
                  value={kind ?? ''}
                  onChange={(k: string) => set({ kind: k })}
                  options={[{ value: '', label: '全部' }, ...OFFICE_OUTPUT_KINDS.map((k) => ({ value: k, label: OFFICE_OUTPUT_KIND_LABELS[k] }))]}
                  style={{ width: 100 }}
                />
              </Form.Item>
              <Form.Item label="查找" htmlFor="office-q">
                <Input.Search id="office-q" defaultValue={q} allowClear placeholder="标题或文号" onSearch={(text) => set({ q: text.trim() })} style={{ width: 220 }} />
              </Form.Item>
            </>
          )}
        </Form>
        <Tabs
          activeKey={tab}
          onChange={(key) => set({ tab: key === 'entries' ? undefined : key })}
          items={[
            { key: 'entries', label: '发文与会议登记' },
            { key: 'monthly', label: '各单位月度统计' },
          ]}
        />
        {body()}
      </Card>
      <OfficeOutputFormModal
        open={editing.mode !== 'closed'}
        output={editing.mode === 'edit' ? editing.output : undefined}
        defaultNodeId={nodeId}
        onClose={() => setEditing({ mode: 'closed' })}
        onVersionConflict={() => void queryClient.invalidateQueries({ queryKey: officeOutputKeys.lists })}
      />
    </>
  );
}
