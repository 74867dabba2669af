import { Divider, Flex, Form, Input, InputNumber, Modal, Typography } from 'antd';
import { CLEANLINESS_CRITERIA, CLEANLINESS_CRITERION_LABELS, TEXT_MAX, type CleanlinessCheck, type CleanlinessDepartmentResult } from '@mofan/shared';
import { FormButtons } from '../../../components/form-buttons';
import { ApiError } from '../../../lib/api-error';
import { useModalOutcome } from '../../../lib/use-modal-outcome';
import { useIsPhone } from '../../../lib/use-media-query';
import { useSaveCleanlinessScores } from '../api/save-cleanliness-scores';

interface ScoreFormValues {
  scores: Record<string, number | null>;
  note?: string | null;
}

interface ScoreFormModalProps {
  check: CleanlinessCheck;
  department: CleanlinessDepartmentResult | null;
  onClose: () => void;
  onVersionConflict: () => void;
}

/** 一评比 of one drawn 科室: every item of the sheet from 0 to its points, by criterion, and what was found. */
export function ScoreFormModal({ check, department, onClose, onVersionConflict }: ScoreFormModalProps) {
  return (
    <Modal open={!!department} title={department ? `评分：${department.departmentName}` : ''} onCancel={onClose} footer={null} destroyOnHidden>
      {department && <ScoreForm check={check} department={department} onClose={onClose} onVersionConflict={onVersionConflict} />}
    </Modal>
  );
}

function ScoreForm({ check, department, onClose, onVersionConflict }: Omit<ScoreFormModalProps, 'department'> & { department: CleanlinessDepartmentResult }) {
  const [form] = Form.useForm<ScoreFormValues>();
  const isPhone = useIsPhone();
  const outcome = useModalOutcome({ onClose, onVersionConflict });
  const save = useSaveCleanlinessScores();
  const items = check.items.filter((i) => i.active);
  const scores = Form.useWatch('scores', form);
  const total = items.reduce((sum, i) => sum + (scores?.[i.id] ?? 0), 0);
  const initial = Object.fromEntries(items.map((i) => [i.id, department.scores[i.id] ?? i.maxScore]));

  const submit = (v: ScoreFormValues) => {
    const given = Object.fromEntries(items.map((i) => [i.id, v.scores[i.id] ?? 0]));
    const { onSuccess, onError } = outcome('已保存评分');
    save.mutate(
      { id: check.id, departmentId: department.departmentId, scores: given, note: v.note?.trim() || null, version: check.version },
      {
        onSuccess,
        onError: (error) => {
          // The server names scores.<item>: put each message under that item's input.
          const itemErrors = error instanceof ApiError ? error.fieldErrors.filter((e) => e.field.startsWith('scores.')) : [];
          if (itemErrors.length > 0 && itemErrors.length === (error as ApiError).fieldErrors.length) {
            form.setFields(itemErrors.map((e) => ({ name: ['scores', e.field.slice('scores.'.length)] as ['scores', string], errors: [e.message] })));
            return;
          }
          onError(error);
        },
      },
    );
  };

  return (
    <Form form={form} layout="horizontal" labelWrap size={isPhone ? 'large' : 'middle'} initialValues={{ scores: initial, note: department.note }} onFinish={submit} aria-label="评分">
      <Typography.Paragraph type="secondary">各项默认满分，按检查发现的问题扣分。</Typography.Paragraph>
      {CLEANLINESS_CRITERIA.map((criterion) => {
        const ofCriterion = items.filter((i) => i.criterion === criterion);
        if (ofCriterion.length === 0) return null;
        return (
          <div key={criterion}>
            <Divider titlePlacement="start" style={{ margin: '8px 0' }}>
              {CLEANLINESS_CRITERION_LABELS[criterion]}
            </Divider>
            {ofCriterion.map((i) => (
              <Form.Item key={i.id} label={i.title} name={['scores', i.id]} rules={[{ required: true, message: '请打分' }]} labelCol={{ flex: '1 1 0' }} wrapperCol={{ flex: '0 0 130px' }} labelAlign="left" colon={false} style={{ marginBottom: 8 }}>
                <InputNumber min={0} max={i.maxScore} precision={0} suffix={`/ ${i.maxScore}`} style={{ width: 130 }} />
              </Form.Item>
            ))}
          </div>
        );
      })}
      <Flex justify="end" style={{ margin: '8px 0 12px' }}>
        <Typography.Text strong>
          合计 {total} / {items.reduce((sum, i) => sum + i.maxScore, 0)} 分
        </Typography.Text>
      </Flex>
      <Form.Item label="检查发现" name="note" layout="vertical" rules={[{ max: TEXT_MAX, message: `不超过${TEXT_MAX}字` }]}>
        <Input.TextArea rows={2} placeholder="主要问题，写入通报（可不填）" />
      </Form.Item>
      <Form.Item style={{ marginBottom: 0 }}>
        <FormButtons loading={save.isPending} onCancel={onClose} />
      </Form.Item>
    </Form>
  );
}
