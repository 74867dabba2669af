import { App, Form, Input, Modal, Radio } from 'antd';
import {
  INTEGRITY_RISK_LEVELS,
  INTEGRITY_RISK_LEVEL_LABELS,
  INTEGRITY_RISK_SCOPES,
  INTEGRITY_RISK_SCOPE_LABELS,
  type IntegrityRisk,
  type IntegrityRiskLevel,
  type IntegrityRiskScope,
} from '@mofan/shared';
import { FormButtons } from '../../../components/form-buttons';
import { OrgNodePicker } from '../../../components/pickers/org-node-picker';
import { useApiErrorHandler } from '../../../lib/use-api-error';
import { useCreateIntegrityRisk } from '../api/create-integrity-risk';
import { useUpdateIntegrityRisk } from '../api/update-integrity-risk';

interface RiskFormValues {
  nodeId: string | null;
  scope: IntegrityRiskScope;
  name: string;
  risk: string;
  level: IntegrityRiskLevel;
  measures: string;
}

interface IntegrityRiskFormModalProps {
  open: boolean;
  /** Absent: a new risk point. */
  risk?: IntegrityRisk | undefined;
  defaultNodeId?: string | undefined;
  onClose: () => void;
  onVersionConflict: () => void;
}

const OWNERS = ['unit', 'department'] as const;

/** 登记 or 修改 a risk point of a post or process, with its prevention measures. */
export function IntegrityRiskFormModal({ open, risk, ...rest }: IntegrityRiskFormModalProps) {
  return (
    <Modal open={open} title={risk ? '修改廉政风险点' : '登记廉政风险点'} onCancel={rest.onClose} footer={null} destroyOnHidden width={640}>
      <RiskForm risk={risk} {...rest} />
    </Modal>
  );
}

function RiskForm({ risk, defaultNodeId, onClose, onVersionConflict }: Omit<IntegrityRiskFormModalProps, 'open'>) {
  const [form] = Form.useForm<RiskFormValues>();
  const { message } = App.useApp();
  const handleError = useApiErrorHandler();
  const create = useCreateIntegrityRisk();
  const update = useUpdateIntegrityRisk();
  const scope = Form.useWatch('scope', form);

  const onError = (error: Error) =>
    handleError(error, {
      form,
      onVersionConflict: () => {
        onVersionConflict();
        onClose();
      },
    });
  const onSuccess = () => {
    void message.success('已保存');
    onClose();
  };

  const submit = (v: RiskFormValues) => {
    const body = { nodeId: v.nodeId ?? '', scope: v.scope, name: v.name.trim(), risk: v.risk.trim(), level: v.level, measures: v.measures.trim() };
    if (risk) update.mutate({ id: risk.id, version: risk.version, ...body }, { onSuccess, onError });
    else create.mutate(body, { onSuccess, onError });
  };

  const initialValues: Partial<RiskFormValues> = risk
    ? { nodeId: risk.nodeId, scope: risk.scope, name: risk.name, risk: risk.risk, level: risk.level, measures: risk.measures }
    : { nodeId: defaultNodeId ?? null, scope: 'post', level: 'medium' };
  const required = (what: string) => [{ required: true, whitespace: true, message: `请填写${what}` }];

  return (
    <Form<RiskFormValues> form={form} layout="vertical" initialValues={initialValues} onFinish={submit} aria-label="廉政风险点">
      <Form.Item<RiskFormValues> label="单位（科室）" name="nodeId" rules={[{ required: true, message: '请选择风险点所属单位或科室' }]}>
        <OrgNodePicker kinds={OWNERS} tree="admin" initialLabel={risk ? (risk.unitName ? `${risk.unitName} ${risk.nodeName}` : risk.nodeName) : null} allowClear={false} placeholder="输入单位或科室名称搜索" />
      </Form.Item>
      <Form.Item<RiskFormValues> label="类别" name="scope">
        <Radio.Group optionType="button" options={INTEGRITY_RISK_SCOPES.map((s) => ({ value: s, label: INTEGRITY_RISK_SCOPE_LABELS[s] }))} />
      </Form.Item>
      <Form.Item<RiskFormValues> label={scope === 'process' ? '流程名称' : '岗位名称'} name="name" rules={[...required('名称'), { max: 100, message: '不超过100字' }]}>
        <Input placeholder={scope === 'process' ? '如：政府采购、公务接待审批' : '如：财务岗、项目审批岗'} />
      </Form.Item>
      <Form.Item<RiskFormValues> label="风险表现" name="risk" rules={required('风险表现')}>
        <Input.TextArea rows={3} maxLength={2000} showCount />
      </Form.Item>
      <Form.Item<RiskFormValues> label="风险等级" name="level">
        <Radio.Group optionType="button" options={INTEGRITY_RISK_LEVELS.map((l) => ({ value: l, label: INTEGRITY_RISK_LEVEL_LABELS[l] }))} />
      </Form.Item>
      <Form.Item<RiskFormValues> label="防控措施" name="measures" rules={required('防控措施')}>
        <Input.TextArea rows={4} maxLength={5000} showCount />
      </Form.Item>
      <Form.Item style={{ marginBottom: 0 }}>
        <FormButtons loading={create.isPending || update.isPending} onCancel={onClose} />
      </Form.Item>
    </Form>
  );
}
