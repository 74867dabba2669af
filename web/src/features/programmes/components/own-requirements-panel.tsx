import { useState } from 'react';
import { App, Button, Flex, Typography } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { useQueryClient } from '@tanstack/react-query';
import type { OwnRequirementView } from '@mofan/shared';
import { QueryErrorResult } from '../../../components/query-error-result';
import { useApiErrorHandler } from '../../../lib/use-api-error';
import { useDeleteOwnRequirement } from '../api/delete-own-requirement';
import { useOwnRequirements } from '../api/list-own-requirements';
import { programmeKeys } from '../api/query-keys';
import { useUpdateOwnRequirement } from '../api/update-own-requirement';
import { OwnRequirementFormModal } from './own-requirement-form-modal';
import { OwnRequirementsTable } from './own-requirements-table';
import { SwitchOffOwnRequirementModal } from './switch-off-own-requirement-modal';

/** 本级自定要求: add, change, switch off or delete the items a node adds beside the catalogue. */
export function OwnRequirementsPanel({ nodeId }: { nodeId: string }) {
  const items = useOwnRequirements(nodeId);
  const queryClient = useQueryClient();
  const { message } = App.useApp();
  const handleError = useApiErrorHandler();
  const update = useUpdateOwnRequirement();
  const remove = useDeleteOwnRequirement();
  const [editing, setEditing] = useState<OwnRequirementView | 'new' | null>(null);
  const [switchingOff, setSwitchingOff] = useState<OwnRequirementView | null>(null);
  const reload = () => void queryClient.invalidateQueries({ queryKey: programmeKeys.ownRequirements(nodeId) });

  const onSwitchOn = (item: OwnRequirementView) =>
    update.mutate({ id: item.id, enabled: true, version: item.version }, { onSuccess: () => void message.success('已重新启用'), onError: (error) => handleError(error, { onVersionConflict: reload }) });
  const onDelete = (item: OwnRequirementView) =>
    remove.mutate(item.id, { onSuccess: () => void message.success('已删除'), onError: (error) => handleError(error, { onVersionConflict: reload }) });
  const busyId = update.isPending && update.variables.enabled === true ? update.variables.id : remove.isPending ? remove.variables : null;

  if (items.isError) return <QueryErrorResult error={items.error} onRetry={() => void items.refetch()} />;
  return (
    <>
      <Flex justify="space-between" align="center" wrap gap={8} style={{ marginBottom: 12 }}>
        <Typography.Text type="secondary">目录之外，结合本地实际增设的要求：由台账自动计算落实情况，对本级及下级生效，上级可以看到。</Typography.Text>
        <Button type="primary" icon={<PlusOutlined />} onClick={() => setEditing('new')}>
          增设要求
        </Button>
      </Flex>
      <OwnRequirementsTable
        items={items.data ?? []}
        loading={items.isPending}
        onEdit={setEditing}
        onSwitchOff={setSwitchingOff}
        onSwitchOn={onSwitchOn}
        onDelete={onDelete}
        busyId={busyId}
      />
      <OwnRequirementFormModal nodeId={nodeId} editing={editing} onClose={() => setEditing(null)} onConflict={reload} />
      <SwitchOffOwnRequirementModal item={switchingOff} onClose={() => setSwitchingOff(null)} onConflict={reload} />
    </>
  );
}
