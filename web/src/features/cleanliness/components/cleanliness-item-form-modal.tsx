import { Form, Input, InputNumber, Modal, Select } from 'antd';
import { CLEANLINESS_CRITERIA, CLEANLINESS_CRITERION_LABELS, CLEANLINESS_ITEM_MAX_SCORE, CLEANLINESS_TITLE_MAX, type CleanlinessCriterion, type CleanlinessItem } from '@mofan/shared';
import { FormButtons } from '../../../components/form-buttons';
import { useModalOutcome } from '../../../lib/use-modal-outcome';
import { useCreateCleanlinessItem } from '../api/create-cleanliness-item';
import { useUpdateCleanlinessItem } from '../api/update-cleanliness-item';

interface ItemFormValues {
  criterion: CleanlinessCriterion;
  title: string;
  maxScore: number;
  sortOrder?: number | null;
}

interface CleanlinessItemFormModalProps {
  open: boolean;
  /** Where a new item is set. */
  nodeId: string;
  nodeName: string;
  /** Absent: a new item. */
  item?: CleanlinessItem | undefined;
  onClose: () => void;
  onVersionConflict: () => void;
}

/** 增设 or 修改 one item of the sheet: its criterion, what is checked, and its points. */
export function CleanlinessItemFormModal({ open, item, nodeName, ...rest }: CleanlinessItemFormModalProps) {
  return (
    <Modal open={open} title={item ? '修改检查项目' : `增设检查项目：${nodeName}`} onCancel={rest.onClose} footer={null} destroyOnHidden>
      <ItemForm item={item} {...rest} />
    </Modal>
  );
}

function ItemForm({ nodeId, item, onClose, onVersionConflict }: Omit<CleanlinessItemFormModalProps, 'open' | 'nodeName'>) {
  const [form] = Form.useForm<ItemFormValues>();
  const outcome = useModalOutcome({ form, onClose, onVersionConflict });
  const create = useCreateCleanlinessItem();
  const update = useUpdateCleanlinessItem();

  const submit = (v: ItemFormValues) => {
    const body = { criterion: v.criterion, title: v.title.trim(), maxScore: v.maxScore, ...(v.sortOrder === null || v.sortOrder === undefined ? {} : { sortOrder: v.sortOrder }) };
    if (item) update.mutate({ id: item.id, ...body, version: item.version }, outcome('已保存'));
    else create.mutate({ nodeId, ...body }, outcome('已增设'));
  };

  return (
    <Form
      form={form}
      layout="vertical"
      initialValues={item ? { criterion: item.criterion, title: item.title, maxScore: item.maxScore, sortOrder: item.sortOrder } : { criterion: 'environment', maxScore: 5 }}
      onFinish={submit}
      aria-label="检查项目"
    >
      <Form.Item label="检查标准" name="criterion" rules={[{ required: true, message: '请选择检查标准' }]}>
        <Select options={CLEANLINESS_CRITERIA.map((c) => ({ value: c, label: CLEANLINESS_CRITERION_LABELS[c] }))} />
      </Form.Item>
      <Form.Item label="检查内容" name="title" rules={[{ required: true, whitespace: true, message: '请填写检查内容' }, { max: CLEANLINESS_TITLE_MAX, message: `不超过${CLEANLINESS_TITLE_MAX}字` }]}>
        <Input placeholder="如：办公桌面物品摆放整齐有序" />
      </Form.Item>
      <Form.Item label="分值" name="maxScore" rules={[{ required: true, message: '请填写分值' }]} extra="该项满分，评分时在0至满分之间打分">
        <InputNumber min={1} max={CLEANLINESS_ITEM_MAX_SCORE} precision={0} style={{ width: '100%' }} suffix="分" />
      </Form.Item>
      <Form.Item label="顺序" name="sortOrder" extra="同一检查标准内按数字从小到大排列">
        <InputNumber min={0} max={9999} precision={0} style={{ width: '100%' }} />
      </Form.Item>
      <Form.Item style={{ marginBottom: 0 }}>
        <FormButtons loading={create.isPending || update.isPending} onCancel={onClose} />
      </Form.Item>
    </Form>
  );
}
