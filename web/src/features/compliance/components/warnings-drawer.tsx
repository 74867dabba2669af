import { Drawer, Empty, Spin, Typography } from 'antd';
import { Link } from 'react-router';
import type { UseQueryResult } from '@tanstack/react-query';
import type { ComplianceWarning, ComplianceWarnings } from '@mofan/shared';
import { QueryErrorResult } from '../../../components/query-error-result';
import { useIsPhone } from '../../../lib/use-media-query';
import { WarningItem } from './warning-item';

interface WarningsDrawerProps {
  open: boolean;
  onClose: () => void;
  /** Owned by the bell, which shows the count of the same answer. */
  warnings: UseQueryResult<ComplianceWarnings>;
}

/** The units' reminders, one group per unit in the server's order (most urgent first). */
function byUnit(items: ComplianceWarning[]): { unitId: string; unitName: string; items: ComplianceWarning[] }[] {
  const groups = new Map<string, { unitId: string; unitName: string; items: ComplianceWarning[] }>();
  for (const w of items) {
    const group = groups.get(w.unitId) ?? { unitId: w.unitId, unitName: w.unitName, items: [] };
    group.items.push(w);
    groups.set(w.unitId, group);
  }
  return [...groups.values()];
}

/** 提醒: the reader's own duties and the units they look after that are due soon (黄) or overdue (红). */
export function WarningsDrawer({ open, onClose, warnings }: WarningsDrawerProps) {
  const isPhone = useIsPhone();

  const body = () => {
    if (warnings.isPending) return <Spin style={{ display: 'block', margin: '48px auto' }} />;
    if (warnings.isError) return <QueryErrorResult error={warnings.error} onRetry={() => void warnings.refetch()} />;
    const data = warnings.data;
    const year = Number(data.today.slice(0, 4));
    const mine = data.items.filter((w) => w.scope === 'mine');
    const units = byUnit(data.items.filter((w) => w.scope === 'unit'));
    return (
      <>
        <Typography.Paragraph type="secondary">
          黄色为临近期限尚未完成，红色为近一个月内已逾期。登记台账后，完成的事项会自动移出。统计截至 {data.today}。
        </Typography.Paragraph>
        {data.tooManyUnits && (
          <Typography.Paragraph>
            可见单位较多，各单位的提醒请看
            <Link to="/compliance/city" onClick={onClose}>
              工委总览
            </Link>
            。
          </Typography.Paragraph>
        )}
        {data.truncated && <Typography.Paragraph type="warning">提醒较多，只列出最紧要的 {data.items.length} 项。</Typography.Paragraph>}
        {data.items.length === 0 && <Empty description="暂无提醒：临期和逾期未完成的事项会出现在这里" />}
        {mine.length > 0 && (
          <section aria-label="我的任务">
            <Typography.Title level={5}>我的任务</Typography.Title>
            <div role="list">
              {mine.map((w, i) => (
                // Two targets of one person (e.g. two posts) may share a requirement and period.
                <WarningItem key={`${w.requirementId}:${w.periodKey}:${i}`} warning={w} year={year} onNavigate={onClose} />
              ))}
            </div>
          </section>
        )}
        {units.length > 0 && (
          <section aria-label="所管单位" style={{ marginTop: mine.length > 0 ? 24 : 0 }}>
            <Typography.Title level={5}>所管单位</Typography.Title>
            {units.map((u) => (
              <div key={u.unitId} style={{ marginBottom: 12 }}>
                <Typography.Text type="secondary">{u.unitName}</Typography.Text>
                <div role="list" aria-label={u.unitName}>
                  {u.items.map((w) => (
                    <WarningItem key={`${w.requirementId}:${w.periodKey}`} warning={w} year={year} onNavigate={onClose} />
                  ))}
                </div>
              </div>
            ))}
          </section>
        )}
      </>
    );
  };

  return (
    <Drawer open={open} onClose={onClose} title="提醒" size={isPhone ? '100%' : 440}>
      {body()}
    </Drawer>
  );
}
