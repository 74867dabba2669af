import { useState } from 'react';
import { App, Button } from 'antd';
import { useNavigate } from 'react-router';
import type { ProblemAction, ProblemDetail } from '@mofan/shared';
import { useApiErrorHandler } from '../../../lib/use-api-error';
import { useDeleteProblem } from '../api/delete-problem';
import { AccountabilityFormModal } from './accountability-form-modal';
import { inspectionPath } from './inspection-paths';
import { ProblemFormModal } from './problem-form-modal';
import { RectificationFormModal } from './rectification-form-modal';

const LABELS: Record<ProblemAction, string> = { rectify: '交付整改', hold_accountable: '记录问责', edit: '修改问题', delete: '删除问题' };
const ORDER: readonly ProblemAction[] = ['rectify', 'hold_accountable', 'edit', 'delete'];

interface ProblemActionsProps {
  problem: ProblemDetail;
  onVersionConflict: () => void;
}

/** What the supervising side may do to the problem now (the server's detail.actions). */
export function ProblemActions({ problem, onVersionConflict }: ProblemActionsProps) {
  const [open, setOpen] = useState<Exclude<ProblemAction, 'delete'> | null>(null);
  const { modal, message } = App.useApp();
  const handleError = useApiErrorHandler();
  const navigate = useNavigate();
  const remove = useDeleteProblem();
  const close = () => setOpen(null);

  const confirmDelete = () =>
    modal.confirm({
      title: '删除这个问题？',
      content: '尚未交付整改的问题可以删除，删除后不可恢复。',
      okText: '删除',
      okButtonProps: { danger: true },
      onOk: () =>
        remove
          .mutateAsync(problem.id)
          .then(() => {
            void message.success('已删除');
            void navigate(problem.inspectionId ? inspectionPath(problem.inspectionId) : '/problems');
          })
          .catch((error: unknown) => handleError(error)),
    });

  return (
    <>
      {ORDER.filter((a) => problem.actions.includes(a)).map((a) => (
        <Button key={a} type={a === 'rectify' ? 'primary' : 'default'} danger={a === 'delete'} onClick={() => (a === 'delete' ? confirmDelete() : setOpen(a))}>
          {LABELS[a]}
        </Button>
      ))}
      <ProblemFormModal open={open === 'edit'} problem={problem} onClose={close} onVersionConflict={onVersionConflict} />
      <RectificationFormModal open={open === 'rectify'} problem={problem} onClose={close} onVersionConflict={onVersionConflict} />
      <AccountabilityFormModal open={open === 'hold_accountable'} problem={problem} onClose={close} />
    </>
  );
}
