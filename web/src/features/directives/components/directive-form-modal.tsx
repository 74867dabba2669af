import { useState } from 'react';
import { Alert, App, Button, DatePicker, Flex, Form, Input, InputNumber, Modal, Radio, Result, Select } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useNavigate } from 'react-router';
import {
  DIRECTIVE_LIMIT_KIND_LABELS,
  DIRECTIVE_SOURCES,
  DIRECTIVE_SOURCE_LABELS,
  DIRECTIVE_URGENCIES,
  DIRECTIVE_URGENCY_LABELS,
  type DirectiveDetail,
  type DirectiveLimitKind,
  type DirectiveSource,
  type DirectiveUrgency,
} from '@mofan/shared';
import { FormButtons } from '../../../components/form-buttons';
import { OrgNodePicker } from '../../../components/pickers/org-node-picker';
import { todayInShanghai } from '../../../lib/today';
import { useApiErrorHandler } from '../../../lib/use-api-error';
import { useCurrentUser } from '../../../app/current-user';
import { OrgNodesSelect } from '../../tasks/components/org-nodes-select';
import { useCreateDirective } from '../api/create-directive';
import { useUpdateDirective } from '../api/update-directive';
import { defaultSupervisorNode } from './default-supervisor-node';
import { assigneeLabel } from './directive-descriptions';
import { DirectiveLimitDescriptions } from './directive-limit-descriptions';
import { directivePath } from './directives-table';

interface DirectiveFormValues {
  supervisorNodeId: string | null;
  source: DirectiveSource;
  code?: string;
  title: string;
  content: string;
  instruction?: string;
  instructedBy?: string;
  leadNodeId: string | null;
  assistNodeIds: string[];
  urgency: DirectiveUrgency;
  dueOn?: Dayjs | null;
  reportEveryWorkingDays?: number | null;
}

interface DirectiveFormModalProps {
  open: boolean;
  /** Changing this directive (before 交办); a new 立项 otherwise. */
  directive?: DirectiveDetail | undefined;
  onClose: () => void;
  onVersionConflict?: () => void;
}

const ASSIGNABLE = ['unit', 'department'] as const;
const ISO = 'YYYY-MM-DD';

/** Which rule the server will apply, in the order it applies them (own limit, urgency, arrangement, default). */
function limitKindOf(values: { dueOn?: Dayjs | null; urgency?: DirectiveUrgency; source?: DirectiveSource }): DirectiveLimitKind {
  if (values.dueOn) return 'own';
  if (values.urgency === 'urgent') return 'urgent';
  if (values.source === 'party_government_arrangement') return 'arrangement';
  return 'default';
}

function blankToNull(value: string | undefined): string | null {
  const trimmed = value?.trim();
  return trimmed ? trimmed : null;
}

/** 立项 (or 修改立项信息): the server computes the limit, shown once saved. */
export function DirectiveFormModal({ open, directive, onClose, onVersionConflict }: DirectiveFormModalProps) {
  const [saved, setSaved] = useState<DirectiveDetail | null>(null);
  const close = () => {
    setSaved(null);
    onClose();
  };
  const title = directive ? '修改立项信息' : saved ? '已立项' : '督办件立项';
  return (
    <Modal open={open} title={title} onCancel={close} footer={null} destroyOnHidden width={680}>
      {saved ? (
        <SavedResult directive={saved} onAgain={() => setSaved(null)} onClose={close} />
      ) : (
        <DirectiveForm directive={directive} onSaved={directive ? close : setSaved} onClose={close} onVersionConflict={onVersionConflict} />
      )}
    </Modal>
  );
}

function SavedResult({ directive: d, onAgain, onClose }: { directive: DirectiveDetail; onAgain: () => void; onClose: () => void }) {
  const navigate = useNavigate();
  return (
    <Result
      status="success"
      title={`「${d.title}」已立项`}
      subTitle="交办后承办、协办单位即可看到并签收。"
      style={{ padding: '16px 0' }}
      extra={
        <Flex vertical gap={16} align="stretch">
          <DirectiveLimitDescriptions directive={d} />
          <Flex gap={8} justify="center" wrap>
            <Button onClick={onAgain}>继续立项</Button>
            <Button onClick={onClose}>关闭</Button>
            <Button
              type="primary"
              onClick={() => {
                onClose();
                void navigate(directivePath(d.id));
              }}
            >
              查看并交办
            </Button>
          </Flex>
        </Flex>
      }
    />
  );
}

interface DirectiveFormProps {
  directive: DirectiveDetail | undefined;
  onSaved: (d: DirectiveDetail) => void;
  onClose: () => void;
  onVersionConflict: (() => void) | undefined;
}

function DirectiveForm({ directive, onSaved, onClose, onVersionConflict }: DirectiveFormProps) {
  const me = useCurrentUser();
  const [form] = Form.useForm<DirectiveFormValues>();
  const { message } = App.useApp();
  const handleError = useApiErrorHandler();
  const create = useCreateDirective();
  const update = useUpdateDirective();
  const source = Form.useWatch('source', form);
  const urgency = Form.useWatch('urgency', form);
  const dueOn = Form.useWatch('dueOn', form);
  const supervisor = defaultSupervisorNode(me);
  const assist = directive?.assignees.filter((a) => a.role === 'assist') ?? [];
  const lead = directive?.assignees.find((a) => a.role === 'lead');
  const knownAssist = new Map(assist.map((a) => [a.nodeId, assigneeLabel(a)]));

  const onError = (error: Error) =>
    handleError(error, {
      form,
      onVersionConflict: () => {
        onVersionConflict?.();
        onClose();
      },
    });

  const submit = (v: DirectiveFormValues) => {
    const fields = {
      code: blankToNull(v.code),
      title: v.title.trim(),
      source: v.source,
      content: v.content.trim(),
      instruction: blankToNull(v.instruction),
      instructedBy: blankToNull(v.instructedBy),
      leadNodeId: v.leadNodeId ?? '',
      assistNodeIds: v.assistNodeIds,
      urgency: v.urgency,
      dueOn: v.dueOn ? v.dueOn.format(ISO) : null,
      reportEveryWorkingDays: v.reportEveryWorkingDays ?? null,
    };
    if (directive) {
      update.mutate(
        { id: directive.id, ...fields, version: directive.version },
        {
          onSuccess: (d) => {
            void message.success(`已保存，办理时限 ${d.dueOn}`);
            onSaved(d);
          },
          onError,
        },
      );
    } else {
      create.mutate({ supervisorNodeId: v.supervisorNodeId ?? '', ...fields }, { onSuccess: onSaved, onError });
    }
  };

  const initialValues: Partial<DirectiveFormValues> = directive
    ? {
        source: directive.source,
        code: directive.code ?? undefined,
        title: directive.title,
        content: directive.content,
        instruction: directive.instruction ?? undefined,
        instructedBy: directive.instructedBy ?? undefined,
        leadNodeId: lead?.nodeId ?? null,
        assistNodeIds: assist.map((a) => a.nodeId),
        urgency: directive.urgency,
        dueOn: directive.limitKind === 'own' ? dayjs(directive.dueOn) : null,
        reportEveryWorkingDays: directive.reportEveryWorkingDays,
      }
    : { supervisorNodeId: supervisor?.id ?? null, source: 'superior_instruction', urgency: 'normal', assistNodeIds: [] };
  const registeredOn = directive ? dayjs(directive.registeredOn) : todayInShanghai();

  return (
    <Form<DirectiveFormValues> form={form} layout="vertical" initialValues={initialValues} onFinish={submit} aria-label={directive ? '修改立项信息' : '督办件立项'}>
      {!directive && (
        <Form.Item<DirectiveFormValues> label="立项机构" name="supervisorNodeId" rules={[{ required: true, message: '请选择立项的督办机构所在组织' }]} extra="承办、协办单位须在此组织范围内">
          <OrgNodePicker tree="admin" initialLabel={supervisor?.name ?? null} allowClear={false} placeholder="工委或单位" />
        </Form.Item>
      )}
      <Form.Item<DirectiveFormValues> label="来源" name="source" rules={[{ required: true, message: '请选择来源' }]}>
        <Select options={DIRECTIVE_SOURCES.map((s) => ({ value: s, label: DIRECTIVE_SOURCE_LABELS[s] }))} />
      </Form.Item>
      <Form.Item<DirectiveFormValues> label="编号" name="code" rules={[{ max: 50, message: '不超过50字' }]}>
        <Input placeholder="如 督〔2026〕12号（可空）" />
      </Form.Item>
      <Form.Item<DirectiveFormValues>
        label="事项"
        name="title"
        rules={[
          { required: true, whitespace: true, message: '请填写督办事项' },
          { max: 200, message: '不超过200字' },
        ]}
      >
        <Input />
      </Form.Item>
      <Form.Item<DirectiveFormValues> label="督办内容" name="content" rules={[{ required: true, whitespace: true, message: '请填写督办内容' }]}>
        <Input.TextArea rows={4} maxLength={5000} showCount />
      </Form.Item>
      <Form.Item<DirectiveFormValues> label="领导批示" name="instruction">
        <Input.TextArea rows={2} maxLength={2000} placeholder="批示原文（可空）" />
      </Form.Item>
      <Form.Item<DirectiveFormValues> label="批示领导" name="instructedBy" rules={[{ max: 50, message: '不超过50字' }]}>
        <Input placeholder="如 市委书记（可空）" />
      </Form.Item>
      <Form.Item<DirectiveFormValues> label="承办单位（科室）" name="leadNodeId" rules={[{ required: true, message: '请选择承办单位或科室' }]}>
        <OrgNodePicker kinds={ASSIGNABLE} tree="admin" initialLabel={lead ? assigneeLabel(lead) : null} placeholder="输入单位或科室名称搜索" />
      </Form.Item>
      <Form.Item<DirectiveFormValues> label="协办单位（科室）" name="assistNodeIds">
        <OrgNodesSelect kinds={ASSIGNABLE} knownNames={knownAssist} placeholder="可多选（可空）" />
      </Form.Item>
      <Form.Item<DirectiveFormValues> label="紧急程度" name="urgency">
        <Radio.Group optionType="button" options={DIRECTIVE_URGENCIES.map((u) => ({ value: u, label: DIRECTIVE_URGENCY_LABELS[u] }))} />
      </Form.Item>
      <Form.Item<DirectiveFormValues> label="来文办理时限" name="dueOn" extra="来文有时限要求的填写；不填则按规则计算">
        <DatePicker format={ISO} inputReadOnly allowClear disabledDate={(d) => d.isBefore(registeredOn, 'day')} style={{ width: 200 }} />
      </Form.Item>
      <Alert type="info" showIcon style={{ marginBottom: 16 }} title={`办理时限将按：${DIRECTIVE_LIMIT_KIND_LABELS[limitKindOf({ dueOn, urgency, source })]}`} />
      <Form.Item<DirectiveFormValues> label="定期报告进展" name="reportEveryWorkingDays" extra="情况复杂、一时难以办结的事项：每隔几个工作日报告一次进展（可空）">
        <InputNumber<number> min={1} max={60} precision={0} suffix="个工作日" placeholder="不要求" style={{ width: 180 }} />
      </Form.Item>
      <Form.Item style={{ marginBottom: 0 }}>
        <FormButtons loading={create.isPending || update.isPending} onCancel={onClose} submitText={directive ? '保存' : '立项'} />
      </Form.Item>
    </Form>
  );
}
