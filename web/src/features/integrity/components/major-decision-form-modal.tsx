import { Alert, App, Button, Card, Checkbox, DatePicker, Flex, Form, Input, Modal, Select, type FormInstance } from 'antd';
import { ArrowDownOutlined, ArrowUpOutlined, DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import dayjs, { type Dayjs } from 'dayjs';
import { MAJOR_DECISION_CATEGORIES, MAJOR_DECISION_CATEGORY_LABELS, type MajorDecision, type MajorDecisionCategory } from '@mofan/shared';
import { FormButtons } from '../../../components/form-buttons';
import { OrgNodePicker } from '../../../components/pickers/org-node-picker';
import { PersonPicker } from '../../../components/pickers/person-picker';
import { ApiError, errorMessage } from '../../../lib/api-error';
import { todayInShanghai } from '../../../lib/today';
import { useApiErrorHandler } from '../../../lib/use-api-error';
import { useCreateMajorDecision } from '../api/create-major-decision';
import { useUpdateMajorDecision } from '../api/update-major-decision';

interface ViewValues {
  personId?: string | null;
  name?: string;
  principal?: boolean;
  view: string;
}

interface DecisionFormValues {
  unitId: string | null;
  category: MajorDecisionCategory;
  matter: string;
  decidedOn: Dayjs;
  meeting: string;
  decision: string;
  views: ViewValues[];
}

interface MajorDecisionFormModalProps {
  open: boolean;
  /** Absent: a new decision. */
  decision?: MajorDecision | undefined;
  defaultUnitId?: string | undefined;
  onClose: () => void;
  onVersionConflict: () => void;
}

const ISO = 'YYYY-MM-DD';
const TOP_FIELDS = new Set(['unitId', 'category', 'matter', 'decidedOn', 'meeting', 'decision', 'views']);

/** `views.2.principal` → ['views', 2, 'principal']: the server's field names as form paths. */
function pathOf(field: string): (string | number)[] {
  return field.split('.').map((p) => (/^\d+$/.test(p) ? Number(p) : p));
}

/** Puts each field error under its row of the views (the 末位表态 rule names the row at fault). */
function applyDecisionErrors(form: FormInstance, error: ApiError): boolean {
  const errors = error.fieldErrors;
  if (errors.length === 0) return false;
  form.setFields(errors.map((e) => ({ name: pathOf(e.field), errors: [e.message] })));
  return errors.every((e) => TOP_FIELDS.has(e.field.split('.')[0] ?? ''));
}

/** 登记 or 修改 a 三重一大 decision: the views in the order spoken, the principal (一把手) last. */
export function MajorDecisionFormModal({ open, decision, ...rest }: MajorDecisionFormModalProps) {
  return (
    <Modal open={open} title={decision ? '修改三重一大决策记录' : '登记三重一大决策'} onCancel={rest.onClose} footer={null} destroyOnHidden width={720}>
      <DecisionForm decision={decision} {...rest} />
    </Modal>
  );
}

function DecisionForm({ decision, defaultUnitId, onClose, onVersionConflict }: Omit<MajorDecisionFormModalProps, 'open'>) {
  const [form] = Form.useForm<DecisionFormValues>();
  const { message } = App.useApp();
  const handleError = useApiErrorHandler();
  const create = useCreateMajorDecision();
  const update = useUpdateMajorDecision();

  const onError = (error: Error) => {
    if (error instanceof ApiError && error.code === 'VALIDATION_FAILED' && applyDecisionErrors(form, error)) return;
    if (error instanceof ApiError && error.code === 'VALIDATION_FAILED') {
      void message.error(errorMessage(error));
      return;
    }
    handleError(error, {
      onVersionConflict: () => {
        onVersionConflict();
        onClose();
      },
    });
  };
  const onSuccess = () => {
    void message.success('已保存');
    onClose();
  };

  const submit = (v: DecisionFormValues) => {
    const body = {
      unitId: v.unitId ?? '',
      category: v.category,
      matter: v.matter.trim(),
      decidedOn: v.decidedOn.format(ISO),
      meeting: v.meeting.trim(),
      decision: v.decision.trim(),
      views: v.views.map((x) => ({ personId: x.personId ?? null, name: x.personId ? null : x.name?.trim() || null, principal: x.principal === true, view: x.view.trim() })),
    };
    if (decision) update.mutate({ id: decision.id, version: decision.version, ...body }, { onSuccess, onError });
    else create.mutate(body, { onSuccess, onError });
  };

  const initialValues: Partial<DecisionFormValues> = decision
    ? {
        unitId: decision.unitId,
        category: decision.category,
        matter: decision.matter,
        decidedOn: dayjs(decision.decidedOn),
        meeting: decision.meeting,
        decision: decision.decision,
        views: decision.views.map((v) => ({ personId: v.personId, name: v.personId ? undefined : v.personName, principal: v.principal, view: v.view })),
      }
    : {
        unitId: defaultUnitId ?? null,
        category: 'major_decision',
        decidedOn: todayInShanghai(),
        views: [
          { view: '', principal: false },
          { view: '', principal: true },
        ],
      };
  const required = (what: string) => [{ required: true, whitespace: true, message: `请填写${what}` }];

  return (
    <Form<DecisionFormValues> form={form} layout="vertical" initialValues={initialValues} onFinish={submit} aria-label="三重一大决策">
      <Form.Item<DecisionFormValues> label="单位" name="unitId" rules={[{ required: true, message: '请选择单位' }]}>
        <OrgNodePicker kinds={['unit']} tree="admin" initialLabel={decision?.unitName ?? null} allowClear={false} placeholder="输入单位名称搜索" />
      </Form.Item>
      <Flex gap={16} wrap>
        <Form.Item<DecisionFormValues> label="类别" name="category" style={{ flex: '1 1 200px' }}>
          <Select options={MAJOR_DECISION_CATEGORIES.map((c) => ({ value: c, label: MAJOR_DECISION_CATEGORY_LABELS[c] }))} />
        </Form.Item>
        <Form.Item<DecisionFormValues> label="决策日期" name="decidedOn" rules={[{ required: true, message: '请选择决策日期' }]} style={{ flex: '1 1 200px' }}>
          <DatePicker format={ISO} inputReadOnly disabledDate={(d) => d.isAfter(todayInShanghai(), 'day')} style={{ width: '100%' }} />
        </Form.Item>
      </Flex>
      <Form.Item<DecisionFormValues> label="决策事项" name="matter" rules={[...required('决策事项'), { max: 500, message: '不超过500字' }]}>
        <Input />
      </Form.Item>
      <Form.Item<DecisionFormValues> label="会议" name="meeting" rules={[...required('会议名称'), { max: 200, message: '不超过200字' }]}>
        <Input placeholder="如：局党组会议、局长办公会议" />
      </Form.Item>
      <Alert type="info" showIcon style={{ marginBottom: 12 }} title="表态按发言先后排列；末位表态：主要负责人（一把手）有且只有一名，且最后发言。" />
      <Form.List name="views">
        {(fields, { add, remove, move }, { errors }) => (
          <Flex vertical gap={8} style={{ marginBottom: 16 }}>
            {fields.map((field, index) => (
              <Card
                key={field.key}
                size="small"
                title={`第 ${index + 1} 位表态`}
                extra={
                  <Flex gap={4}>
                    <Button size="small" icon={<ArrowUpOutlined />} aria-label="上移" disabled={index === 0} onClick={() => move(index, index - 1)} />
                    <Button size="small" icon={<ArrowDownOutlined />} aria-label="下移" disabled={index === fields.length - 1} onClick={() => move(index, index + 1)} />
                    <Button size="small" danger icon={<DeleteOutlined />} aria-label="删除" disabled={fields.length <= 2} onClick={() => remove(field.name)} />
                  </Flex>
                }
              >
                <Flex gap={12} wrap>
                  <Form.Item label="本单位人员" name={[field.name, 'personId']} style={{ flex: '1 1 220px', marginBottom: 8 }}>
                    <PersonPicker />
                  </Form.Item>
                  <Form.Item label="或填写姓名" name={[field.name, 'name']} extra="列席或外单位人员" style={{ flex: '1 1 160px', marginBottom: 8 }} rules={[{ max: 50, message: '不超过50字' }]}>
                    <Input />
                  </Form.Item>
                </Flex>
                <Form.Item name={[field.name, 'principal']} valuePropName="checked" style={{ marginBottom: 8 }}>
                  <Checkbox>主要负责人（一把手）</Checkbox>
                </Form.Item>
                <Form.Item label="表态意见" name={[field.name, 'view']} rules={required('表态意见')} style={{ marginBottom: 0 }}>
                  <Input.TextArea rows={2} maxLength={2000} />
                </Form.Item>
              </Card>
            ))}
            <Form.ErrorList errors={errors} />
            <Button icon={<PlusOutlined />} onClick={() => add({ view: '', principal: false }, Math.max(fields.length - 1, 0))}>
              增加表态（加在一把手之前）
            </Button>
          </Flex>
        )}
      </Form.List>
      <Form.Item<DecisionFormValues> label="决策结果" name="decision" rules={required('决策结果')}>
        <Input.TextArea rows={3} maxLength={5000} showCount />
      </Form.Item>
      <Form.Item style={{ marginBottom: 0 }}>
        <FormButtons loading={create.isPending || update.isPending} onCancel={onClose} />
      </Form.Item>
    </Form>
  );
}
