import { SwitchOffModal } from '../../../components/switch-off-modal';
import { useModalOutcome } from '../../../lib/use-modal-outcome';
import { usePutSetting } from '../api/put-setting';
import type { SettingTarget } from './adjust-rule-modal';
import { asRuleSpec, ownChange } from './rule-edit';

interface DisableRequirementModalProps {
  target: SettingTarget | null;
  onClose: () => void;
  onConflict: () => void;
}

/** 停用: the requirement no longer binds the node and its subtree; the reason is shown to the 工委. */
export function DisableRequirementModal({ target, onClose, onConflict }: DisableRequirementModalProps) {
  const mutation = usePutSetting();
  const outcome = useModalOutcome({ onClose, onVersionConflict: onConflict });
  return (
    <SwitchOffModal
      open={target !== null}
      title={target ? `停用要求：${target.requirement.title}` : ''}
      formLabel="停用要求"
      notice={{ title: '停用后，本级及下级单位不再考核该要求。', description: '停用须说明理由，上级可以看到。之后可以通过“恢复上级要求”撤销。' }}
      placeholder="例如：本单位未设党总支，该要求不适用"
      loading={mutation.isPending}
      onClose={onClose}
      onSubmit={(reason, form) => {
        if (!target) return;
        mutation.mutate(
          {
            nodeId: target.nodeId,
            requirementId: target.requirement.id,
            enabled: false,
            // A stricter rule the node set stays on record, so switching the item on again keeps it.
            rule: asRuleSpec(ownChange(target.requirement, target.nodeId)?.rule),
            reason,
            version: target.version,
          },
          outcome('已停用', form),
        );
      }}
    />
  );
}
