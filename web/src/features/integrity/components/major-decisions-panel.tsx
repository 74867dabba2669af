import { useState } from 'react';
import { App, Button, Flex, Form, Input, Select, Table, type TableColumnsType } from 'antd';
import { DownloadOutlined, PlusOutlined } from '@ant-design/icons';
import { MAJOR_DECISION_CATEGORIES, MAJOR_DECISION_CATEGORY_LABELS, type MajorDecision } from '@mofan/shared';
import { DateRangeFilter } from '../../../components/date-range-filter';
import { OrgNodePicker } from '../../../components/pickers/org-node-picker';
import { QueryErrorResult } from '../../../components/query-error-result';
import { errorMessage } from '../../../lib/api-error';
import { orEmpty } from '../../../lib/format';
import { serverPagination, TABLE_SCROLL } from '../../../lib/table';
import { useApiErrorHandler } from '../../../lib/use-api-error';
import { useDeleteMajorDecision } from '../api/delete-major-decision';
import { downloadMajorDecisions } from '../api/download-major-decisions';
import { useMajorDecisions } from '../api/list-major-decisions';
import type { MajorDecisionFilters } from '../api/query-keys';
import { MajorDecisionFormModal } from './major-decision-form-modal';
import { MajorDecisionViewsList } from './major-decision-views-list';

interface MajorDecisionsPanelProps {
  filters: MajorDecisionFilters;
  onFiltersChange: (filters: MajorDecisionFilters) => void;
  page: number;
  pageSize: number;
  onPageChange: (page: number, pageSize: number) => void;
  canWrite: boolean;
  defaultUnitId: string | undefined;
}

type Editing = { mode: 'closed' } | { mode: 'new' } | { mode: 'edit'; decision: MajorDecision };

const wrap = { whiteSpace: 'pre-wrap', minWidth: 160, maxWidth: 320 } as const;

/** 三重一大: decisions newest first, each row opening to the views in the order spoken; export as the log. */
export function MajorDecisionsPanel({ filters, onFiltersChange, page, pageSize, onPageChange, canWrite, defaultUnitId }: MajorDecisionsPanelProps) {
  const { modal, message } = App.useApp();
  const handleError = useApiErrorHandler();
  const query = useMajorDecisions({ ...filters, page, pageSize });
  const remove = useDeleteMajorDecision();
  const [editing, setEditing] = useState<Editing>({ mode: 'closed' });
  const [exporting, setExporting] = useState(false);
  const set = (changes: MajorDecisionFilters) => onFiltersChange({ ...filters, ...changes });

  const confirmDelete = (d: MajorDecision) =>
    modal.confirm({
      title: `删除「${d.matter}」的决策记录？`,
      okText: '删除',
      okButtonProps: { danger: true },
      onOk: () =>
        remove
          .mutateAsync(d.id)
          .then(() => void message.success('已删除'))
          .catch((error: unknown) => handleError(error)),
    });

  const exportLog = () => {
    setExporting(true);
    downloadMajorDecisions(filters)
      .catch((error: unknown) => void message.error(errorMessage(error)))
      .finally(() => setExporting(false));
  };

  const columns: TableColumnsType<MajorDecision> = [
    { title: '决策日期', dataIndex: 'decidedOn', key: 'decidedOn' },
    { title: '单位', dataIndex: 'unitName', key: 'unit' },
    { title: '类别', key: 'category', render: (_, d) => MAJOR_DECISION_CATEGORY_LABELS[d.category] },
    { title: '决策事项', key: 'matter', render: (_, d) => <div style={wrap}>{d.matter}</div> },
    { title: '会议', dataIndex: 'meeting', key: 'meeting' },
    { title: '主要负责人', key: 'principal', render: (_, d) => orEmpty(d.views.find((v) => v.principal)?.personName) },
    { title: '决策结果', key: 'decision', render: (_, d) => <div style={wrap}>{d.decision}</div> },
    ...(canWrite
      ? [
          {
            title: '操作',
            key: 'actions',
            render: (_: unknown, d: MajorDecision) => (
              <Flex gap={4}>
                <Button size="small" onClick={() => setEditing({ mode: 'edit', decision: d })}>
                  修改
                </Button>
                <Button size="small" danger onClick={() => confirmDelete(d)}>
                  删除
                </Button>
              </Flex>
            ),
          },
        ]
      : []),
  ];

  return (
    <>
      <Form layout="inline" style={{ rowGap: 12, marginBottom: 12 }} aria-label="决策记录筛选条件">
        <Form.Item label="单位" htmlFor="decisions-node">
          <OrgNodePicker id="decisions-node" tree="admin" value={filters.nodeId ?? null} onChange={(nodeId) => set({ nodeId: nodeId ?? undefined })} placeholder="单位（或工委，含所辖）" style={{ width: 220, maxWidth: '100%' }} />
        </Form.Item>
        <Form.Item label="类别" htmlFor="decisions-category">
          <Select
            id="decisions-category"
            allowClear
            placeholder="全部"
            value={filters.category}
            onChange={(category?: MajorDecisionFilters['category']) => set({ category })}
            options={MAJOR_DECISION_CATEGORIES.map((c) => ({ value: c, label: MAJOR_DECISION_CATEGORY_LABELS[c] }))}
            style={{ width: 150 }}
          />
        </Form.Item>
        <Form.Item label="决策日期" htmlFor="decisions-dates">
          <DateRangeFilter id="decisions-dates" from={filters.from} to={filters.to} onChange={({ from, to }) => set({ from, to })} />
        </Form.Item>
        <Form.Item label="查找" htmlFor="decisions-q">
          <Input.Search key={filters.q ?? ''} id="decisions-q" defaultValue={filters.q} allowClear placeholder="事项、会议或结果" onSearch={(text) => set({ q: text.trim() || undefined })} style={{ width: 200, maxWidth: '100%' }} />
        </Form.Item>
        <Form.Item>
          <Flex gap={8} wrap>
            <Button icon={<DownloadOutlined />} loading={exporting} onClick={exportLog}>
              导出记录
            </Button>
            {canWrite && (
              <Button type="primary" icon={<PlusOutlined />} onClick={() => setEditing({ mode: 'new' })}>
                登记决策
              </Button>
            )}
          </Flex>
        </Form.Item>
      </Form>
      {query.isError ? (
        <QueryErrorResult error={query.error} onRetry={() => void query.refetch()} />
      ) : (
        <Table<MajorDecision>
          rowKey="id"
          columns={columns}
          dataSource={query.data?.items}
          loading={query.isFetching}
          scroll={TABLE_SCROLL}
          expandable={{ expandedRowRender: (d) => <MajorDecisionViewsList views={d.views} />, expandRowByClick: true }}
          pagination={serverPagination(page, pageSize, query.data?.total, onPageChange, '项')}
          locale={{ emptyText: '没有登记的三重一大决策' }}
        />
      )}
      <MajorDecisionFormModal
        open={editing.mode !== 'closed'}
        decision={editing.mode === 'edit' ? editing.decision : undefined}
        defaultUnitId={defaultUnitId}
        onClose={() => setEditing({ mode: 'closed' })}
        onVersionConflict={() => void query.refetch()}
      />
    </>
  );
}
