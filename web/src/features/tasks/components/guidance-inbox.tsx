import { useState } from 'react';
import { App, Button, Empty, Form, Input, Modal, Spin, Table, Typography, type TableColumnsType } from 'antd';
import type { GuidanceForUnit } from '@mofan/shared';
import { Link, useNavigate } from 'react-router';
import { FormButtons } from '../../../components/form-buttons';
import { QueryErrorResult } from '../../../components/query-error-result';
import { formatDate } from '../../../lib/format';
import { TABLE_SCROLL } from '../../../lib/table';
import { useApiErrorHandler } from '../../../lib/use-api-error';
import { useGuidanceForUnit } from '../api/list-guidance';
import { useLocaliseGuidance } from '../api/localise-guidance';
import { PlanStatusTag, planPeriod } from './task-labels';

interface GuidanceInboxProps {
  unitId: string;
  canWrite: boolean;
}

/** For a unit: the 重点任务指引 issued to it from above, and its own list made from each (结合实际转化). */
export function GuidanceInbox({ unitId, canWrite }: GuidanceInboxProps) {
  const guidance = useGuidanceForUnit(unitId);
  const [localising, setLocalising] = useState<GuidanceForUnit | null>(null);
  if (guidance.isPending) return <Spin style={{ display: 'block', margin: '24px auto' }} />;
  if (guidance.isError) return <QueryErrorResult error={guidance.error} onRetry={() => void guidance.refetch()} />;
  if (guidance.data.length === 0) return <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description="上级机关工委尚未下发重点任务指引" />;

  const columns: TableColumnsType<GuidanceForUnit> = [
    { title: '指引', key: 'title', render: (_, g) => <Link to={`/tasks/plans/${g.guidance.id}`}>{g.guidance.title}</Link> },
    { title: '下发', key: 'by', render: (_, g) => `${g.guidance.nodeName} · ${formatDate(g.guidance.issuedAt)}` },
    { title: '期间', key: 'period', render: (_, g) => planPeriod(g.guidance) },
    { title: '任务数', key: 'items', render: (_, g) => g.guidance.itemCount },
    {
      title: '本单位清单',
      key: 'own',
      render: (_, g) =>
        g.localisedPlan ? (
          <span>
            <Link to={`/tasks/plans/${g.localisedPlan.id}`}>{g.localisedPlan.title}</Link> <PlanStatusTag status={g.localisedPlan.status} />
          </span>
        ) : canWrite ? (
          <Button size="small" type="primary" onClick={() => setLocalising(g)}>
            结合实际转化
          </Button>
        ) : (
          <Typography.Text type="secondary">尚未转化</Typography.Text>
        ),
    },
  ];
  return (
    <>
      <Table<GuidanceForUnit> rowKey={(g) => g.guidance.id} columns={columns} dataSource={guidance.data} size="small" scroll={TABLE_SCROLL} pagination={false} />
      <LocaliseModal unitId={unitId} guidance={localising} onClose={() => setLocalising(null)} />
    </>
  );
}

function LocaliseModal({ unitId, guidance, onClose }: { unitId: string; guidance: GuidanceForUnit | null; onClose: () => void }) {
  return (
    <Modal open={!!guidance} title="结合实际转化指引" onCancel={onClose} footer={null} destroyOnHidden>
      {guidance && <LocaliseForm unitId={unitId} guidance={guidance} onClose={onClose} />}
    </Modal>
  );
}

function LocaliseForm({ unitId, guidance, onClose }: { unitId: string; guidance: GuidanceForUnit; onClose: () => void }) {
  const [form] = Form.useForm<{ title: string }>();
  const navigate = useNavigate();
  const { message } = App.useApp();
  const handleError = useApiErrorHandler();
  const localise = useLocaliseGuidance();
  const submit = ({ title }: { title: string }) =>
    localise.mutate(
      { guidanceId: guidance.guidance.id, unitId, title },
      {
        onSuccess: (plan) => {
          void message.success('已生成本单位重点任务清单，请逐项确定牵头、责任人，结合实际调整');
          onClose();
          void navigate(`/tasks/plans/${plan.id}`);
        },
        onError: (error) => handleError(error, { form }),
      },
    );
  return (
    <Form form={form} layout="vertical" onFinish={submit} initialValues={{ title: guidance.guidance.title }} aria-label="结合实际转化指引">
      <Typography.Paragraph type="secondary">
        指引的 {guidance.guidance.itemCount} 项任务将复制到本单位的重点任务清单。之后可以修改工作标准和时限、增加任务；不采纳的任务须说明理由，上级机关工委可以看到。
      </Typography.Paragraph>
      <Form.Item name="title" label="本单位清单名称" rules={[{ required: true, whitespace: true, message: '请填写名称' }]}>
        <Input maxLength={200} />
      </Form.Item>
      <Form.Item style={{ marginBottom: 0 }}>
        <FormButtons loading={localise.isPending} onCancel={onClose} submitText="转化" />
      </Form.Item>
    </Form>
  );
}
