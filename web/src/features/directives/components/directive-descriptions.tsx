import { Descriptions, Flex, Tag, Typography } from 'antd';
import {
  DIRECTIVE_ASSIGNEE_ROLE_LABELS,
  DIRECTIVE_LIMIT_KIND_LABELS,
  DIRECTIVE_SOURCE_LABELS,
  DIRECTIVE_URGENCY_LABELS,
  type DirectiveAssignee,
  type DirectiveDetail,
} from '@mofan/shared';
import { formatDateTime, orEmpty } from '../../../lib/format';
import { DirectiveDue } from './directive-due';
import { DirectiveStatusTag, LightTag } from './directive-tags';

export function assigneeLabel(a: Pick<DirectiveAssignee, 'nodeName' | 'unitName'>): string {
  return a.unitName && !a.nodeName.startsWith(a.unitName) ? `${a.unitName} · ${a.nodeName}` : a.nodeName;
}

const pre = { whiteSpace: 'pre-wrap' } as const;

/** The directive as registered and where it stands: light, limit and how it was set, reports due. */
export function DirectiveDescriptions({ directive: d }: { directive: DirectiveDetail }) {
  return (
    <Descriptions bordered size="small" column={{ xs: 1, md: 2 }}>
      <Descriptions.Item label="亮灯">
        <LightTag light={d.light} />
      </Descriptions.Item>
      <Descriptions.Item label="状态">
        <span data-testid="directive-status">
          <DirectiveStatusTag status={d.status} />
        </span>
      </Descriptions.Item>
      <Descriptions.Item label="编号">{orEmpty(d.code)}</Descriptions.Item>
      <Descriptions.Item label="来源">{DIRECTIVE_SOURCE_LABELS[d.source]}</Descriptions.Item>
      <Descriptions.Item label="紧急程度">{DIRECTIVE_URGENCY_LABELS[d.urgency]}</Descriptions.Item>
      <Descriptions.Item label="立项">
        {d.registeredOn} · {d.supervisorNodeName}
        {d.createdByName ? ` · ${d.createdByName}` : ''}
      </Descriptions.Item>
      <Descriptions.Item label="办理时限">
        <DirectiveDue directive={d} />
      </Descriptions.Item>
      <Descriptions.Item label="时限依据">{DIRECTIVE_LIMIT_KIND_LABELS[d.limitKind]}</Descriptions.Item>
      {d.planDueOn && <Descriptions.Item label="贯彻落实方案">{d.planDueOn} 前提出</Descriptions.Item>}
      {d.measuresDueOn && <Descriptions.Item label="具体工作措施">{d.measuresDueOn} 前提出</Descriptions.Item>}
      {d.reportEveryWorkingDays && (
        <Descriptions.Item label="定期报告进展">
          每 {d.reportEveryWorkingDays} 个工作日一次
          {d.nextReportDueOn && (
            <>
              ，下次 {d.nextReportDueOn} 前{d.reportOverdue && <Tag color="orange" style={{ marginInlineStart: 6 }}>已到期未报</Tag>}
            </>
          )}
        </Descriptions.Item>
      )}
      {d.urgedAt && (
        <Descriptions.Item label="催办">
          <Tag color="volcano">被催办</Tag>
          {formatDateTime(d.urgedAt)}，尚未回应
        </Descriptions.Item>
      )}
      <Descriptions.Item label="承办、协办" span="filled">
        <Flex gap={4} wrap>
          {d.assignees.map((a) => (
            <Tag key={a.nodeId} color={a.role === 'lead' ? 'blue' : 'default'}>
              {DIRECTIVE_ASSIGNEE_ROLE_LABELS[a.role]}：{assigneeLabel(a)}
            </Tag>
          ))}
        </Flex>
      </Descriptions.Item>
      <Descriptions.Item label="督办内容" span="filled">
        <div style={pre}>{d.content}</div>
      </Descriptions.Item>
      <Descriptions.Item label="领导批示" span="filled">
        {d.instruction ? (
          <>
            <div style={pre}>{d.instruction}</div>
            {d.instructedBy && <Typography.Text type="secondary">—— {d.instructedBy}</Typography.Text>}
          </>
        ) : (
          orEmpty(d.instructedBy)
        )}
      </Descriptions.Item>
      {d.result && (
        <Descriptions.Item label={d.status === 'closed' || d.status === 'completed' ? '办理结果' : '上次报办结的结果'} span="filled">
          <div style={pre}>{d.result}</div>
        </Descriptions.Item>
      )}
    </Descriptions>
  );
}
