import { Form, InputNumber, Select, Space } from 'antd';
import { PERIOD_UNITS, PERIOD_UNIT_LABELS, TRIGGER_EVENTS, type RuleSpec } from '@mofan/shared';
import { RULE_KINDS, RULE_KIND_LABELS, TRIGGER_EVENT_LABELS, type OwnRequirementValues } from './own-requirement-values';

const periodOptions = PERIOD_UNITS.map((p) => ({ value: p, label: PERIOD_UNIT_LABELS[p] }));

/** What a freshly chosen kind starts from, so the fields it shows are never blank. */
const STARTING_VALUES: Record<RuleSpec['kind'], Partial<OwnRequirementValues>> = {
  count: { per: 'year', min: 1 },
  amount: { per: 'year', min: 1 },
  coverage: { coveragePer: 'year', percent: 100 },
  deadline: { month: 12, day: 31 },
  trigger: { event: 'hired', withinDays: 30 },
};

/**
 * The rule of an own item: its kind, then the period or event and the numbers that kind needs.
 * The numbers use the catalogue's rule-edit names (min, percent, month, day, withinDays).
 */
export function OwnRequirementRuleFields() {
  const form = Form.useFormInstance<OwnRequirementValues>();
  const kind = Form.useWatch<RuleSpec['kind'] | undefined>('ruleKind', form);
  return (
    <>
      <Form.Item<OwnRequirementValues> label="考核规则" name="ruleKind" rules={[{ required: true, message: '请选择考核规则' }]}>
        <Select<RuleSpec['kind']>
          options={RULE_KINDS.map((k) => ({ value: k, label: RULE_KIND_LABELS[k] }))}
          onChange={(next) => form.setFieldsValue(STARTING_VALUES[next])}
        />
      </Form.Item>
      {(kind === 'count' || kind === 'amount') && (
        <Form.Item label={kind === 'count' ? '次数' : '天数'} required>
          <Space wrap>
            <Form.Item<OwnRequirementValues> name="per" noStyle rules={[{ required: true, message: '请选择周期' }]}>
              <Select aria-label="周期" options={periodOptions} style={{ width: 120 }} />
            </Form.Item>
            <Form.Item<OwnRequirementValues> name="min" noStyle rules={[{ required: true, message: kind === 'count' ? '请填写次数' : '请填写天数' }]}>
              {kind === 'count' ? (
                <InputNumber aria-label="不少于（次）" min={1} max={400} precision={0} prefix="不少于" suffix="次" style={{ width: 180 }} />
              ) : (
                <InputNumber aria-label="不少于（天）" min={0.5} max={366} step={0.5} precision={1} prefix="不少于" suffix="天" style={{ width: 180 }} />
              )}
            </Form.Item>
          </Space>
        </Form.Item>
      )}
      {kind === 'coverage' && (
        <Form.Item label="覆盖" required extra="100% 即全覆盖：考核对象中每个人都有记录">
          <Space wrap>
            <Form.Item<OwnRequirementValues> name="coveragePer" noStyle rules={[{ required: true, message: '请选择周期' }]}>
              <Select aria-label="周期" options={[...periodOptions, { value: 'once', label: '全年一次' }]} style={{ width: 120 }} />
            </Form.Item>
            <Form.Item<OwnRequirementValues> name="percent" noStyle rules={[{ required: true, message: '请填写覆盖比例' }]}>
              <InputNumber aria-label="覆盖比例" min={1} max={100} precision={1} prefix="不低于" suffix="%" style={{ width: 180 }} />
            </Form.Item>
          </Space>
        </Form.Item>
      )}
      {kind === 'deadline' && (
        <Form.Item label="完成时限（每年不晚于）" required>
          <Space wrap>
            <Form.Item<OwnRequirementValues> name="month" noStyle rules={[{ required: true, message: '请填写月份' }]}>
              <InputNumber aria-label="月" min={1} max={12} precision={0} suffix="月" style={{ width: 110 }} />
            </Form.Item>
            <Form.Item<OwnRequirementValues> name="day" noStyle rules={[{ required: true, message: '请填写日期' }]}>
              <InputNumber aria-label="日" min={1} max={31} precision={0} suffix="日" style={{ width: 110 }} />
            </Form.Item>
          </Space>
        </Form.Item>
      )}
      {kind === 'trigger' && (
        <Form.Item label="完成期限" required extra="对象人员发生该事件后，在期限内须有记录">
          <Space wrap>
            <Form.Item<OwnRequirementValues> name="event" noStyle rules={[{ required: true, message: '请选择事件' }]}>
              <Select aria-label="事件" options={TRIGGER_EVENTS.map((e) => ({ value: e, label: `${TRIGGER_EVENT_LABELS[e]}后` }))} style={{ width: 150 }} />
            </Form.Item>
            <Form.Item<OwnRequirementValues> name="withinDays" noStyle rules={[{ required: true, message: '请填写天数' }]}>
              <InputNumber aria-label="天内" min={1} max={3650} precision={0} suffix="天内" style={{ width: 140 }} />
            </Form.Item>
          </Space>
        </Form.Item>
      )}
    </>
  );
}
