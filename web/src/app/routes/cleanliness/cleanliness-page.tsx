import { Card, DatePicker, Empty, Form, Select, Spin, Tabs } from 'antd';
import { useSearchParams } from 'react-router';
import dayjs from 'dayjs';
import { CLEANLINESS_ITEM_NODE_KINDS } from '@mofan/shared';
import { CleanlinessHistoryTable } from '../../../features/cleanliness/components/cleanliness-history-table';
import { CleanlinessMonthPanel } from '../../../features/cleanliness/components/cleanliness-month-panel';
import { CleanlinessSheetEditor } from '../../../features/cleanliness/components/cleanliness-sheet-editor';
import { PageHeader } from '../../../components/page-header';
import { OrgNodePicker } from '../../../components/pickers/org-node-picker';
import { useOrgNodeForLabel } from '../../../components/pickers/search-org-nodes';
import { QueryErrorResult } from '../../../components/query-error-result';
import { useDefaultNodeId } from '../../../lib/default-node';
import { hasPermission } from '../../../lib/permissions';
import { readEnum, readPositiveInt, readString, withParams } from '../../../lib/search-params';
import { todayInShanghai } from '../../../lib/today';
import { useCurrentUser } from '../../current-user';

const TABS = ['month', 'sheet', 'history'] as const;
const MONTH = /^\d{4}-(0[1-9]|1[0-2])$/;

/**
 * 清洁机关: every month one draw of 科室 (一抽查), their scores on the sheet of the four criteria
 * (一评比), the ranking and the Word bulletin (一通报); the sheet a 工委 sets for its units and each
 * unit adjusts; and each 科室's results for its 平时考核.
 */
export function CleanlinessPage() {
  const me = useCurrentUser();
  const [params, setParams] = useSearchParams();
  const today = todayInShanghai();
  const tab = readEnum(params, 'tab', TABS) ?? 'month';
  const chosenNode = readString(params, 'nodeId');
  const defaultNode = useDefaultNodeId(me, 'inspections.read', !chosenNode);
  const nodeId = chosenNode ?? defaultNode.data ?? undefined;
  const node = useOrgNodeForLabel(nodeId, !!nodeId);
  const monthParam = readString(params, 'month');
  const month = monthParam && MONTH.test(monthParam) ? monthParam : today.format('YYYY-MM');
  const year = readPositiveInt(params, 'year', today.year(), today.year());
  const departmentId = readString(params, 'departmentId');
  const mayWrite = hasPermission(me, 'inspections.write');
  const set = (changes: Record<string, string | number | undefined>) => setParams(withParams(params, changes));
  const isUnit = node.data?.kind === 'unit';
  const unitId = isUnit ? nodeId : undefined;

  const body = () => {
    if (!nodeId) {
      if (defaultNode.isPending) return <Spin style={{ display: 'block', margin: '48px auto' }} />;
      if (defaultNode.isError) return <QueryErrorResult error={defaultNode.error} />;
      return <Empty description="请选择单位" />;
    }
    if (tab === 'sheet') return <CleanlinessSheetEditor nodeId={nodeId} mayWrite={mayWrite} />;
    if (node.isError) return <QueryErrorResult error={node.error} />;
    if (!node.data) return <Spin style={{ display: 'block', margin: '48px auto' }} />;
    if (!unitId) return <Empty description="按单位抽查科室：请在上方选择一个单位（工委可在“检查表”中设定所辖单位通用的检查项目）" />;
    if (tab === 'month') return <CleanlinessMonthPanel unitId={unitId} month={month} mayWrite={mayWrite} />;
    return (
      <>
        <Form layout="inline" style={{ rowGap: 12, marginBottom: 12 }} aria-label="科室">
          <Form.Item label="科室" htmlFor="cleanliness-department">
            <OrgNodePicker
              id="cleanliness-department"
              kinds={['department']}
              unitId={unitId}
              value={departmentId ?? null}
              onChange={(id) => set({ departmentId: id ?? undefined })}
              placeholder="输入科室名称搜索"
              style={{ width: 220, maxWidth: '100%' }}
            />
          </Form.Item>
          <Form.Item label="年度" htmlFor="cleanliness-year">
            <Select
              id="cleanliness-year"
              value={year}
              onChange={(y: number) => set({ year: y })}
              options={Array.from({ length: 5 }, (_, i) => today.year() - i).map((y) => ({ value: y, label: `${y}年` }))}
              style={{ width: 110 }}
            />
          </Form.Item>
        </Form>
        <CleanlinessHistoryTable departmentId={departmentId} year={year} />
      </>
    );
  };

  return (
    <>
      <PageHeader title="清洁机关" />
      <Card>
        <Form layout="inline" style={{ rowGap: 12, marginBottom: 12 }} aria-label="单位与月份">
          <Form.Item label={tab === 'sheet' ? '单位或工委' : '单位'} htmlFor="cleanliness-node">
            <OrgNodePicker
              id="cleanliness-node"
              kinds={tab === 'sheet' ? CLEANLINESS_ITEM_NODE_KINDS : ['unit']}
              value={nodeId ?? null}
              initialLabel={node.data?.name ?? null}
              allowClear={false}
              onChange={(id) => set({ nodeId: id ?? undefined, departmentId: undefined })}
              placeholder="输入名称搜索"
              style={{ width: 240, maxWidth: '100%' }}
            />
          </Form.Item>
          {tab === 'month' && (
            <Form.Item label="月份" htmlFor="cleanliness-month">
              <DatePicker
                id="cleanliness-month"
                picker="month"
                value={dayjs(`${month}-01`)}
                allowClear={false}
                inputReadOnly
                disabledDate={(d) => d.isAfter(today, 'month')}
                onChange={(d) => set({ month: d ? d.format('YYYY-MM') : undefined })}
              />
            </Form.Item>
          )}
        </Form>
        <Tabs
          activeKey={tab}
          onChange={(key) => set({ tab: key === 'month' ? undefined : key })}
          items={[
            { key: 'month', label: '月度检查' },
            { key: 'sheet', label: '检查表' },
            { key: 'history', label: '科室历次结果' },
          ]}
        />
        {body()}
      </Card>
    </>
  );
}
