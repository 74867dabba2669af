import { useState } from 'react';
import { Alert, App, Button, Flex, Form, Input, Select, Switch, Table, Tag, Typography, type TableColumnsType } from 'antd';
import { DownloadOutlined, PlusOutlined } from '@ant-design/icons';
import { INTEGRITY_RISK_LEVELS, INTEGRITY_RISK_LEVEL_LABELS, INTEGRITY_RISK_SCOPES, INTEGRITY_RISK_SCOPE_LABELS, type IntegrityRisk } from '@mofan/shared';
import { OrgNodePicker } from '../../../components/pickers/org-node-picker';
import { QueryErrorResult } from '../../../components/query-error-result';
import { errorMessage } from '../../../lib/api-error';
import { serverPagination, TABLE_SCROLL } from '../../../lib/table';
import { useApiErrorHandler } from '../../../lib/use-api-error';
import { useDeleteIntegrityRisk } from '../api/delete-integrity-risk';
import { downloadIntegrityRisks } from '../api/download-integrity-risks';
import { useIntegrityRisks } from '../api/list-integrity-risks';
import type { IntegrityRiskFilters } from '../api/query-keys';
import { IntegrityRiskFormModal } from './integrity-risk-form-modal';
import { IntegrityRiskReviewModal } from './integrity-risk-review-modal';
import { RiskLevelTag } from './integrity-risk-tags';

interface IntegrityRisksPanelProps {
  filters: IntegrityRiskFilters;
  onFiltersChange: (filters: IntegrityRiskFilters) => void;
  page: number;
  pageSize: number;
  onPageChange: (page: number, pageSize: number) => void;
  /** The reader keeps the register (integrity.write); the server checks each unit again. */
  canWrite: boolean;
  defaultNodeId: string | undefined;
}

type Editing = { mode: 'closed' } | { mode: 'new' } | { mode: 'edit'; risk: IntegrityRisk };

const pre = { whiteSpace: 'pre-wrap', minWidth: 200, maxWidth: 360 } as const;

/** 廉政风险点: per post and process, 高 first, those not reviewed this year marked; export as the 台账. */
export function IntegrityRisksPanel({ filters, onFiltersChange, page, pageSize, onPageChange, canWrite, defaultNodeId }: IntegrityRisksPanelProps) {
  const { modal, message } = App.useApp();
  const handleError = useApiErrorHandler();
  const query = useIntegrityRisks({ ...filters, page, pageSize });
  const remove = useDeleteIntegrityRisk();
  const [editing, setEditing] = useState<Editing>({ mode: 'closed' });
  const [reviewing, setReviewing] = useState<IntegrityRisk | null>(null);
  const [exporting, setExporting] = useState(false);
  const set = (changes: IntegrityRiskFilters) => onFiltersChange({ ...filters, ...changes });
  const reload = () => void query.refetch();

  const confirmDelete = (r: IntegrityRisk) =>
    modal.confirm({
      title: `删除风险点「${r.name}」？`,
      okText: '删除',
      okButtonProps: { danger: true },
      onOk: () =>
        remove
          .mutateAsync(r.id)
          .then(() => void message.success('已删除'))
          .catch((error: unknown) => handleError(error)),
    });

  const exportRegister = () => {
    setExporting(true);
    downloadIntegrityRisks(filters)
      .catch((error: unknown) => void message.error(errorMessage(error)))
      .finally(() => setExporting(false));
  };

  const columns: TableColumnsType<IntegrityRisk> = [
    { title: '单位（科室）', key: 'node', render: (_, r) => (r.unitName ? `${r.unitName} ${r.nodeName}` : r.nodeName) },
    { title: '类别', key: 'scope', render: (_, r) => INTEGRITY_RISK_SCOPE_LABELS[r.scope] },
    { title: '岗位或流程', dataIndex: 'name', key: 'name' },
    { title: '风险表现', key: 'risk', render: (_, r) => <div style={pre}>{r.risk}</div> },
    { title: '等级', key: 'level', render: (_, r) => <RiskLevelTag level={r.level} /> },
    { title: '防控措施', key: 'measures', render: (_, r) => <div style={pre}>{r.measures}</div> },
    {
      title: '年度复核',
      key: 'review',
      render: (_, r) => (
        <Flex vertical gap={2}>
          {r.reviewedThisYear ? <Tag color="green">已复核</Tag> : <Tag color="red">本年度未复核</Tag>}
          {r.reviewedOn && (
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {r.reviewedOn}
              {r.reviewNote ? `：${r.reviewNote}` : ''}
            </Typography.Text>
          )}
        </Flex>
      ),
    },
    ...(canWrite
      ? [
          {
            title: '操作',
            key: 'actions',
            render: (_: unknown, r: IntegrityRisk) => (
              <Flex gap={4} wrap>
                <Button size="small" type={r.reviewedThisYear ? 'default' : 'primary'} onClick={() => setReviewing(r)}>
                  复核
                </Button>
                <Button size="small" onClick={() => setEditing({ mode: 'edit', risk: r })}>
                  修改
                </Button>
                <Button size="small" danger onClick={() => confirmDelete(r)}>
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
      <Form layout="inline" style={{ rowGap: 12, marginBottom: 12 }} aria-label="风险点筛选条件">
        <Form.Item label="单位" htmlFor="risks-node">
          <OrgNodePicker id="risks-node" tree="admin" value={filters.nodeId ?? null} onChange={(nodeId) => set({ nodeId: nodeId ?? undefined })} placeholder="单位或科室（含下级）" style={{ width: 220, maxWidth: '100%' }} />
        </Form.Item>
        <Form.Item label="类别" htmlFor="risks-scope">
          <Select
            id="risks-scope"
            allowClear
            placeholder="全部"
            value={filters.scope}
            onChange={(scope?: IntegrityRiskFilters['scope']) => set({ scope })}
            options={INTEGRITY_RISK_SCOPES.map((s) => ({ value: s, label: INTEGRITY_RISK_SCOPE_LABELS[s] }))}
            style={{ width: 100 }}
          />
        </Form.Item>
        <Form.Item label="等级" htmlFor="risks-level">
          <Select
            id="risks-level"
            allowClear
            placeholder="全部"
            value={filters.level}
            onChange={(level?: IntegrityRiskFilters['level']) => set({ level })}
            options={INTEGRITY_RISK_LEVELS.map((l) => ({ value: l, label: INTEGRITY_RISK_LEVEL_LABELS[l] }))}
            style={{ width: 90 }}
          />
        </Form.Item>
        <Form.Item label="只看本年度未复核" htmlFor="risks-unreviewed">
          <Switch id="risks-unreviewed" checked={filters.unreviewed === 'true'} onChange={(on) => set({ unreviewed: on ? 'true' : undefined })} />
        </Form.Item>
        <Form.Item label="查找" htmlFor="risks-q">
          <Input.Search key={filters.q ?? ''} id="risks-q" defaultValue={filters.q} allowClear placeholder="名称、风险或措施" onSearch={(text) => set({ q: text.trim() || undefined })} style={{ width: 200, maxWidth: '100%' }} />
        </Form.Item>
        <Form.Item>
          <Flex gap={8} wrap>
            <Button icon={<DownloadOutlined />} loading={exporting} onClick={exportRegister}>
              导出台账
            </Button>
            {canWrite && (
              <Button type="primary" icon={<PlusOutlined />} onClick={() => setEditing({ mode: 'new' })}>
                登记风险点
              </Button>
            )}
          </Flex>
        </Form.Item>
      </Form>
      {query.data && query.data.unreviewedCount > 0 && (
        <Alert
          type="warning"
          showIcon
          style={{ marginBottom: 12 }}
          title={`${query.data.year}年度尚有 ${query.data.unreviewedCount} 个风险点未复核`}
          action={
            filters.unreviewed !== 'true' && (
              <Button size="small" onClick={() => set({ unreviewed: 'true' })}>
                只看未复核
              </Button>
            )
          }
        />
      )}
      {query.isError ? (
        <QueryErrorResult error={query.error} onRetry={reload} />
      ) : (
        <Table<IntegrityRisk>
          rowKey="id"
          columns={columns}
          dataSource={query.data?.items}
          loading={query.isFetching}
          scroll={TABLE_SCROLL}
          pagination={serverPagination(page, pageSize, query.data?.total, onPageChange, '个')}
          locale={{ emptyText: '没有登记的廉政风险点' }}
        />
      )}
      <IntegrityRiskFormModal
        open={editing.mode !== 'closed'}
        risk={editing.mode === 'edit' ? editing.risk : undefined}
        defaultNodeId={filters.nodeId ?? defaultNodeId}
        onClose={() => setEditing({ mode: 'closed' })}
        onVersionConflict={reload}
      />
      <IntegrityRiskReviewModal risk={reviewing} onClose={() => setReviewing(null)} onVersionConflict={reload} />
    </>
  );
}
