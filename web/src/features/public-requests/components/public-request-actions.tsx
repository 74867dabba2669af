import { useState, type ReactNode } from 'react';
import { App, Button, Modal } from 'antd';
import type { PublicRequestAction, PublicRequestDetail, PublicRequestWithCode } from '@mofan/shared';
import { useApiErrorHandler } from '../../../lib/use-api-error';
import { useReissueLookupCode } from '../api/reissue-lookup-code';
import { ClaimModal } from './claim-modal';
import { LookupCodeResult } from './lookup-code-result';
import { PublicRequestFormModal } from './public-request-form-modal';
import { PublicRequestStepModal, type PublicRequestTextStep } from './public-request-step-modal';

type Open = PublicRequestAction | null;

interface ButtonSpec {
  label: string;
  primary?: boolean;
}

/** The buttons in the order of the loop; which show is the server's answer (detail.actions). */
const BUTTONS: Record<PublicRequestAction, ButtonSpec> = {
  claim: { label: '认领', primary: true },
  solve: { label: '登记解决情况', primary: true },
  close: { label: '完善机制，办结', primary: true },
  revisit: { label: '回访', primary: true },
  update: { label: '修改' },
  reissue_code: { label: '重新生成查询码' },
};
const ORDER = Object.keys(BUTTONS) as PublicRequestAction[];

interface PublicRequestActionsProps {
  request: PublicRequestDetail;
  /** The 科室 or unit a claim is offered for first. */
  defaultClaimNodeId?: string | undefined;
  onVersionConflict: () => void;
  before?: ReactNode;
}

/** What the reader may do now, each behind a modal form. */
export function PublicRequestActions({ request, defaultClaimNodeId, onVersionConflict, before }: PublicRequestActionsProps) {
  const [open, setOpen] = useState<Open>(null);
  const [reissued, setReissued] = useState<PublicRequestWithCode | null>(null);
  const { modal } = App.useApp();
  const handleError = useApiErrorHandler();
  const reissue = useReissueLookupCode();
  const close = () => setOpen(null);
  const textStep: PublicRequestTextStep | null = open === 'solve' || open === 'close' || open === 'revisit' ? open : null;

  const confirmReissue = () =>
    modal.confirm({
      title: '重新生成查询码？',
      content: '原查询码将立即作废，提出人须使用新的查询码查询。',
      okText: '重新生成',
      onOk: () =>
        reissue
          .mutateAsync({ id: request.id, version: request.version })
          .then(setReissued)
          .catch((error: unknown) => handleError(error, { onVersionConflict })),
    });

  return (
    <>
      {before}
      {ORDER.filter((a) => request.actions.includes(a)).map((a) => (
        <Button key={a} type={BUTTONS[a].primary ? 'primary' : 'default'} onClick={() => (a === 'reissue_code' ? confirmReissue() : setOpen(a))}>
          {BUTTONS[a].label}
        </Button>
      ))}
      <ClaimModal request={request} open={open === 'claim'} defaultNodeId={defaultClaimNodeId} onClose={close} onVersionConflict={onVersionConflict} />
      <PublicRequestStepModal request={request} step={textStep} onClose={close} onVersionConflict={onVersionConflict} />
      <PublicRequestFormModal open={open === 'update'} request={request} onClose={close} onVersionConflict={onVersionConflict} />
      <Modal open={reissued !== null} title="新的查询码" onCancel={() => setReissued(null)} footer={null} destroyOnHidden mask={{ closable: false }}>
        {reissued && (
          <LookupCodeResult
            title="已重新生成查询码，原查询码已作废"
            slip={{ code: reissued.lookupCode, title: reissued.request.title, nodeName: reissued.request.nodeName, raisedOn: reissued.request.raisedOn }}
            extra={<Button onClick={() => setReissued(null)}>关闭</Button>}
          />
        )}
      </Modal>
    </>
  );
}
