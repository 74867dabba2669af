import { useState } from 'react';
import { App, Col, DatePicker, Drawer, Form, Input, Row, Select } from 'antd';
import {
  checkIdCard,
  GENDERS,
  GENDER_LABELS,
  isPartyMember,
  NAME_MAX,
  PERSON_STATUSES,
  PERSON_STATUS_LABELS,
  POLITICAL_STATUSES,
  POLITICAL_STATUS_LABELS,
  type PersonDetail,
} from '@mofan/shared';
import { FormButtons } from '../../../components/form-buttons';
import { OrgNodePicker } from '../../../components/pickers/org-node-picker';
import { useIsPhone } from '../../../lib/use-media-query';
import { useApiErrorHandler } from '../../../lib/use-api-error';
import { useCreatePerson } from '../api/create-person';
import { useUpdatePerson } from '../api/update-person';
import { formValuesToCreate, formValuesToUpdate, personToFormValues, type PersonFormValues } from './person-form-values';

interface PersonFormDrawerProps {
  open: boolean;
  /** Absent: a new person. */
  person?: PersonDetail;
  onClose: () => void;
  onSaved: (person: PersonDetail) => void;
  /** Someone else saved first: reload the person so the next edit starts from their version. */
  onVersionConflict?: () => void;
}

const PHONE = /^1[3-9]\d{9}$/;

function labelIn(unitName: string, name: string | null): string | null {
  return name ? `${unitName} · ${name}` : null;
}

/** Create and edit share one form; the drawer is remounted each time it opens (destroyOnHidden). */
export function PersonFormDrawer(props: PersonFormDrawerProps) {
  const isPhone = useIsPhone();
  return (
    <Drawer
      open={props.open}
      title={props.person ? `编辑人员：${props.person.name}` : '新增人员'}
      onClose={props.onClose}
      size={isPhone ? '100%' : 640}
      destroyOnHidden
    >
      <PersonForm {...props} />
    </Drawer>
  );
}

function PersonForm({ person, onClose, onSaved, onVersionConflict }: PersonFormDrawerProps) {
  const [form] = Form.useForm<PersonFormValues>();
  const { message } = App.useApp();
  const handleError = useApiErrorHandler();
  const createMutation = useCreatePerson();
  const updateMutation = useUpdatePerson();
  // The unit of the chosen department: branches and party groups are looked up within it.
  const [unitId, setUnitId] = useState<string | null>(person?.unitId ?? null);
  const politicalStatus = Form.useWatch('politicalStatus', form);
  const member = politicalStatus ? isPartyMember(politicalStatus) : false;

  const saved = (p: PersonDetail) => {
    void message.success('已保存');
    onSaved(p);
    onClose();
  };
  const failed = (error: unknown) =>
    handleError(error, {
      form,
      onVersionConflict: () => {
        onVersionConflict?.();
        onClose();
      },
    });

  const submit = (values: PersonFormValues) => {
    if (person) {
      const body = formValuesToUpdate(values, person);
      if (Object.keys(body).length === 1) {
        void message.info('没有修改');
        onClose();
        return;
      }
      updateMutation.mutate({ id: person.id, ...body }, { onSuccess: saved, onError: failed });
    } else {
      createMutation.mutate(formValuesToCreate(values), { onSuccess: saved, onError: failed });
    }
  };

  const initialValues: Partial<PersonFormValues> = person ? personToFormValues(person) : { politicalStatus: 'masses' };

  return (
    <Form form={form} layout="vertical" initialValues={initialValues} onFinish={submit} aria-label="人员信息">
      <Row gutter={16}>
        <Col xs={24} sm={12}>
          <Form.Item
            label="姓名"
            name="name"
            rules={[
              { required: true, whitespace: true, message: '请输入姓名' },
              { max: NAME_MAX, message: `姓名不超过${NAME_MAX}字` },
            ]}
          >
            <Input />
          </Form.Item>
        </Col>
        <Col xs={24} sm={12}>
          <Form.Item
            label="身份证号"
            name="idCardNo"
            rules={[
              { required: true, whitespace: true, message: '请输入身份证号' },
              {
                validator: async (_rule, value: string | undefined) => {
                  if (!value?.trim()) return;
                  const check = checkIdCard(value);
                  if (!check.ok) throw new Error(check.reason);
                },
              },
            ]}
          >
            <Input maxLength={18} />
          </Form.Item>
        </Col>
        <Col xs={24} sm={12}>
          <Form.Item label="性别" name="gender" extra="不填时按身份证号识别">
            <Select allowClear options={GENDERS.map((g) => ({ value: g, label: GENDER_LABELS[g] }))} />
          </Form.Item>
        </Col>
        <Col xs={24} sm={12}>
          <Form.Item label="民族" name="ethnicity" rules={[{ max: 20, message: '不超过20字' }]}>
            <Input placeholder="如：汉族" />
          </Form.Item>
        </Col>
        <Col xs={24} sm={12}>
          <Form.Item label="手机号" name="phone" rules={[{ pattern: PHONE, message: '手机号应为11位' }]}>
            <Input maxLength={11} inputMode="numeric" />
          </Form.Item>
        </Col>
        <Col xs={24} sm={12}>
          <Form.Item label="入职日期" name="hiredOn">
            <DatePicker style={{ width: '100%' }} format="YYYY-MM-DD" />
          </Form.Item>
        </Col>
        <Col xs={24} sm={12}>
          <Form.Item label="所在科室" name="departmentId" rules={[{ required: true, message: '请选择所在科室' }]}>
            <OrgNodePicker
              kinds={['department']}
              initialLabel={person ? labelIn(person.unitName, person.departmentName) : null}
              placeholder="输入科室或单位名称搜索"
              onChange={(_id, node) => {
                const nextUnit = node?.unitId ?? null;
                if (nextUnit !== unitId) form.setFieldsValue({ branchId: null, partyGroupId: null });
                setUnitId(nextUnit);
              }}
            />
          </Form.Item>
        </Col>
        <Col xs={24} sm={12}>
          <Form.Item label="职务" name="jobTitle" rules={[{ max: 50, message: '不超过50字' }]}>
            <Input placeholder="如：科长、一级主任科员" />
          </Form.Item>
        </Col>
        <Col xs={24} sm={12}>
          <Form.Item label="政治面貌" name="politicalStatus" rules={[{ required: true, message: '请选择政治面貌' }]}>
            <Select options={POLITICAL_STATUSES.map((s) => ({ value: s, label: POLITICAL_STATUS_LABELS[s] }))} />
          </Form.Item>
        </Col>
        {person && (
          <Col xs={24} sm={12}>
            <Form.Item label="状态" name="status">
              <Select options={PERSON_STATUSES.map((s) => ({ value: s, label: PERSON_STATUS_LABELS[s] }))} />
            </Form.Item>
          </Col>
        )}
      </Row>
      {member && (
        <Row gutter={16}>
          <Col xs={24} sm={12}>
            <Form.Item label="入党日期" name="joinedPartyOn">
              <DatePicker style={{ width: '100%' }} format="YYYY-MM-DD" />
            </Form.Item>
          </Col>
          {politicalStatus === 'party_member' && (
            <Col xs={24} sm={12}>
              <Form.Item label="转正日期" name="fullMemberOn">
                <DatePicker style={{ width: '100%' }} format="YYYY-MM-DD" />
              </Form.Item>
            </Col>
          )}
          <Col xs={24} sm={12}>
            <Form.Item label="所在党支部" name="branchId" extra={unitId ? undefined : '请先选择所在科室'}>
              <OrgNodePicker
                kinds={['branch']}
                unitId={unitId}
                disabled={!unitId}
                initialLabel={person ? labelIn(person.unitName, person.branchName) : null}
                placeholder="输入支部名称搜索"
              />
            </Form.Item>
          </Col>
          <Col xs={24} sm={12}>
            <Form.Item label="所在党小组" name="partyGroupId">
              <OrgNodePicker
                kinds={['party_group']}
                unitId={unitId}
                disabled={!unitId}
                initialLabel={person ? labelIn(person.unitName, person.partyGroupName) : null}
                placeholder="选填"
              />
            </Form.Item>
          </Col>
        </Row>
      )}
      <FormButtons loading={createMutation.isPending || updateMutation.isPending} onCancel={onClose} />
    </Form>
  );
}
