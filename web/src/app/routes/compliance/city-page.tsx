import { Card, Form, Select, Spin, Typography } from 'antd';
import { useSearchParams } from 'react-router';
import { PROGRAMMES, PROGRAMME_CODES } from '@mofan/shared';
import { useCityOverview } from '../../../features/compliance/api/get-city-overview';
import { CityGrid, RatioLegend } from '../../../features/compliance/components/city-grid';
import { OrgNodePicker } from '../../../components/pickers/org-node-picker';
import { PageHeader } from '../../../components/page-header';
import { QueryErrorResult } from '../../../components/query-error-result';
import { readEnum, readPositiveInt, readString, withParams } from '../../../lib/search-params';
import { todayInShanghai } from '../../../lib/today';

/** 工委总览: every unit in view against the dimensions of one programme, as a colour grid. */
export function CityPage() {
  const [params, setParams] = useSearchParams();
  const thisYear = todayInShanghai().year();
  const year = readPositiveInt(params, 'year', thisYear, thisYear + 1);
  const programme = readEnum(params, 'programme', PROGRAMME_CODES) ?? '000';
  const nodeId = readString(params, 'nodeId');
  const overview = useCityOverview({ year, programme, nodeId });
  const years = Array.from({ length: 5 }, (_, i) => thisYear - i);
  const set = (changes: Record<string, string | number | undefined>) => setParams(withParams(params, changes));

  const body = () => {
    if (overview.isError) return <QueryErrorResult error={overview.error} onRetry={() => void overview.refetch()} />;
    if (overview.isPending) return <Spin style={{ display: 'block', margin: '48px auto' }} />;
    return (
      <Spin spinning={overview.isPlaceholderData}>
        <Typography.Paragraph type="secondary">
          每格为该单位在该维度下已到期要求的完成率（已完成/已到期），未到期的不计。点击单位查看其各项要求的落实情况。统计截至 {overview.data.today}。
        </Typography.Paragraph>
        <CityGrid overview={overview.data} />
      </Spin>
    );
  };

  return (
    <>
      <PageHeader title="工委总览" />
      <Card>
        <Form layout="inline" style={{ rowGap: 12, marginBottom: 12 }} aria-label="筛选条件">
          <Form.Item label="创建体系" htmlFor="city-programme">
            <Select
              id="city-programme"
              value={programme}
              onChange={(p: string) => set({ programme: p === '000' ? undefined : p })}
              options={PROGRAMMES.map((p) => ({ value: p.code, label: p.name }))}
              style={{ width: 260, maxWidth: '100%' }}
            />
          </Form.Item>
          <Form.Item label="年度" htmlFor="city-year">
            <Select
              id="city-year"
              value={year}
              onChange={(y: number) => set({ year: y })}
              options={years.map((y) => ({ value: y, label: `${y}年` }))}
              style={{ width: 110 }}
            />
          </Form.Item>
          <Form.Item label="范围" htmlFor="city-node">
            <OrgNodePicker
              id="city-node"
              kinds={['city', 'district', 'system']}
              value={nodeId ?? null}
              onChange={(id) => set({ nodeId: id ?? undefined })}
              placeholder="全部可见单位"
              style={{ width: 220, maxWidth: '100%' }}
            />
          </Form.Item>
        </Form>
        <RatioLegend />
        {body()}
      </Card>
    </>
  );
}
