import { Alert, App, Form, Input, Modal, Select, type FormInstance } from 'antd';
import { PARTY_NODE_KINDS, ORG_NODE_KIND_LABELS, PERSON_SELECTORS, PERSON_SELECTOR_LABELS, ruleSpecProblems, type OwnRequirementView, type TargetSpec } from '@mofan/shared';
import { FormButtons } from '../../../components/form-buttons';
import { ApiError } from '../../../lib/api-error';
import { useApiErrorHandler } from '../../../lib/use-api-error';
import { useCatalogue } from '../../catalogue/api/get-catalogue';
import { ruleField } from '../../catalogue/components/rule-edit';
import { groupedKindOptions } from '../../records/components/kind-options';
import { useCreateOwnRequirement } from '../api/create-own-requirement';
import { useUpdateOwnRequirement } from '../api/update-own-requirement';
import { OwnRequirementRuleFields } from './own-requirement-rule-fields';
import {
  EVIDENCE_ROLES,
  EVIDENCE_ROLE_LABELS,
  NEW_VALUES,
  TARGET_KINDS,
  TARGET_KIND_LABELS,
  bindsPeople,
  requestOf,
  ruleOf,
  valuesOf,
  type OwnRequirementValues,
} from './own-requirement-values';

interface OwnRequirementFormModalProps {
  /** The node the item is added at (and binds with its subtree). */
  nodeId: string;
  /** null: closed; 'new': add one; an item: change it. */
  editing: OwnRequirementView | 'new' | null;
  onClose: () => void;
  /** After a 409: the page reloads the node's items. */
  onConflict: () => void;
}

/** 增设要求 / 修改要求: an item of the node's own, judged from the ledger like any catalogue item. */
export function OwnRequirementFormModal({ nodeId, editing, onClose, onConflict }: OwnRequirementFormModalProps) {
  return (
    <Modal
      open={editing !== null}
      title={editing === 'new' ? '增设自定要求' : editing ? `修改自定要求：${editing.title}` : ''}
      onCancel={onClose}
      footer={null}
      width={640}
      destroyOnHidden
    >
      {editing && <OwnRequirementForm nodeId={nodeId} item={editing === 'new' ? null : editing} onClose={onClose} onConflict={onConflict} />}
    </Modal>
  );
}

/** Server messages name target and rule as wholes or by their inner fields; the form has one field for each part. */
function showServerErrors(form: FormInstance<OwnRequirementValues>, error: unknown, values: OwnRequirementValues): boolean {
  if (!(error instanceof ApiError)) return false;
  const fields = error.fieldErrors.flatMap((e): { name: keyof OwnRequirementValues; errors: string[] }[] => {
    const [top, inner] = e.field.split('.');
    if (top === 'rule') return [{ name: ruleField(ruleOf(values)), errors: [e.message] }];
    if (top === 'target') return [{ name: inner === 'levels' ? 'levels' : inner === 'who' ? 'who' : 'targetKind', errors: [e.message] }];
    if (top === 'title' || top === 'programmeCode' || top === 'dimensionCode' || top === 'evidence' || top === 'evidenceRole' || top === 'note') return [{ name: top, errors: [e.message] }];
    return [];
  });
  if (fields.length === 0) return false;
  form.setFields(fields);
  return true;
}

function OwnRequirementForm({ nodeId, item, onClose, onConflict }: { nodeId: string; item: OwnRequirementView | null; onClose: () => void; onConflict: () => void }) {
  const [form] = Form.useForm<OwnRequirementValues>();
  const { message } = App.useApp();
  const handleError = useApiErrorHandler();
  const catalogue = useCatalogue();
  const create = useCreateOwnRequirement();
  const update = useUpdateOwnRequirement();
  const programmeCode = Form.useWatch('programmeCode', form);
  const targetKind = Form.useWatch<TargetSpec['kind'] | undefined>('targetKind', form);
  const programme = catalogue.data?.programmes.find((p) => p.code === programmeCode);

  const submit = (values: OwnRequirementValues) => {
    const body = requestOf(values);
    const problem = ruleSpecProblems(body.rule)[0];
    if (problem) {
      form.setFields([{ name: ruleField(body.rule), errors: [problem] }]);
      return;
    }
    const onError = (error: unknown) => {
      if (showServerErrors(form, error, values)) return;
      handleError(error, {
        onVersionConflict: () => {
          onConflict();
          onClose();
        },
      });
    };
    if (item) {
      update.mutate(
        { id: item.id, ...body, version: item.version },
        {
          onSuccess: () => {
            void message.success('已保存');
            onClose();
          },
          onError,
        },
      );
    } else {
      create.mutate(
        { nodeId, ...body },
        {
          onSuccess: () => {
            void message.success('已增设，对本级及下级生效');
            onClose();
          },
          onError,
        },
      );
    }
  };

  return (
    <Form<OwnRequirementValues> form={form} layout="vertical" initialValues={item ? valuesOf(item) : NEW_VALUES} onFinish={submit} aria-label={item ? '修改自定要求' : '增设自定要求'}>
      <Alert
        type="info"
        showIcon
        style={{ marginBottom: 16 }}
        title="结合实际增设目录之外的要求"
        description="自定要求与目录要求一样，由台账自动计算落实情况；对本级及下级生效，上级可以看到。"
      />
      <Form.Item<OwnRequirementValues> label="要求名称" name="title" rules={[{ required: true, whitespace: true, message: '请填写要求名称' }, { max: 100, message: '不超过100字' }]}>
        <Input maxLength={100} placeholder="例如：每半年开展两次廉政家访" />
      </Form.Item>
      <Form.Item<OwnRequirementValues> label="创建体系" name="programmeCode" rules={[{ required: true, message: '请选择创建体系' }]}>
        <Select
          loading={catalogue.isPending}
          options={catalogue.data?.programmes.map((p) => ({ value: p.code, label: p.name }))}
          onChange={() => form.setFieldValue('dimensionCode', undefined)}
        />
      </Form.Item>
      <Form.Item<OwnRequirementValues> label="创建维度" name="dimensionCode" rules={[{ required: true, message: '请选择创建维度' }]}>
        <Select
          disabled={!programme}
          placeholder={programme ? '选择该体系的维度' : '请先选择创建体系'}
          options={programme?.dimensions.map((d) => ({ value: d.code, label: d.group && d.group !== programme.name ? `${d.name}（${d.group}）` : d.name }))}
        />
      </Form.Item>
      <Form.Item<OwnRequirementValues>
        label="哪些台账活动算作完成"
        name="evidence"
        rules={[{ required: true, type: 'array', min: 1, message: '至少选择一种活动类型' }]}
        extra="一次录入，处处计数：这些类型的台账记录都计入本要求"
      >
        <Select
          mode="multiple"
          allowClear
          loading={catalogue.isPending}
          placeholder="选择活动类型，可多选"
          options={groupedKindOptions(catalogue.data?.activityKinds ?? [])}
          showSearch={{ optionFilterProp: 'label' }}
          listHeight={360}
        />
      </Form.Item>
      <Form.Item<OwnRequirementValues> label="考核对象" name="targetKind" rules={[{ required: true, message: '请选择考核对象' }]}>
        <Select options={TARGET_KINDS.map((k) => ({ value: k, label: TARGET_KIND_LABELS[k] }))} />
      </Form.Item>
      {targetKind === 'party_org' && (
        <Form.Item<OwnRequirementValues> label="党组织层级" name="levels" rules={[{ required: true, type: 'array', min: 1, message: '至少选择一级党组织' }]}>
          <Select mode="multiple" options={PARTY_NODE_KINDS.map((k) => ({ value: k, label: ORG_NODE_KIND_LABELS[k] }))} />
        </Form.Item>
      )}
      {targetKind === 'person' && (
        <Form.Item<OwnRequirementValues> label="哪些人员" name="who" rules={[{ required: true, message: '请选择人员范围' }]}>
          <Select options={PERSON_SELECTORS.map((s) => ({ value: s, label: PERSON_SELECTOR_LABELS[s] }))} />
        </Form.Item>
      )}
      {bindsPeople(targetKind) && (
        <Form.Item<OwnRequirementValues> label="个人须担任的角色" name="evidenceRole">
          <Select options={EVIDENCE_ROLES.map((r) => ({ value: r, label: EVIDENCE_ROLE_LABELS[r] }))} />
        </Form.Item>
      )}
      <OwnRequirementRuleFields />
      <Form.Item<OwnRequirementValues> label="说明" name="note" extra="为何结合实际增设，上级可以看到">
        <Input.TextArea rows={3} maxLength={500} showCount placeholder="例如：本单位窗口岗位多，廉政风险点集中" />
      </Form.Item>
      <Form.Item style={{ marginBottom: 0 }}>
        <FormButtons loading={create.isPending || update.isPending} onCancel={onClose} />
      </Form.Item>
    </Form>
  );
}
