import { useState } from 'react';
import { App, Button, DatePicker, Flex, Form, Input, Modal, Radio, Result, Select } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useNavigate } from 'react-router';
import { PROBLEM_SEVERITIES, PROBLEM_SEVERITY_LABELS, type InspectionDetail, type ProblemDetail, type ProblemSeverity } from '@mofan/shared';
import { FormButtons } from '../../../components/form-buttons';
import { OrgNodePicker } from '../../../components/pickers/org-node-picker';
import { PersonPicker } from '../../../components/pickers/person-picker';
import { todayInShanghai } from '../../../lib/today';
import { useApiErrorHandler } from '../../../lib/use-api-error';
import { useCreateProblem } from '../api/create-problem';
import { useUpdateProblem } from '../api/update-problem';
import { problemPath } from './inspection-paths';
import { ProblemTagChip, RepeatFlagTags } from './inspection-tags';
import { ProblemTagPicker } from './problem-tag-picker';
import { targetLabel, unitNodeLabel } from './node-labels';

interface ProblemFormValues {
  /** Found by a check: which of its targets … */
  targetNodeId?: string;
  /** … and, for a unit, which of its 科室 (optional). */
  departmentId?: string | null;
  /** On its own, or changed later: the node itself. */
  nodeId?: string | null;
  personId?: string | null;
  foundOn: Dayjs;
  facts: string;
  tags: string[];
  severity: ProblemSeverity;
}

interface ProblemFormModalProps {
  open: boolean;
  /** The check that found it; a problem on its own otherwise. */
  inspection?: InspectionDetail | undefined;
  /** Changing this problem (before 销号). */
  problem?: ProblemDetail | undefined;
  onClose: () => void;
  onVersionConflict?: () => void;
}

const NODE_KINDS = ['unit', 'department'] as const;
const ISO = 'YYYY-MM-DD';

/** 登记问题 (or 修改问题): where, who, the facts, the tags from every list, and how serious. */
export function ProblemFormModal({ open, inspection, problem, onClose, onVersionConflict }: ProblemFormModalProps) {
  const [saved, setSaved] = useState<ProblemDetail | null>(null);
  const close = () => {
    setSaved(null);
    onClose();
  };
  const title = problem ? '修改问题' : saved ? '已登记问题' : '登记问题';
  return (
    <Modal open={open} title={title} onCancel={close} footer={null} destroyOnHidden width={640}>
      {saved ? (
        <SavedResult problem={saved} onAgain={() => setSaved(null)} onClose={close} />
      ) : (
        open && <ProblemForm inspection={inspection} problem={problem} onSaved={problem ? close : setSaved} onClose={close} onVersionConflict={onVersionConflict} />
      )}
    </Modal>
  );
}

function SavedResult({ problem: p, onAgain, onClose }: { problem: ProblemDetail; onAgain: () => void; onClose: () => void }) {
  const navigate = useNavigate();
  const repeated = p.repeatAtUnit || p.widespread || p.recurredAfterRectification;
  return (
    <Result
      status={repeated ? 'warning' : 'success'}
      title={`已登记${unitNodeLabel(p.unitName, p.nodeName)}的问题`}
      subTitle={repeated ? '同类问题此前已出现过，请在整改中一并查找根源。' : '交付整改后，责任单位即可看到并整改。'}
      style={{ padding: '16px 0' }}
      extra={
        <Flex vertical gap={16} align="center">
          <Flex gap={4} wrap justify="center" data-testid="saved-problem-tags">
            {p.tags.map((t) => (
              <ProblemTagChip key={t} code={t} />
            ))}
            <RepeatFlagTags problem={p} />
          </Flex>
          <Flex gap={8} justify="center" wrap>
            <Button onClick={onAgain}>继续登记</Button>
            <Button onClick={onClose}>关闭</Button>
            <Button
              type="primary"
              onClick={() => {
                onClose();
                void navigate(problemPath(p.id));
              }}
            >
              查看并交付整改
            </Button>
          </Flex>
        </Flex>
      }
    />
  );
}

interface ProblemFormProps {
  inspection: InspectionDetail | undefined;
  problem: ProblemDetail | undefined;
  onSaved: (p: ProblemDetail) => void;
  onClose: () => void;
  onVersionConflict: (() => void) | undefined;
}

function ProblemForm({ inspection, problem, onSaved, onClose, onVersionConflict }: ProblemFormProps) {
  const [form] = Form.useForm<ProblemFormValues>();
  const { message } = App.useApp();
  const handleError = useApiErrorHandler();
  const create = useCreateProblem();
  const update = useUpdateProblem();
  const targetNodeId = Form.useWatch('targetNodeId', form);
  const today = todayInShanghai();
  const byCheck = !!inspection && !problem;
  const target = inspection?.targets.find((t) => t.nodeId === targetNodeId);

  const onError = (error: Error) =>
    handleError(error, {
      form,
      onVersionConflict: () => {
        onVersionConflict?.();
        onClose();
      },
    });

  const submit = (v: ProblemFormValues) => {
    const nodeId = byCheck ? (v.departmentId ?? v.targetNodeId ?? '') : (v.nodeId ?? '');
    const fields = { personId: v.personId ?? null, foundOn: v.foundOn.format(ISO), facts: v.facts.trim(), tags: v.tags, severity: v.severity };
    if (problem) {
      update.mutate(
        { id: problem.id, nodeId, ...fields, version: problem.version },
        {
          onSuccess: (p) => {
            void message.success('已保存');
            onSaved(p);
          },
          onError,
        },
      );
      return;
    }
    create.mutate({ inspectionId: inspection?.id ?? null, nodeId, ...fields }, { onSuccess: onSaved, onError });
  };

  const initialValues: Partial<ProblemFormValues> = problem
    ? { nodeId: problem.nodeId, personId: problem.personId, foundOn: dayjs(problem.foundOn), facts: problem.facts, tags: problem.tags, severity: problem.severity }
    : { targetNodeId: inspection?.targets[0]?.nodeId, departmentId: null, foundOn: inspection?.doneOn ? dayjs(inspection.doneOn) : today, tags: [], severity: 'general' };

  return (
    <Form<ProblemFormValues>
      form={form}
      layout="vertical"
      initialValues={initialValues}
      onFinish={submit}
      onValuesChange={(changed: Partial<ProblemFormValues>) => {
        if ('targetNodeId' in changed) form.setFieldValue('departmentId', null);
      }}
      aria-label={problem ? '修改问题' : '登记问题'}
    >
      {byCheck ? (
        <>
          <Form.Item<ProblemFormValues> label="被检查单位（科室）" name="targetNodeId" rules={[{ required: true, message: '请选择问题所在的被检查单位或科室' }]}>
            <Select options={inspection.targets.map((t) => ({ value: t.nodeId, label: targetLabel(t) }))} />
          </Form.Item>
          {target?.nodeKind === 'unit' && (
            <Form.Item<ProblemFormValues> label="具体科室" name="departmentId" extra="问题出在某个科室的，选择该科室（可空）">
              <OrgNodePicker key={target.nodeId} kinds={['department']} unitId={target.nodeId} placeholder="输入科室名称搜索" />
            </Form.Item>
          )}
        </>
      ) : (
        <Form.Item<ProblemFormValues> label="问题所在单位（科室）" name="nodeId" rules={[{ required: true, message: '请选择问题所在的单位或科室' }]}>
          <OrgNodePicker kinds={NODE_KINDS} tree="admin" initialLabel={problem ? unitNodeLabel(problem.unitName, problem.nodeName) : null} placeholder="输入单位或科室名称搜索" />
        </Form.Item>
      )}
      <Form.Item<ProblemFormValues> label="涉及人员" name="personId" extra="问题涉及具体人员的填写（可空），须为问题所在单位人员">
        <PersonPicker />
      </Form.Item>
      <Form.Item<ProblemFormValues> label="发现日期" name="foundOn" rules={[{ required: true, message: '请选择发现日期' }]}>
        <DatePicker format={ISO} inputReadOnly allowClear={false} disabledDate={(d) => d.isAfter(today, 'day')} style={{ width: 200 }} />
      </Form.Item>
      <Form.Item<ProblemFormValues> label="问题事实" name="facts" rules={[{ required: true, whitespace: true, message: '请填写问题事实' }]}>
        <Input.TextArea rows={4} maxLength={5000} showCount placeholder="时间、地点、人员和具体表现" />
      </Form.Item>
      <Form.Item<ProblemFormValues> label="问题标签" name="tags" rules={[{ required: true, type: 'array', min: 1, message: '请至少选择一个问题标签' }]} extra="同一单位一年内再次出现同类问题、多个单位普遍发生或整改后反复的，系统自动标记">
        <ProblemTagPicker />
      </Form.Item>
      <Form.Item<ProblemFormValues> label="严重程度" name="severity" rules={[{ required: true, message: '请选择严重程度' }]}>
        <Radio.Group optionType="button" options={PROBLEM_SEVERITIES.map((s) => ({ value: s, label: PROBLEM_SEVERITY_LABELS[s] }))} />
      </Form.Item>
      <Form.Item style={{ marginBottom: 0 }}>
        <FormButtons loading={create.isPending || update.isPending} onCancel={onClose} submitText={problem ? '保存' : '登记'} />
      </Form.Item>
    </Form>
  );
}
