import { Alert, App, Form, Input, InputNumber, Modal, Space, type FormInstance } from 'antd';
import { looserThan, ruleSpecProblems, type RuleSpec } from '@mofan/shared';
import { FormButtons } from '../../../components/form-buttons';
import { ApiError } from '../../../lib/api-error';
import { useApiErrorHandler } from '../../../lib/use-api-error';
import type { EffectiveRequirementView } from '../api/get-effective-catalogue';
import { usePutSetting } from '../api/put-setting';
import { asRuleSpec, inheritedRule, numbersOf, ownChange, ruleField, sameRule, withNumbers, type RuleNumbers } from './rule-edit';
import { ruleText } from './rule-text';

export interface SettingTarget {
  nodeId: string;
  requirement: EffectiveRequirementView;
  /** The version of the node's own setting, when it has one: the server wants it to change it. */
  version?: number;
}

interface AdjustRuleModalProps {
  target: SettingTarget | null;
  onClose: () => void;
  /** After a 409: the page reloads what the node is bound by. */
  onConflict: () => void;
}

interface AdjustValues extends RuleNumbers {
  reason?: string;
}

/** 调整要求: raise the numbers of one requirement for the node and everything below it. */
export function AdjustRuleModal({ target, onClose, onConflict }: AdjustRuleModalProps) {
  return (
    <Modal open={target !== null} title={target ? `调整要求：${target.requirement.title}` : ''} onCancel={onClose} footer={null} destroyOnHidden>
      {target && <AdjustRuleForm target={target} onClose={onClose} onConflict={onConflict} />}
    </Modal>
  );
}

/** Where a server message about the rule or the reason goes in this form. */
function showServerErrors(form: FormInstance<AdjustValues>, error: unknown, primary: keyof RuleNumbers): boolean {
  if (!(error instanceof ApiError)) return false;
  const fields = error.fieldErrors.flatMap((e): { name: keyof AdjustValues; errors: string[] }[] => {
    const top = e.field.split('.')[0];
    if (top === 'rule') return [{ name: primary, errors: [e.message] }];
    if (top === 'reason') return [{ name: 'reason', errors: [e.message] }];
    return [];
  });
  if (fields.length === 0) return false;
  form.setFields(fields);
  return true;
}

function AdjustRuleForm({ target, onClose, onConflict }: { target: SettingTarget; onClose: () => void; onConflict: () => void }) {
  const [form] = Form.useForm<AdjustValues>();
  const { message } = App.useApp();
  const handleError = useApiErrorHandler();
  const mutation = usePutSetting();
  const { requirement, nodeId } = target;
  const inherited = inheritedRule(requirement, nodeId);
  const effective = asRuleSpec(requirement.rule);
  // The node's current numbers, as long as they are of the kind it inherits (they always are unless the data drifted).
  const current = effective && inherited && effective.kind === inherited.kind ? effective : inherited;
  const own = ownChange(requirement, nodeId);

  if (!inherited || !current) {
    return <Alert type="warning" showIcon title="该要求的规则不能在此调整" description="可以停用该要求并说明理由。" />;
  }
  const primary = ruleField(inherited);

  const submit = (values: AdjustValues) => {
    const rule = withNumbers(inherited, values);
    const problem = ruleSpecProblems(rule)[0] ?? looserThan(inherited, rule);
    if (problem) {
      form.setFields([{ name: primary, errors: [problem.startsWith('只能') ? problem : `只能提高要求：${problem}`] }]);
      return;
    }
    if (sameRule(rule, inherited) && requirement.enabled && !own) {
      void message.info('要求未作改变');
      onClose();
      return;
    }
    mutation.mutate(
      {
        nodeId,
        requirementId: requirement.id,
        enabled: true,
        // The inherited numbers again mean "as the parent has it": no rule of the node's own.
        rule: sameRule(rule, inherited) ? null : rule,
        reason: values.reason?.trim() || null,
        version: target.version,
      },
      {
        onSuccess: () => {
          void message.success('已调整');
          onClose();
        },
        onError: (error) => {
          if (showServerErrors(form, error, primary)) return;
          handleError(error, {
            form,
            onVersionConflict: () => {
              onConflict();
              onClose();
            },
          });
        },
      },
    );
  };

  return (
    <Form<AdjustValues>
      form={form}
      layout="vertical"
      initialValues={{ ...numbersOf(current), reason: own?.reason ?? '' }}
      onFinish={submit}
      aria-label="调整要求"
    >
      <Alert
        type="info"
        showIcon
        style={{ marginBottom: 16 }}
        title={`上级要求：${ruleText(inherited)}`}
        description="结合实际只能提高要求（次数、天数更多，时限更早、更短），不能降低；确实不适用的，请停用并说明理由。调整对本级及下级单位生效。"
      />
      {!requirement.enabled && <Alert type="warning" showIcon style={{ marginBottom: 16 }} title="该要求目前已停用，保存后将在本级重新启用。" />}
      <RuleFields rule={inherited} />
      <Form.Item label="调整理由" name="reason" extra="上级可以看到调整内容和理由">
        <Input.TextArea rows={3} maxLength={500} showCount placeholder="例如：结合本单位业务特点，每月开展一次" />
      </Form.Item>
      <Form.Item style={{ marginBottom: 0 }}>
        <FormButtons loading={mutation.isPending} onCancel={onClose} />
      </Form.Item>
    </Form>
  );
}

/** Only the numbers of the inherited rule's kind, bounded so that what is typed can only raise it. */
function RuleFields({ rule }: { rule: RuleSpec }) {
  switch (rule.kind) {
    case 'count':
      return (
        <Form.Item label="次数（不少于）" name="min" rules={[{ required: true, message: '请填写次数' }]} extra={`上级要求${ruleText(rule)}，周期不能改变`}>
          <InputNumber min={rule.min} max={400} precision={0} suffix="次" style={{ width: 160 }} />
        </Form.Item>
      );
    case 'amount':
      return (
        <Form.Item label="天数（不少于）" name="min" rules={[{ required: true, message: '请填写天数' }]} extra={`上级要求${ruleText(rule)}，周期不能改变`}>
          <InputNumber min={rule.min} max={366} step={0.5} precision={1} suffix="天" style={{ width: 160 }} />
        </Form.Item>
      );
    case 'coverage':
      return (
        <Form.Item
          label="覆盖比例（不低于）"
          name="percent"
          rules={[{ required: true, message: '请填写覆盖比例' }]}
          extra={rule.ratio >= 1 ? '上级已要求全覆盖，不能再提高' : `上级要求${ruleText(rule)}`}
        >
          <InputNumber min={Math.round(rule.ratio * 1000) / 10} max={100} precision={1} suffix="%" style={{ width: 160 }} />
        </Form.Item>
      );
    case 'deadline':
      return (
        <Form.Item label="完成时限（每年不晚于）" required extra={`上级要求${ruleText(rule)}，只能提前`}>
          <Space wrap>
            <Form.Item name="month" noStyle rules={[{ required: true, message: '请填写月份' }]}>
              <InputNumber aria-label="月" min={1} max={rule.month} precision={0} suffix="月" style={{ width: 110 }} />
            </Form.Item>
            <Form.Item name="day" noStyle rules={[{ required: true, message: '请填写日期' }]}>
              <InputNumber aria-label="日" min={1} max={31} precision={0} suffix="日" style={{ width: 110 }} />
            </Form.Item>
          </Space>
        </Form.Item>
      );
    case 'trigger':
      return (
        <Form.Item label="完成期限（天内）" name="withinDays" rules={[{ required: true, message: '请填写天数' }]} extra={`上级要求${ruleText(rule)}，只能缩短`}>
          <InputNumber min={1} max={rule.withinDays} precision={0} suffix="天" style={{ width: 160 }} />
        </Form.Item>
      );
  }
}

