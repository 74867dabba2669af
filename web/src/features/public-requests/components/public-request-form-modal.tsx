import { useState } from 'react';
import { App, Button, DatePicker, Form, Input, Modal, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useNavigate } from 'react-router';
import type { PublicRequestDetail, PublicRequestWithCode } from '@mofan/shared';
import { FormButtons } from '../../../components/form-buttons';
import { OrgNodePicker } from '../../../components/pickers/org-node-picker';
import { todayInShanghai } from '../../../lib/today';
import { useApiErrorHandler } from '../../../lib/use-api-error';
import { useRegisterPublicRequest } from '../api/register-public-request';
import { useUpdatePublicRequest } from '../api/update-public-request';
import { LookupCodeResult } from './lookup-code-result';

interface PublicRequestFormValues {
  nodeId: string | null;
  title: string;
  content: string;
  requesterName?: string;
  requesterContact?: string;
  raisedOn: Dayjs;
}

interface PublicRequestFormModalProps {
  open: boolean;
  /** Correcting this request; a new one (了解需求) otherwise. */
  request?: PublicRequestDetail | undefined;
  /** Where a new request is received unless changed. */
  defaultNodeId?: string | undefined;
  onClose: () => void;
  onVersionConflict?: () => void;
}

const ISO = 'YYYY-MM-DD';

export function publicRequestPath(id: string): string {
  return `/public-requests/${encodeURIComponent(id)}`;
}

function blankToNull(value: string | undefined): string | null {
  const trimmed = value?.trim();
  return trimmed ? trimmed : null;
}

/** 了解需求 (or 修改诉求信息); a new request ends on its lookup code, shown this once. */
export function PublicRequestFormModal({ open, request, defaultNodeId, onClose, onVersionConflict }: PublicRequestFormModalProps) {
  const [registered, setRegistered] = useState<PublicRequestWithCode | null>(null);
  const close = () => {
    setRegistered(null);
    onClose();
  };
  const title = request ? '修改诉求信息' : registered ? '已登记' : '登记群众诉求';
  return (
    <Modal open={open} title={title} onCancel={close} footer={null} destroyOnHidden width={640} mask={{ closable: !registered }}>
      {registered ? (
        <Registered answer={registered} onAgain={() => setRegistered(null)} onClose={close} />
      ) : (
        <PublicRequestForm request={request} defaultNodeId={defaultNodeId} onRegistered={setRegistered} onClose={close} onVersionConflict={onVersionConflict} />
      )}
    </Modal>
  );
}

function Registered({ answer, onAgain, onClose }: { answer: PublicRequestWithCode; onAgain: () => void; onClose: () => void }) {
  const navigate = useNavigate();
  const r = answer.request;
  return (
    <LookupCodeResult
      title={`「${r.title}」已登记`}
      slip={{ code: answer.lookupCode, title: r.title, nodeName: r.nodeName, raisedOn: r.raisedOn }}
      extra={
        <>
          <Button onClick={onAgain}>继续登记</Button>
          <Button onClick={onClose}>关闭</Button>
          <Button
            onClick={() => {
              onClose();
              void navigate(publicRequestPath(r.id));
            }}
          >
            查看详情
          </Button>
        </>
      }
    />
  );
}

interface PublicRequestFormProps {
  request: PublicRequestDetail | undefined;
  defaultNodeId: string | undefined;
  onRegistered: (answer: PublicRequestWithCode) => void;
  onClose: () => void;
  onVersionConflict: (() => void) | undefined;
}

function PublicRequestForm({ request, defaultNodeId, onRegistered, onClose, onVersionConflict }: PublicRequestFormProps) {
  const [form] = Form.useForm<PublicRequestFormValues>();
  const { message } = App.useApp();
  const handleError = useApiErrorHandler();
  const register = useRegisterPublicRequest();
  const update = useUpdatePublicRequest();

  const onError = (error: Error) =>
    handleError(error, {
      form,
      onVersionConflict: () => {
        onVersionConflict?.();
        onClose();
      },
    });

  const submit = (v: PublicRequestFormValues) => {
    const fields = {
      title: v.title.trim(),
      content: v.content.trim(),
      requesterName: blankToNull(v.requesterName),
      requesterContact: blankToNull(v.requesterContact),
      raisedOn: v.raisedOn.format(ISO),
    };
    if (request) {
      // Left empty over a masked contact: unchanged, not erased.
      const keepContact = request.contactMasked && fields.requesterContact === null;
      update.mutate(
        { id: request.id, version: request.version, ...fields, requesterContact: keepContact ? undefined : fields.requesterContact },
        {
          onSuccess: () => {
            void message.success('已保存');
            onClose();
          },
          onError,
        },
      );
    } else {
      register.mutate({ nodeId: v.nodeId ?? '', ...fields }, { onSuccess: onRegistered, onError });
    }
  };

  // A masked contact is not the stored one: the field starts empty and is left alone unless retyped.
  const initialValues: Partial<PublicRequestFormValues> = request
    ? {
        title: request.title,
        content: request.content,
        requesterName: request.requesterName ?? undefined,
        requesterContact: request.contactMasked ? undefined : (request.requesterContact ?? undefined),
        raisedOn: dayjs(request.raisedOn),
      }
    : { nodeId: defaultNodeId ?? null, raisedOn: todayInShanghai() };

  return (
    <Form<PublicRequestFormValues> form={form} layout="vertical" initialValues={initialValues} onFinish={submit} aria-label={request ? '修改诉求信息' : '登记群众诉求'}>
      {!request && (
        <Form.Item<PublicRequestFormValues> label="受理单位" name="nodeId" rules={[{ required: true, message: '请选择受理的单位或科室' }]} extra="工委受理的诉求，所辖单位、科室都可以认领">
          <OrgNodePicker tree="admin" allowClear={false} placeholder="输入单位或科室名称搜索" />
        </Form.Item>
      )}
      <Form.Item<PublicRequestFormValues>
        label="诉求事项"
        name="title"
        rules={[
          { required: true, whitespace: true, message: '请填写诉求事项' },
          { max: 200, message: '不超过200字' },
        ]}
        extra="提出人凭查询码可以看到此标题"
      >
        <Input placeholder="如：小区路灯不亮" />
      </Form.Item>
      <Form.Item<PublicRequestFormValues> label="诉求内容" name="content" rules={[{ required: true, whitespace: true, message: '请填写诉求内容' }]} extra="内部记录，不在查询页公开">
        <Input.TextArea rows={4} maxLength={5000} showCount />
      </Form.Item>
      <Form.Item<PublicRequestFormValues> label="提出人" name="requesterName" rules={[{ max: 50, message: '不超过50字' }]}>
        <Input placeholder="可空" autoComplete="off" />
      </Form.Item>
      <Form.Item<PublicRequestFormValues>
        label="联系方式"
        name="requesterContact"
        rules={[{ max: 100, message: '不超过100字' }]}
        extra={request?.contactMasked ? '您没有办理权限，看不到原联系方式；不修改请留空' : '用于回访；没有办理权限的人员只能看到脱敏后的号码'}
      >
        <Input placeholder="可空" autoComplete="off" inputMode="tel" />
      </Form.Item>
      <Form.Item<PublicRequestFormValues> label="提出日期" name="raisedOn" rules={[{ required: true, message: '请选择提出日期' }]}>
        <DatePicker format={ISO} inputReadOnly disabledDate={(d) => d.isAfter(todayInShanghai(), 'day')} style={{ width: '100%' }} />
      </Form.Item>
      {!request && (
        <Typography.Paragraph type="secondary">登记后生成查询码，交给提出人，凭码无需登录即可查看办理进度并评价。</Typography.Paragraph>
      )}
      <Form.Item style={{ marginBottom: 0 }}>
        <FormButtons loading={register.isPending || update.isPending} onCancel={onClose} submitText={request ? '保存' : '登记'} />
      </Form.Item>
    </Form>
  );
}
