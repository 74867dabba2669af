import { useState } from 'react';
import { Alert, Button, Card, DatePicker, Flex, Form, InputNumber, Select, Spin, Typography } from 'antd';
import type { Dayjs } from 'dayjs';
import {
  type DeadlineQuery,
  type DeadlineUnit,
  DEADLINE_MAX_DAYS,
  DEADLINE_MAX_MONTHS,
  DEADLINE_MAX_WORKING_DAYS,
  DEADLINE_UNIT_LABELS,
} from '@mofan/shared';
import { errorMessage } from '../../../lib/api-error';
import { todayInShanghai } from '../../../lib/today';
import { useDeadline } from '../api/get-deadline';
import { chineseDate } from './calendar-dates';

const MAX: Record<DeadlineUnit, number> = { workingDays: DEADLINE_MAX_WORKING_DAYS, days: DEADLINE_MAX_DAYS, months: DEADLINE_MAX_MONTHS };

interface CalculatorValues {
  from: Dayjs;
  unit: DeadlineUnit;
  count: number;
}

/** 期限计算: a start date plus working days, days or months, on the official calendar. */
export function DeadlineCalculator() {
  const [form] = Form.useForm<CalculatorValues>();
  const [query, setQuery] = useState<DeadlineQuery | null>(null);
  const result = useDeadline(query);
  const unit = Form.useWatch('unit', form) ?? 'workingDays';

  const submit = (values: CalculatorValues) => {
    const n = (u: DeadlineUnit) => (values.unit === u ? values.count : undefined);
    setQuery({ from: values.from.format('YYYY-MM-DD'), workingDays: n('workingDays'), days: n('days'), months: n('months') });
  };

  return (
    <Card size="small" title="期限计算">
      <Typography.Paragraph type="secondary">
        起算日当天不计。按工作日计算的，节假日不计、调休上班日计入；按日或月计算的，届满日是节假日或周末的顺延至其后第一个工作日。
      </Typography.Paragraph>
      <Form form={form} layout="inline" initialValues={{ from: todayInShanghai(), unit: 'workingDays', count: 7 }} onFinish={submit} style={{ rowGap: 8 }}>
        <Form.Item name="from" label="起算日" rules={[{ required: true, message: '请选择起算日' }]}>
          <DatePicker format="YYYY-MM-DD" inputReadOnly allowClear={false} />
        </Form.Item>
        <Form.Item label="期限" required>
          <Flex gap={8}>
            <Form.Item name="count" noStyle rules={[{ required: true, message: '请填写期限' }]}>
              <InputNumber min={0} max={MAX[unit]} precision={0} style={{ width: 90 }} aria-label="期限数" />
            </Form.Item>
            <Form.Item name="unit" noStyle>
              <Select
                style={{ width: 110 }}
                aria-label="期限单位"
                options={(Object.keys(DEADLINE_UNIT_LABELS) as DeadlineUnit[]).map((u) => ({ value: u, label: DEADLINE_UNIT_LABELS[u] }))}
              />
            </Form.Item>
          </Flex>
        </Form.Item>
        <Form.Item>
          <Button type="primary" htmlType="submit" loading={result.isFetching}>
            计算
          </Button>
        </Form.Item>
      </Form>
      <div style={{ marginTop: 16 }} aria-live="polite">
        {query && result.isPending && <Spin />}
        {result.isError && <Alert type="warning" showIcon title="无法计算" description={errorMessage(result.error)} />}
        {result.data && (
          <Alert
            type="success"
            showIcon
            title={`届满日：${chineseDate(result.data.due)}`}
            description={`自 ${chineseDate(result.data.from)} 起 ${result.data.rule}`}
          />
        )}
      </div>
    </Card>
  );
}
