import { useState, type ReactNode } from 'react';
import { Button } from 'antd';
import type { DirectiveAction, DirectiveDetail } from '@mofan/shared';
import { DirectiveFormModal } from './directive-form-modal';
import { DirectiveStepModal, type DirectiveTextStep } from './directive-step-modal';
import { ExtensionDecisionModal } from './extension-decision-modal';
import { ExtensionRequestModal } from './extension-request-modal';

type Open = DirectiveTextStep | 'edit' | 'request_extension' | 'decide_extension' | null;

interface ButtonSpec {
  label: string;
  kind?: 'primary' | 'danger';
}

/** The buttons in the order a reader meets them; which show is the server's answer (detail.actions). */
const BUTTONS: Record<DirectiveAction, ButtonSpec> = {
  edit: { label: '修改立项信息' },
  assign: { label: '交办', kind: 'primary' },
  sign: { label: '签收', kind: 'primary' },
  report: { label: '报告进展' },
  complete: { label: '办结', kind: 'primary' },
  request_extension: { label: '申请延期' },
  accept: { label: '审核通过', kind: 'primary' },
  reject: { label: '退回', kind: 'danger' },
  urge: { label: '催办' },
  decide_extension: { label: '审批延期', kind: 'primary' },
};
const ORDER = Object.keys(BUTTONS) as DirectiveAction[];

interface DirectiveActionsProps {
  directive: DirectiveDetail;
  /** After a 409: reload the directive the user acted on. */
  onVersionConflict: () => void;
  /** Other buttons of the page header, before the actions. */
  before?: ReactNode;
}

/** What the reader may do now, each behind a modal form. */
export function DirectiveActions({ directive, onVersionConflict, before }: DirectiveActionsProps) {
  const [open, setOpen] = useState<Open>(null);
  const close = () => setOpen(null);
  const pending = directive.extensions.find((x) => x.status === 'pending') ?? null;
  const textStep = open !== null && open !== 'edit' && open !== 'request_extension' && open !== 'decide_extension' ? open : null;

  return (
    <>
      {before}
      {ORDER.filter((a) => directive.actions.includes(a)).map((a) => (
        <Button key={a} type={BUTTONS[a].kind === 'primary' ? 'primary' : 'default'} danger={BUTTONS[a].kind === 'danger'} onClick={() => setOpen(a)}>
          {BUTTONS[a].label}
        </Button>
      ))}
      <DirectiveStepModal directive={directive} step={textStep} onClose={close} onVersionConflict={onVersionConflict} />
      <DirectiveFormModal open={open === 'edit'} directive={directive} onClose={close} onVersionConflict={onVersionConflict} />
      <ExtensionRequestModal directive={directive} open={open === 'request_extension'} onClose={close} onVersionConflict={onVersionConflict} />
      <ExtensionDecisionModal directive={directive} extension={open === 'decide_extension' ? pending : null} onClose={close} onVersionConflict={onVersionConflict} />
    </>
  );
}
