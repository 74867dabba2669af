import { useState } from 'react';
import { App, Button, Card, Col, DatePicker, Empty, Form, Row, Space, Spin, Statistic, Table, Typography } from 'antd';
import { FileExcelOutlined, FileWordOutlined } from '@ant-design/icons';
import { useSearchParams } from 'react-router';
import dayjs from 'dayjs';
import type { DirectiveReportQuery, OverdueDirective } from '@mofan/shared';
import { downloadDirectiveBulletin, downloadDirectiveLedger } from '../../../features/directive-reports/api/download-directive-report';
import { useDirectiveStatistics } from '../../../features/directive-reports/api/get-directive-statistics';
import { FiguresTable, percent } from '../../../features/directive-reports/components/figures-table';
import { PageHeader } from '../../../components/page-header';
import { OrgNodePicker } from '../../../components/pickers/org-node-picker';
import { QueryErrorResult } from '../../../components/query-error-result';
import { useApiErrorHandler } from '../../../lib/use-api-error';
import { useDefaultNodeId } from '../../../lib/default-node';
import { readString, withParams } from '../../../lib/search-params';
import { TABLE_SCROLL } from '../../../lib/table';
import { todayInShanghai } from '../../../lib/today';
import { useCurrentUser } from '../../current-user';

const ISO = /^\d{4}-\d{2}-\d{2}$/;

/**
 * 督办统计: on-time rate, overdue matters and handling time per 承办单位 and 科室, and the two
 * documents made from them — the 督办情况通报 (Word) and the 督办台账 (Excel).
 */
export function DirectiveReportsPage() {
  const me = useCurrentUser();
  const { message } = App.useApp();
  const handleError = useApiErrorHandler();
  const [params, setParams] = useSearchParams();
  const today = todayInShanghai();
  const chosenNode = readString(params, 'nodeId');
  const defaultNode = useDefaultNodeId(me, 'directives.read', !chosenNode);
  const nodeId = chosenNode ?? defaultNode.data ?? undefined;
  const fromParam = readString(params, 'from');
  const toParam = readString(params, 'to');
  const from = fromParam && ISO.test(fromParam) ? fromParam : `${today.year()}-01-01`;
  const to = toParam && ISO.test(toParam) ? toParam : today.format('YYYY-MM-DD');
  const query: DirectiveReportQuery | null = nodeId ? { nodeId, from, to } : null;
  const statistics = useDirectiveStatistics(query);
  const [downloading, setDownloading] = useState<'docx' | 'xlsx' | null>(null);

  const download = (kind: 'docx' | 'xlsx') => {
    if (!query) return;
    setDownloading(kind);
    (kind === 'docx' ? downloadDirectiveBulletin(query) : downloadDirectiveLedger(query))
      .then(() => void message.success(kind === 'docx' ? '已生成督办情况通报' : '已导出督办台账'))
      .catch((error: unknown) => handleError(error))
      .finally(() => setDownloading(null));
  };

  const body = () => {
    if (!nodeId) {
      if (defaultNode.isPending) return <Spin style={{ display: 'block', margin: '48px auto' }} />;
      if (defaultNode.isError) return <QueryErrorResult error={defaultNode.error} />;
      return <Empty description="请选择统计范围" />;
    }
    if (statistics.isError) return <QueryErrorResult error={statistics.error} onRetry={() => void statistics.refetch()} />;
    if (!statistics.data) return <Spin style={{ display: 'block', margin: '48px auto' }} />;
    const s = statistics.data;
    return (
      <Space direction="vertical" size="large" style={{ width: '100%' }}>
        <Row gutter={[16, 16]}>
          <Col xs={12} md={4}>
            <Statistic title="立项" value={s.totals.total} />
          </Col>
          <Col xs={12} md={4}>
            <Statistic title="已办结销号" value={s.totals.closed} />
          </Col>
          <Col xs={12} md={4}>
            <Statistic title="按期办结率" value={percent(s.totals.onTimeRate)} />
          </Col>
          <Col xs={12} md={4}>
            <Statistic title="逾期未办结" value={s.totals.overdue} valueStyle={s.totals.overdue > 0 ? { color: '#cf1322' } : undefined} />
          </Col>
          <Col xs={12} md={4}>
            <Statistic title="平均用时（工作日）" value={s.totals.averageWorkingDays === null ? '—' : s.totals.averageWorkingDays.toFixed(1)} />
          </Col>
          <Col xs={12} md={4}>
            <Statistic title="批准延期" value={s.totals.extensionsApproved} />
          </Col>
        </Row>
        <Typography.Text type="secondary">
          {s.nodeName}：{s.from} 至 {s.to} 立项的督办件，状态截至 {s.today}。按期办结率 = 按期办结 ÷（已办结 + 逾期未办结）。
        </Typography.Text>
        <div>
          <Typography.Title level={5}>按承办单位</Typography.Title>
          <FiguresTable rows={s.byUnit} emptyText="该范围内没有督办件" />
        </div>
        {s.byDepartment.length > 0 && (
          <div>
            <Typography.Title level={5}>按承办科室</Typography.Title>
            <FiguresTable rows={s.byDepartment} emptyText="" />
          </div>
        )}
        <div>
          <Typography.Title level={5}>逾期未办结事项</Typography.Title>
          <Table<OverdueDirective>
            rowKey="id"
            size="small"
            pagination={false}
            scroll={TABLE_SCROLL}
            dataSource={s.overdue}
            locale={{ emptyText: '没有逾期未办结的事项' }}
            columns={[
              { title: '编号', dataIndex: 'code', render: (c: string | null) => c ?? '—' },
              { title: '事项', dataIndex: 'title' },
              { title: '承办', key: 'lead', render: (_, d) => (d.leadUnitName ? `${d.leadUnitName} ${d.leadNodeName}` : d.leadNodeName) },
              { title: '立项', dataIndex: 'registeredOn' },
              { title: '时限', dataIndex: 'effectiveDueOn' },
              { title: '逾期（工作日）', dataIndex: 'overdueWorkingDays', align: 'right' },
            ]}
          />
        </div>
      </Space>
    );
  };

  return (
    <>
      <PageHeader
        title="督办统计"
        extra={
          <Space wrap>
            <Button icon={<FileWordOutlined />} disabled={!query} loading={downloading === 'docx'} onClick={() => download('docx')}>
              督办情况通报
            </Button>
            <Button icon={<FileExcelOutlined />} disabled={!query} loading={downloading === 'xlsx'} onClick={() => download('xlsx')}>
              督办台账
            </Button>
          </Space>
        }
      />
      <Card>
        <Form layout="inline" style={{ rowGap: 12, marginBottom: 16 }} aria-label="统计范围">
          <Form.Item label="范围" htmlFor="report-node">
            <OrgNodePicker
              id="report-node"
              value={nodeId ?? null}
              initialLabel={statistics.data?.nodeName ?? null}
              allowClear={false}
              onChange={(id) => setParams(withParams(params, { nodeId: id ?? undefined }))}
              placeholder="输入单位名称搜索"
              style={{ width: 240, maxWidth: '100%' }}
            />
          </Form.Item>
          <Form.Item label="立项日期">
            <DatePicker.RangePicker
              allowClear={false}
              value={[dayjs(from), dayjs(to)]}
              onChange={(range) => {
                if (range?.[0] && range[1]) setParams(withParams(params, { from: range[0].format('YYYY-MM-DD'), to: range[1].format('YYYY-MM-DD') }));
              }}
            />
          </Form.Item>
        </Form>
        {body()}
      </Card>
    </>
  );
}
