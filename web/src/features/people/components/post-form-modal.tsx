import { App, DatePicker, Form, Input, Modal, Select } from 'antd';
import type { Dayjs } from 'dayjs';
import { POST_ROLES, POST_ROLE_LABELS, POST_ROLE_NODE_KINDS, TEXT_MAX, type PersonDetail, type PostRole } from '@mofan/shared';
import { FormButtons } from '../../../components/form-buttons';
import { OrgNodePicker } from '../../../components/pickers/org-node-picker';
import { UnitDepartmentsSelect } from '../../../components/pickers/unit-departments-select';
import { todayInShanghai } from '../../../lib/today';
import { useApiErrorHandler } from '../../../lib/use-api-error';
import { useCreatePost } from '../api/create-post';

interface PostFormValues {
  role: PostRole;
  nodeId: string | null;
  startDate: Dayjs;
  endDate?: Dayjs | null;
  supervisedDepartmentIds?: string[];
  note?: string;
}

interface PostFormModalProps {
  person: PersonDetail;
  open: boolean;
  onClose: () => void;
}

// Leadership posts are held in the unit itself, so the node is the person's own unit.
const UNIT_ROLES: readonly PostRole[] = ['top_leader', 'leadership_member'];

/** 任职: a new post with its start date. Posts are never overwritten; the old one is ended (离任). */
export function PostFormModal({ person, open, onClose }: PostFormModalProps) {
  return (
    <Modal open={open} title={`任职：${person.name}`} onCancel={onClose} footer={null} destroyOnHidden>
      <PostForm person={person} onClose={onClose} />
    </Modal>
  );
}

function PostForm({ person, onClose }: { person: PersonDetail; onClose: () => void }) {
  const [form] = Form.useForm<PostFormValues>();
  const { message } = App.useApp();
  const handleError = useApiErrorHandler();
  const mutation = useCreatePost();
  const role = Form.useWatch('role', form);
  const kinds = role ? POST_ROLE_NODE_KINDS[role] : undefined;
  const atUnit = role ? UNIT_ROLES.includes(role) : false;

  const submit = (v: PostFormValues) => {
    if (!v.nodeId) return;
    mutation.mutate(
      {
        personId: person.id,
        role: v.role,
        nodeId: v.nodeId,
        startDate: v.startDate.format('YYYY-MM-DD'),
        endDate: v.endDate ? v.endDate.format('YYYY-MM-DD') : null,
        ...(v.role === 'leadership_member' ? { supervisedDepartmentIds: v.supervisedDepartmentIds ?? [] } : {}),
        note: v.note?.trim() ? v.note.trim() : null,
      },
      {
        onSuccess: () => {
          void message.success('已任职');
          onClose();
        },
        onError: (error) => handleError(error, { form }),
      },
    );
  };

  return (
    <Form
      form={form}
      layout="vertical"
      initialValues={{ startDate: todayInShanghai(), nodeId: null }}
      onFinish={submit}
      onValuesChange={(changed: Partial<PostFormValues>) => {
        // A new role may need another kind of node: preselect the unit for leadership posts.
        if (changed.role) {
          form.setFieldsValue({ nodeId: UNIT_ROLES.includes(changed.role) ? person.unitId : null, supervisedDepartmentIds: [] });
        }
      }}
      aria-label="任职"
    >
      <Form.Item label="职务" name="role" rules={[{ required: true, message: '请选择职务' }]}>
        <Select options={POST_ROLES.map((r) => ({ value: r, label: POST_ROLE_LABELS[r] }))} />
      </Form.Item>
      <Form.Item label="任职组织" name="nodeId" rules={[{ required: true, message: '请选择任职组织' }]}>
        <OrgNodePicker
          key={role ?? 'none'}
          kinds={kinds}
          unitId={person.unitId}
          disabled={!role}
          initialLabel={atUnit ? person.unitName : null}
          placeholder={role ? '输入名称搜索' : '请先选择职务'}
        />
      </Form.Item>
      {role === 'leadership_member' && (
        <Form.Item label="分管科室" name="supervisedDepartmentIds">
          <UnitDepartmentsSelect unitId={person.unitId} />
        </Form.Item>
      )}
      <Form.Item label="开始日期" name="startDate" rules={[{ required: true, message: '请选择开始日期' }]}>
        <DatePicker style={{ width: '100%' }} format="YYYY-MM-DD" />
      </Form.Item>
      <Form.Item
        label="结束日期"
        name="endDate"
        dependencies={['startDate']}
        extra="补录已结束的任职时填写；现任职务留空"
        rules={[
          ({ getFieldValue }) => ({
            validator: async (_rule, value: Dayjs | null | undefined) => {
              const start = getFieldValue('startDate') as Dayjs | undefined;
              if (value && start && value.isBefore(start, 'day')) throw new Error('结束日期不能早于开始日期');
            },
          }),
        ]}
      >
        <DatePicker style={{ width: '100%' }} format="YYYY-MM-DD" />
      </Form.Item>
      <Form.Item label="备注" name="note" rules={[{ max: TEXT_MAX, message: `不超过${TEXT_MAX}字` }]}>
        <Input.TextArea rows={2} />
      </Form.Item>
      <Form.Item style={{ marginBottom: 0 }}>
        <FormButtons loading={mutation.isPending} onCancel={onClose} />
      </Form.Item>
    </Form>
  );
}
