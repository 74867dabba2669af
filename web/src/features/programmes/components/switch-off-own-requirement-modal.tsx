import type { OwnRequirementView } from '@mofan/shared';
import { SwitchOffModal } from '../../../components/switch-off-modal';
import { useModalOutcome } from '../../../lib/use-modal-outcome';
import { useUpdateOwnRequirement } from '../api/update-own-requirement';

interface SwitchOffOwnRequirementModalProps {
  item: OwnRequirementView | null;
  onClose: () => void;
  onConflict: () => void;
}

/** 停用: the item no longer binds the node and its subtree; the reason (kept as its note) is shown to the 工委. */
export function SwitchOffOwnRequirementModal({ item, onClose, onConflict }: SwitchOffOwnRequirementModalProps) {
  const mutation = useUpdateOwnRequirement();
  const outcome = useModalOutcome({ onClose, onVersionConflict: onConflict });
  return (
    <SwitchOffModal
      open={item !== null}
      title={item ? `停用自定要求：${item.title}` : ''}
      formLabel="停用自定要求"
      notice={{ title: '停用后，本级及下级不再考核该要求。', description: '停用理由将替换原说明，上级可以看到；之后可以重新启用。' }}
      placeholder="例如：已并入上级统一部署的活动"
      loading={mutation.isPending}
      onClose={onClose}
      onSubmit={(reason) => {
        if (!item) return;
        mutation.mutate(
          { id: item.id, enabled: false, note: reason, version: item.version },
          outcome('已停用'),
        );
      }}
    />
  );
}
