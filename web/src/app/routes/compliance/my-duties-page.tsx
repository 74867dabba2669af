import { Col, Empty, Row, Spin, Typography } from 'antd';
import type { CatalogueResponse, MeResponse } from '@mofan/shared';
import { useCatalogue } from '../../../features/catalogue/api/get-catalogue';
import { useMyDuties } from '../../../features/compliance/api/get-my-duties';
import { DutyCard } from '../../../features/compliance/components/duty-card';
import { PageHeader } from '../../../components/page-header';
import { QueryErrorResult } from '../../../components/query-error-result';
import { hasPermission } from '../../../lib/permissions';
import { useCurrentUser } from '../../current-user';

const WARNING_ORDER = { red: 0, yellow: 1, none: 2 } as const;
const STATUS_ORDER = { missed: 0, partly: 1, not_yet_due: 2, met: 3, exempt: 4 } as const;

/**
 * The record form pre-filled for a duty: its first personal kind (月读一书, 下基层 …), which anyone
 * may record for themselves; an org kind only for those who may write the ledger.
 */
function recordLinkFor(requirementId: string, catalogue: CatalogueResponse | undefined, me: MeResponse): string | null {
  const requirement = catalogue?.requirements.find((r) => r.id === requirementId);
  if (!requirement || !catalogue) return null;
  const kinds = requirement.evidence.flatMap((id) => catalogue.activityKinds.filter((k) => k.id === id));
  const kind = kinds.find((k) => k.scope === 'personal') ?? (hasPermission(me, 'records.write') ? kinds[0] : undefined);
  return kind ? `/records/new?kinds=${encodeURIComponent(kind.id)}` : null;
}

export function MyDutiesPage() {
  const me = useCurrentUser();
  const duties = useMyDuties();
  const catalogue = useCatalogue();
  if (duties.isPending) return <Spin style={{ display: 'block', margin: '48px auto' }} />;
  if (duties.isError) return <QueryErrorResult error={duties.error} onRetry={() => void duties.refetch()} />;

  // What needs doing first: overdue, then due soon, then unfinished.
  const sorted = [...duties.data.duties].sort(
    (a, b) => WARNING_ORDER[a.warning] - WARNING_ORDER[b.warning] || STATUS_ORDER[a.status] - STATUS_ORDER[b.status] || a.dueDate.localeCompare(b.dueDate),
  );
  const open = sorted.filter((d) => d.status !== 'met').length;

  return (
    <>
      <PageHeader title="我的任务" />
      <Typography.Paragraph type="secondary">
        {duties.data.personName}，截至 {duties.data.today} 本期共 {sorted.length} 项任务，{open} 项待完成。参加的会议由组织登记后自动计入。
      </Typography.Paragraph>
      {sorted.length === 0 ? (
        <Empty description="当前没有需要完成的任务" />
      ) : (
        <Row gutter={[12, 12]}>
          {sorted.map((d) => (
            <Col key={`${d.requirementId}:${d.targetKey}:${d.periodKey}`} xs={24} md={12} xl={8}>
              <DutyCard duty={d} recordLink={recordLinkFor(d.requirementId, catalogue.data, me)} />
            </Col>
          ))}
        </Row>
      )}
    </>
  );
}
