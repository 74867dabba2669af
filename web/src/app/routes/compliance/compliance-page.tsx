import { Card, Empty, Form, Select, Spin, Tabs, Typography } from 'antd';
import { useSearchParams } from 'react-router';
import { useBranchGrid } from '../../../features/compliance/api/get-branch-grid';
import { useUnitOverview } from '../../../features/compliance/api/get-unit-overview';
import { useDefaultUnitId } from '../../../features/compliance/api/list-units';
import { BranchGridTable } from '../../../features/compliance/components/branch-grid-table';
import { OverviewGrid, type CellRef } from '../../../features/compliance/components/overview-grid';
import { RequirementDetailDrawer } from '../../../features/compliance/components/requirement-detail-drawer';
import { StatusLegend } from '../../../features/compliance/components/status-legend';
import { OrgNodePicker } from '../../../components/pickers/org-node-picker';
import { PageHeader } from '../../../components/page-header';
import { QueryErrorResult } from '../../../components/query-error-result';
import { readEnum, readPositiveInt, readString, withParams } from '../../../lib/search-params';
import { todayInShanghai } from '../../../lib/today';
import { useCurrentUser } from '../../current-user';

const TABS = ['overview', 'branches'] as const;

export function CompliancePage() {
  const me = useCurrentUser();
  const [params, setParams] = useSearchParams();
  const thisYear = todayInShanghai().year();
  const chosenUnit = readString(params, 'unitId');
  const year = readPositiveInt(params, 'year', thisYear, thisYear + 1);
  const tab = readEnum(params, 'tab', TABS) ?? 'overview';
  const defaultUnit = useDefaultUnitId(me, !chosenUnit);
  const unitId = chosenUnit ?? defaultUnit.data ?? undefined;
  const overview = useUnitOverview(tab === 'overview' ? unitId : undefined, year);
  const grid = useBranchGrid(unitId, year, tab === 'branches');
  // The drill-down is in the address bar too, so a reminder can link straight to it.
  const requirementId = readString(params, 'requirementId');
  const period = readString(params, 'period');
  const title = overview.data?.requirements.find((r) => r.id === requirementId)?.title ?? grid.data?.requirements.find((r) => r.id === requirementId)?.title ?? '';
  const cell: CellRef | null = requirementId && period ? { requirementId, title, period } : null;

  const years = Array.from({ length: 5 }, (_, i) => thisYear - i);
  const set = (changes: Record<string, string | number | undefined>) => setParams(withParams(params, changes));
  const setCell = (c: CellRef | null) => set({ requirementId: c?.requirementId, period: c?.period });

  const body = () => {
    if (!unitId) {
      if (defaultUnit.isPending) return <Spin style={{ display: 'block', margin: '48px auto' }} />;
      if (defaultUnit.isError) return <QueryErrorResult error={defaultUnit.error} />;
      return <Empty description="请选择单位" />;
    }
    const query = tab === 'overview' ? overview : grid;
    if (query.isError) return <QueryErrorResult error={query.error} onRetry={() => void query.refetch()} />;
    if (query.isPending) return <Spin style={{ display: 'block', margin: '48px auto' }} />;
    return tab === 'overview' && overview.data ? (
      <>
        <Typography.Paragraph type="secondary">
          每格为一个周期：数字为已完成对象数/应完成对象数，点击查看计入的台账与未完成的人员。统计截至 {overview.data.today}。
        </Typography.Paragraph>
        <OverviewGrid overview={overview.data} onOpen={setCell} />
      </>
    ) : grid.data ? (
      <>
        <Typography.Paragraph type="secondary">每格为该月登记的次数，颜色为所在考核周期的完成情况。</Typography.Paragraph>
        <BranchGridTable grid={grid.data} />
      </>
    ) : null;
  };

  return (
    <>
      <PageHeader title="落实情况" />
      <Card>
        <Form layout="inline" style={{ rowGap: 12, marginBottom: 12 }} aria-label="筛选条件">
          <Form.Item label="单位" htmlFor="compliance-unit">
            <OrgNodePicker
              id="compliance-unit"
              kinds={['unit']}
              value={unitId ?? null}
              // A 支部书记 may not read the unit node itself; the views already carry its name.
              initialLabel={overview.data?.unitName ?? grid.data?.unitName ?? null}
              allowClear={false}
              onChange={(id) => set({ unitId: id ?? undefined })}
              placeholder="输入单位名称搜索"
              style={{ width: 240, maxWidth: '100%' }}
            />
          </Form.Item>
          <Form.Item label="年度" htmlFor="compliance-year">
            <Select
              id="compliance-year"
              value={year}
              onChange={(y: number) => set({ year: y })}
              options={years.map((y) => ({ value: y, label: `${y}年` }))}
              style={{ width: 110 }}
            />
          </Form.Item>
        </Form>
        <StatusLegend />
        <Tabs
          activeKey={tab}
          onChange={(key) => set({ tab: key === 'overview' ? undefined : key })}
          items={[
            { key: 'overview', label: '制度要求落实' },
            { key: 'branches', label: '组织生活大排查' },
          ]}
        />
        {body()}
      </Card>
      {unitId && <RequirementDetailDrawer unitId={unitId} year={year} cell={cell} onClose={() => setCell(null)} />}
    </>
  );
}
