import { useState } from 'react';
import { App, Button } from 'antd';
import { useNavigate } from 'react-router';
import type { InspectionAction, InspectionDetail } from '@mofan/shared';
import { useApiErrorHandler } from '../../../lib/use-api-error';
import { useDeleteInspection } from '../api/delete-inspection';
import { InspectionCompleteModal } from './inspection-complete-modal';
import { InspectionFormModal } from './inspection-form-modal';
import { ProblemFormModal } from './problem-form-modal';

type Open = 'edit' | 'complete' | 'register_problem' | null;

const LABELS: Record<InspectionAction, string> = { register_problem: '登记问题', complete: '检查完成', edit: '修改计划', delete: '删除计划' };
const ORDER: readonly InspectionAction[] = ['register_problem', 'complete', 'edit', 'delete'];

interface InspectionActionsProps {
  inspection: InspectionDetail;
  onVersionConflict: () => void;
}

/** What the reader may do to the check now (the server's detail.actions), each behind a modal. */
export function InspectionActions({ inspection, onVersionConflict }: InspectionActionsProps) {
  const [open, setOpen] = useState<Open>(null);
  const { modal, message } = App.useApp();
  const handleError = useApiErrorHandler();
  const navigate = useNavigate();
  const remove = useDeleteInspection();
  const close = () => setOpen(null);

  const confirmDelete = () =>
    modal.confirm({
      title: '删除这次检查计划？',
      content: '尚未登记问题的计划可以删除，删除后不可恢复。',
      okText: '删除',
      okButtonProps: { danger: true },
      onOk: () =>
        remove
          .mutateAsync(inspection.id)
          .then(() => {
            void message.success('已删除');
            void navigate('/inspections');
          })
          .catch((error: unknown) => handleError(error)),
    });

  return (
    <>
      {ORDER.filter((a) => inspection.actions.includes(a)).map((a) => (
        <Button key={a} type={a === 'register_problem' || a === 'complete' ? 'primary' : 'default'} danger={a === 'delete'} onClick={() => (a === 'delete' ? confirmDelete() : setOpen(a))}>
          {LABELS[a]}
        </Button>
      ))}
      <InspectionFormModal open={open === 'edit'} inspection={inspection} onClose={close} onVersionConflict={onVersionConflict} />
      <InspectionCompleteModal open={open === 'complete'} inspection={inspection} onClose={close} onVersionConflict={onVersionConflict} />
      <ProblemFormModal open={open === 'register_problem'} inspection={inspection} onClose={close} />
    </>
  );
}
