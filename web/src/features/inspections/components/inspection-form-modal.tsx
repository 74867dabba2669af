import { App, DatePicker, Form, Input, Modal, Select, Switch, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useNavigate } from 'react-router';
import { INSPECTION_KINDS, INSPECTION_KIND_LABELS, type InspectionDetail, type InspectionKind } from '@mofan/shared';
import { FormButtons } from '../../../components/form-buttons';
import { OrgNodePicker } from '../../../components/pickers/org-node-picker';
import { hasPermission } from '../../../lib/permissions';
import { todayInShanghai } from '../../../lib/today';
import { useApiErrorHandler } from '../../../lib/use-api-error';
import { useCurrentUser } from '../../../app/current-user';
import { OrgNodesSelect } from '../../tasks/components/org-nodes-select';
import { useCreateInspection } from '../api/create-inspection';
import { useUpdateInspection } from '../api/update-inspection';
import { defaultOrganizerNode } from './default-organizer-node';
import { InspectorsSelect } from './inspectors-select';
import { inspectionPath } from './inspection-paths';
import { targetLabel } from './node-labels';

interface InspectionFormValues {
  organizerNodeId: string | null;
  kind: InspectionKind;
  title: string;
  subject?: string;
  targetNodeIds: string[];
  unannounced: boolean;
  plannedOn: Dayjs;
  /** Absent when the user may not list accounts: the plan keeps its inspectors (the creator at least). */
  inspectorUserIds?: string[];
}

interface InspectionFormModalProps {
  open: boolean;
  /** Changing this plan (while 计划中); a new plan otherwise. */
  inspection?: InspectionDetail | undefined;
  onClose: () => void;
  onVersionConflict?: () => void;
}

const TARGET_KINDS = ['unit', 'department'] as const;
const ISO = 'YYYY-MM-DD';

function blankToNull(value: string | undefined): string | null {
  const trimmed = value?.trim();
  return trimmed ? trimmed : null;
}

/** 制定检查计划 or 修改检查计划: kind, what is checked, whom, when, by whom. */
export function InspectionFormModal({ open, inspection, onClose, onVersionConflict }: InspectionFormModalProps) {
  return (
    <Modal open={open} title={inspection ? '修改检查计划' : '制定检查计划'} onCancel={onClose} footer={null} destroyOnHidden width={640}>
      {open && <InspectionForm inspection={inspection} onClose={onClose} onVersionConflict={onVersionConflict} />}
    </Modal>
  );
}

function InspectionForm({ inspection, onClose, onVersionConflict }: Omit<InspectionFormModalProps, 'open'>) {
  const me = useCurrentUser();
  const navigate = useNavigate();
  const [form] = Form.useForm<InspectionFormValues>();
  const { message } = App.useApp();
  const handleError = useApiErrorHandler();
  const create = useCreateInspection();
  const update = useUpdateInspection();
  const kind = Form.useWatch('kind', form);
  const organizer = defaultOrganizerNode(me);
  const picksInspectors = hasPermission(me, 'users.read');
  const knownTargets = new Map(inspection?.targets.map((t) => [t.nodeId, targetLabel(t)]));
  const knownInspectors = new Map(inspection?.inspectors.map((i) => [i.userId, i.displayName]));

  const onError = (error: Error) =>
    handleError(error, {
      form,
      onVersionConflict: () => {
        onVersionConflict?.();
        onClose();
      },
    });

  const submit = (v: InspectionFormValues) => {
    const fields = {
      kind: v.kind,
      title: v.title.trim(),
      subject: blankToNull(v.subject),
      unannounced: v.kind === 'unannounced_visit' || v.unannounced,
      plannedOn: v.plannedOn.format(ISO),
      targetNodeIds: v.targetNodeIds,
    };
    if (inspection) {
      update.mutate(
        { id: inspection.id, ...fields, ...(v.inspectorUserIds ? { inspectorUserIds: v.inspectorUserIds } : {}), version: inspection.version },
        {
          onSuccess: () => {
            void message.success('已保存检查计划');
            onClose();
          },
          onError,
        },
      );
      return;
    }
    create.mutate(
      { organizerNodeId: v.organizerNodeId ?? '', ...fields, inspectorUserIds: v.inspectorUserIds ?? [] },
      {
        onSuccess: (saved) => {
          void message.success(saved.unannounced ? '已制定检查计划：完成前只有检查人员看得到' : '已制定检查计划');
          onClose();
          void navigate(inspectionPath(saved.id));
        },
        onError,
      },
    );
  };

  const initialValues: Partial<InspectionFormValues> = inspection
    ? {
        kind: inspection.kind,
        title: inspection.title,
        subject: inspection.subject ?? undefined,
        targetNodeIds: inspection.targets.map((t) => t.nodeId),
        unannounced: inspection.unannounced,
        plannedOn: dayjs(inspection.plannedOn),
        inspectorUserIds: inspection.inspectors.map((i) => i.userId),
      }
    : { organizerNodeId: organizer?.id ?? null, kind: 'open_check', unannounced: false, plannedOn: todayInShanghai(), targetNodeIds: [], inspectorUserIds: [] };

  return (
    <Form<InspectionFormValues>
      form={form}
      layout="vertical"
      initialValues={initialValues}
      onFinish={submit}
      onValuesChange={(changed: Partial<InspectionFormValues>) => {
        // 暗访 is unannounced by definition; the switch follows the kind.
        if (changed.kind === 'unannounced_visit') form.setFieldValue('unannounced', true);
      }}
      aria-label={inspection ? '修改检查计划' : '制定检查计划'}
    >
      {!inspection && (
        <Form.Item<InspectionFormValues> label="组织单位" name="organizerNodeId" rules={[{ required: true, message: '请选择组织检查的工委或单位' }]} extra="被检查单位须在此范围内">
          <OrgNodePicker tree="admin" initialLabel={organizer?.name ?? null} allowClear={false} placeholder="工委或单位" />
        </Form.Item>
      )}
      <Form.Item<InspectionFormValues> label="检查方式" name="kind" rules={[{ required: true, message: '请选择检查方式' }]}>
        <Select options={INSPECTION_KINDS.map((k) => ({ value: k, label: INSPECTION_KIND_LABELS[k] }))} />
      </Form.Item>
      <Form.Item<InspectionFormValues>
        label="名称"
        name="title"
        rules={[
          { required: true, whitespace: true, message: '请填写检查名称' },
          { max: 200, message: '不超过200字' },
        ]}
      >
        <Input placeholder="如 2026年一季度机关作风明查暗访" />
      </Form.Item>
      <Form.Item<InspectionFormValues> label="检查内容" name="subject">
        <Input.TextArea rows={3} maxLength={2000} showCount placeholder="检查内容或专项整治事项（可空）" />
      </Form.Item>
      <Form.Item<InspectionFormValues> label="被检查单位（科室）" name="targetNodeIds" rules={[{ required: true, type: 'array', min: 1, message: '请至少选择一个被检查单位或科室' }]}>
        <OrgNodesSelect kinds={TARGET_KINDS} knownNames={knownTargets} placeholder="输入单位或科室名称搜索，可多选" />
      </Form.Item>
      <Form.Item<InspectionFormValues> label="不打招呼（四不两直）" name="unannounced" valuePropName="checked" extra="完成前只有检查人员看得到这次检查，被检查单位和其他人员都看不到">
        <Switch disabled={kind === 'unannounced_visit'} />
      </Form.Item>
      <Form.Item<InspectionFormValues> label="计划检查日期" name="plannedOn" rules={[{ required: true, message: '请选择计划检查日期' }]}>
        <DatePicker format={ISO} inputReadOnly allowClear={false} style={{ width: 200 }} />
      </Form.Item>
      {picksInspectors ? (
        <Form.Item<InspectionFormValues> label="检查人员" name="inspectorUserIds" extra="制定计划的本人自动列入检查人员">
          <InspectorsSelect knownNames={knownInspectors} />
        </Form.Item>
      ) : (
        <Typography.Paragraph type="secondary">制定计划的本人自动列入检查人员。</Typography.Paragraph>
      )}
      <Form.Item style={{ marginBottom: 0 }}>
        <FormButtons loading={create.isPending || update.isPending} onCancel={onClose} submitText={inspection ? '保存' : '制定计划'} />
      </Form.Item>
    </Form>
  );
}
