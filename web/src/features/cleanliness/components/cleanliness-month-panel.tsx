import { Button, Empty, Flex, Form, InputNumber, Spin, Typography } from 'antd';
import { CLEANLINESS_DRAW_MAX } from '@mofan/shared';
import { QueryErrorResult } from '../../../components/query-error-result';
import { useModalOutcome } from '../../../lib/use-modal-outcome';
import { useCleanlinessCheck } from '../api/get-cleanliness-check';
import { useCleanlinessChecks } from '../api/list-cleanliness-checks';
import { useDrawCleanlinessCheck } from '../api/draw-cleanliness-check';
import { CleanlinessCheckView } from './cleanliness-check-view';

interface CleanlinessMonthPanelProps {
  unitId: string;
  /** YYYY-MM. */
  month: string;
  mayWrite: boolean;
}

/** A unit's month: the draw button until 科室 are drawn (一抽查), then the check itself. */
export function CleanlinessMonthPanel({ unitId, month, mayWrite }: CleanlinessMonthPanelProps) {
  const checks = useCleanlinessChecks(unitId, Number(month.slice(0, 4)));
  const summary = checks.data?.find((c) => c.month === month);
  const check = useCleanlinessCheck(summary?.id);

  if (checks.isError) return <QueryErrorResult error={checks.error} onRetry={() => void checks.refetch()} />;
  if (!checks.data) return <Spin style={{ display: 'block', margin: '48px auto' }} />;
  if (!summary) return mayWrite ? <DrawForm unitId={unitId} month={month} /> : <Empty description="本月尚未抽查" />;
  if (check.isError) return <QueryErrorResult error={check.error} onRetry={() => void check.refetch()} />;
  if (!check.data) return <Spin style={{ display: 'block', margin: '48px auto' }} />;
  return <CleanlinessCheckView check={check.data} onVersionConflict={() => void check.refetch()} />;
}

function DrawForm({ unitId, month }: { unitId: string; month: string }) {
  const [form] = Form.useForm<{ count: number }>();
  const draw = useDrawCleanlinessCheck();
  const outcome = useModalOutcome({ form, onClose: () => undefined });
  return (
    <Flex vertical align="center" gap={12} style={{ padding: '24px 0' }}>
      <Typography.Text>本月尚未抽查。按“每月一抽查”，由系统从本单位内设科室中随机抽取，抽取结果和依据记入审计日志，可供核查；每月只能抽取一次。</Typography.Text>
      <Form form={form} layout="inline" initialValues={{ count: 3 }} onFinish={(v) => draw.mutate({ unitId, month, count: v.count }, outcome('已抽取检查科室'))} aria-label="随机抽查">
        <Form.Item label="抽查科室数" name="count" rules={[{ required: true, message: '请填写抽查科室数' }]}>
          <InputNumber min={1} max={CLEANLINESS_DRAW_MAX} precision={0} style={{ width: 100 }} />
        </Form.Item>
        <Form.Item>
          <Button type="primary" htmlType="submit" loading={draw.isPending}>
            随机抽取
          </Button>
        </Form.Item>
      </Form>
    </Flex>
  );
}
