import { Descriptions, Tag, Typography } from 'antd';
import { Link } from 'react-router';
import type { RectificationDetail } from '@mofan/shared';
import { formatDateTime, orEmpty } from '../../../lib/format';
import { directivePath } from '../../directives/components/directives-table';
import { LightTag } from '../../directives/components/directive-tags';
import { RectificationStatusTag } from './inspection-tags';

const pre = { whiteSpace: 'pre-wrap' } as const;

/** The 整改 as required and where it stands: light, step, the limit in working days and its date. */
export function RectificationDescriptions({ rectification: r }: { rectification: RectificationDetail }) {
  return (
    <Descriptions bordered size="small" column={{ xs: 1, md: 2 }}>
      <Descriptions.Item label="亮灯">
        <span data-testid="rectification-light">
          <LightTag light={r.light} />
        </span>
      </Descriptions.Item>
      <Descriptions.Item label="状态">
        <span data-testid="rectification-status">
          <RectificationStatusTag status={r.status} />
        </span>
      </Descriptions.Item>
      <Descriptions.Item label="整改时限">
        <span data-testid="rectification-due-on">{r.dueOn}</span>
        <Typography.Text type="secondary">{`（${r.startedOn} 起 ${r.workingDays} 个工作日）`}</Typography.Text>
      </Descriptions.Item>
      <Descriptions.Item label="责任单位（科室）">{r.responsibleNodeName}</Descriptions.Item>
      <Descriptions.Item label="整改责任人">{orEmpty(r.responsiblePersonName)}</Descriptions.Item>
      <Descriptions.Item label="提交核验">{r.submittedAt ? formatDateTime(r.submittedAt) : orEmpty(null)}</Descriptions.Item>
      {r.closedAt && <Descriptions.Item label="销号">{formatDateTime(r.closedAt)}</Descriptions.Item>}
      {r.escalatedDirectiveId && (
        <Descriptions.Item label="转督办">
          <Tag color="volcano">已转督办</Tag>
          <Link to={directivePath(r.escalatedDirectiveId)}>查看督办件</Link>
        </Descriptions.Item>
      )}
      <Descriptions.Item label="整改措施" span="filled">
        <div style={pre}>{r.measures}</div>
      </Descriptions.Item>
      <Descriptions.Item label="整改重点" span="filled">
        <div style={pre}>{orEmpty(r.focus)}</div>
      </Descriptions.Item>
    </Descriptions>
  );
}
