import { Descriptions } from 'antd';
import { DIRECTIVE_LIMIT_KIND_LABELS, type DirectiveSummary } from '@mofan/shared';

/** The limit the server computed and the rule it followed, with an arrangement's two deliverables. */
export function DirectiveLimitDescriptions({ directive: d }: { directive: DirectiveSummary }) {
  return (
    <Descriptions size="small" column={1} bordered>
      <Descriptions.Item label="办理时限">
        <strong data-testid="directive-due-on">{d.dueOn}</strong>
      </Descriptions.Item>
      <Descriptions.Item label="时限依据">{DIRECTIVE_LIMIT_KIND_LABELS[d.limitKind]}</Descriptions.Item>
      {d.planDueOn && <Descriptions.Item label="贯彻落实方案">{d.planDueOn} 前提出</Descriptions.Item>}
      {d.measuresDueOn && <Descriptions.Item label="具体工作措施">{d.measuresDueOn} 前提出</Descriptions.Item>}
      {d.reportEveryWorkingDays && <Descriptions.Item label="进展报告">每 {d.reportEveryWorkingDays} 个工作日报告一次</Descriptions.Item>}
    </Descriptions>
  );
}
