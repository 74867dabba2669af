import { useState } from 'react';
import { Button } from 'antd';
import type { ProblemDetail, RectificationAction, RectificationDetail } from '@mofan/shared';
import { RectificationEscalateModal } from './rectification-escalate-modal';
import { RectificationFormModal } from './rectification-form-modal';
import { RectificationStepModal, type RectificationTextStep } from './rectification-step-modal';

interface ButtonSpec {
  label: string;
  kind?: 'primary' | 'danger';
}

/** The buttons in the order the loop runs; which show is the server's answer (rectification.actions). */
const BUTTONS: Record<RectificationAction, ButtonSpec> = {
  progress: { label: '报告整改进展' },
  evidence: { label: '提交整改佐证' },
  submit: { label: '提交整改完成情况', kind: 'primary' },
  accept: { label: '核验通过', kind: 'primary' },
  reopen: { label: '核验退回', kind: 'danger' },
  edit: { label: '修改整改要求' },
  escalate: { label: '逾期转督办', kind: 'danger' },
};
const ORDER = Object.keys(BUTTONS) as RectificationAction[];

interface RectificationActionsProps {
  problem: ProblemDetail;
  rectification: RectificationDetail;
  onVersionConflict: () => void;
}

/** What the reader may do to the 整改 now, each behind a modal form. */
export function RectificationActions({ problem, rectification, onVersionConflict }: RectificationActionsProps) {
  const [open, setOpen] = useState<RectificationAction | null>(null);
  const close = () => setOpen(null);
  const textStep = open !== null && open !== 'edit' && open !== 'escalate' ? open : null;
  const shown = ORDER.filter((a) => rectification.actions.includes(a));
  if (shown.length === 0) return null;

  return (
    <>
      {shown.map((a) => (
        <Button key={a} type={BUTTONS[a].kind === 'primary' ? 'primary' : 'default'} danger={BUTTONS[a].kind === 'danger'} onClick={() => setOpen(a)}>
          {BUTTONS[a].label}
        </Button>
      ))}
      <RectificationStepModal rectification={rectification} step={textStep satisfies RectificationTextStep | null} onClose={close} onVersionConflict={onVersionConflict} />
      <RectificationFormModal open={open === 'edit'} problem={problem} rectification={rectification} onClose={close} onVersionConflict={onVersionConflict} />
      <RectificationEscalateModal open={open === 'escalate'} rectification={rectification} onClose={close} onVersionConflict={onVersionConflict} />
    </>
  );
}
