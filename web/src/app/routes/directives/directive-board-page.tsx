import { useState } from 'react';
import { Button, Card, Col, Flex, Form, Row, Select, Statistic, Typography } from 'antd';
import { PlusOutlined, RobotOutlined, UnorderedListOutlined } from '@ant-design/icons';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { DIRECTIVE_LIGHTS, DIRECTIVE_SOURCES, DIRECTIVE_SOURCE_LABELS, isValidIsoDate, type DirectiveLight } from '@mofan/shared';
import { useDirectiveBoard } from '../../../features/directives/api/get-directive-board';
import type { DirectiveBoardFilters } from '../../../features/directives/api/query-keys';
import { canSetDirectiveWebhook } from '../../../features/directives/components/default-supervisor-node';
import { DirectiveBoardTable, type BoardCellFilter } from '../../../features/directives/components/directive-board-table';
import { DirectiveFormModal } from '../../../features/directives/components/directive-form-modal';
import { DIRECTIVE_LIGHT_SHORT, LightTag } from '../../../features/directives/components/directive-tags';
import { DateRangeFilter } from '../../../components/date-range-filter';
import { PageHeader } from '../../../components/page-header';
import { OrgNodePicker } from '../../../components/pickers/org-node-picker';
import { QueryErrorResult } from '../../../components/query-error-result';
import { readEnum, readString, withParams } from '../../../lib/search-params';
import { useCurrentUser } from '../../current-user';

const LIGHT_VALUE_COLORS: Record<DirectiveLight, string> = { green: '#389e0d', yellow: '#d48806', red: '#cf1322' };

function readDate(params: URLSearchParams, key: string): string | undefined {
  const value = readString(params, key);
  return value && isValidIsoDate(value) ? value : undefined;
}

/** The list a board count stands for: the supervisor's directives of that node, light or step. */
function listPath(filters: DirectiveBoardFilters, nodeId: string | null, cell: BoardCellFilter): string {
  const query = withParams(new URLSearchParams(), {
    tab: 'supervising',
    nodeId: nodeId ?? filters.nodeId,
    source: filters.source,
    registeredFrom: filters.registeredFrom,
    registeredTo: filters.registeredTo,
    ...cell,
  });
  return `/directives?${query.toString()}`;
}

/** 督办看板: across the 承办 units and 科室 the supervisor reaches, the lights and steps of their directives. */
export function DirectiveBoardPage() {
  const me = useCurrentUser();
  const navigate = useNavigate();
  const [params, setParams] = useSearchParams();
  const [registering, setRegistering] = useState(false);
  const filters: DirectiveBoardFilters = {
    nodeId: readString(params, 'nodeId'),
    source: readEnum(params, 'source', DIRECTIVE_SOURCES),
    registeredFrom: readDate(params, 'registeredFrom'),
    registeredTo: readDate(params, 'registeredTo'),
  };
  const board = useDirectiveBoard(filters);
  const set = (changes: DirectiveBoardFilters) => setParams(withParams(params, { ...changes }));
  const linkTo = (nodeId: string | null, cell: BoardCellFilter) => listPath(filters, nodeId, cell);
  const totals = board.data?.totals;

  return (
    <>
      <PageHeader
        title="督办看板"
        extra={
          <>
            <Button icon={<UnorderedListOutlined />} onClick={() => void navigate('/directives?tab=supervising')}>
              督办件列表
            </Button>
            {canSetDirectiveWebhook(me) && (
              <Button icon={<RobotOutlined />} onClick={() => void navigate('/directives/webhook')}>
                提醒群机器人
              </Button>
            )}
            <Button type="primary" icon={<PlusOutlined />} onClick={() => setRegistering(true)}>
              立项
            </Button>
          </>
        }
      />
      <Flex vertical gap={16}>
        <Card>
          <Form layout="inline" style={{ rowGap: 12 }} aria-label="筛选条件">
            <Form.Item label="承办单位范围" htmlFor="board-node">
              <OrgNodePicker
                id="board-node"
                tree="admin"
                value={filters.nodeId ?? null}
                onChange={(nodeId) => set({ nodeId: nodeId ?? undefined })}
                placeholder="全部"
                style={{ width: 220, maxWidth: '100%' }}
              />
            </Form.Item>
            <Form.Item label="来源" htmlFor="board-source">
              <Select
                id="board-source"
                allowClear
                placeholder="全部"
                value={filters.source}
                onChange={(source?: DirectiveBoardFilters['source']) => set({ source })}
                options={DIRECTIVE_SOURCES.map((s) => ({ value: s, label: DIRECTIVE_SOURCE_LABELS[s] }))}
                style={{ width: 170 }}
              />
            </Form.Item>
            <Form.Item label="立项日期" htmlFor="board-dates">
              <DateRangeFilter id="board-dates" from={filters.registeredFrom} to={filters.registeredTo} onChange={({ from, to }) => set({ registeredFrom: from, registeredTo: to })} />
            </Form.Item>
            <Form.Item>
              <Button onClick={() => setParams(new URLSearchParams())}>重置</Button>
            </Form.Item>
          </Form>
        </Card>
        {board.isError ? (
          <QueryErrorResult error={board.error} onRetry={() => void board.refetch()} />
        ) : (
          <>
            <Row gutter={[12, 12]}>
              <Col xs={12} md={6}>
                <Card size="small">
                  <Link to={linkTo(null, {})} aria-label={`合计 ${totals?.total ?? 0} 件`}>
                    <Statistic title="督办件合计" value={totals?.total ?? 0} suffix="件" loading={board.isPending} />
                  </Link>
                </Card>
              </Col>
              {[...DIRECTIVE_LIGHTS].reverse().map((light) => (
                <Col key={light} xs={12} md={6}>
                  <Card size="small">
                    <Link to={linkTo(null, { light })} aria-label={`${DIRECTIVE_LIGHT_SHORT[light]} ${totals?.lights[light] ?? 0} 件`} data-testid={`board-total-${light}`}>
                      <Statistic title={<LightTag light={light} />} value={totals?.lights[light] ?? 0} suffix="件" loading={board.isPending} styles={{ content: { color: LIGHT_VALUE_COLORS[light] } }} />
                    </Link>
                  </Card>
                </Col>
              ))}
            </Row>
            <Card title="各承办单位（科室）" extra={board.data && <Typography.Text type="secondary">截至 {board.data.today}</Typography.Text>}>
              <DirectiveBoardTable rows={board.data?.rows ?? []} loading={board.isFetching} linkTo={linkTo} />
            </Card>
          </>
        )}
      </Flex>
      <DirectiveFormModal open={registering} onClose={() => setRegistering(false)} />
    </>
  );
}
