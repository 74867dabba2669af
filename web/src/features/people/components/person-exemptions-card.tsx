import { useState } from 'react';
import { Button, Card, Typography } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import type { Exemption } from '@mofan/shared';
import { QueryErrorResult } from '../../../components/query-error-result';
import { useExemptions } from '../api/list-exemptions';
import { ExemptionFormModal } from './exemption-form-modal';
import { ExemptionsTable } from './exemptions-table';

interface PersonExemptionsCardProps {
  personId: string;
  personName: string;
  canWrite: boolean;
}

/** The person's 免考核期间 on their page: listed, and for those who maintain people, added, changed and deleted. */
export function PersonExemptionsCard({ personId, personName, canWrite }: PersonExemptionsCardProps) {
  const exemptions = useExemptions(personId);
  const [open, setOpen] = useState(false);
  // Kept while the modal closes, so its title does not change under the closing animation.
  const [editing, setEditing] = useState<Exemption | undefined>(undefined);
  const edit = (exemption: Exemption | undefined) => {
    setEditing(exemption);
    setOpen(true);
  };
  const reload = () => void exemptions.refetch();

  return (
    <Card
      title="免考核期间（请假、借调等）"
      style={{ marginTop: 16 }}
      extra={
        canWrite && (
          <Button icon={<PlusOutlined />} onClick={() => edit(undefined)}>
            登记
          </Button>
        )
      }
    >
      <Typography.Paragraph type="secondary">在这些日子里，落实情况不对此人提出任何要求。</Typography.Paragraph>
      {exemptions.isError ? (
        <QueryErrorResult error={exemptions.error} onRetry={reload} />
      ) : (
        <ExemptionsTable exemptions={exemptions.data ?? []} loading={exemptions.isPending} canWrite={canWrite} onEdit={edit} />
      )}
      <ExemptionFormModal
        personId={personId}
        personName={personName}
        open={open}
        exemption={editing}
        onClose={() => setOpen(false)}
        onVersionConflict={reload}
      />
    </Card>
  );
}
