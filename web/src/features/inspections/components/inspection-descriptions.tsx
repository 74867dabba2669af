import { Descriptions, Flex, Tag } from 'antd';
import { INSPECTION_KIND_LABELS, type InspectionDetail } from '@mofan/shared';
import { formatDateTime, orEmpty } from '../../../lib/format';
import { InspectionStatusTag, UnannouncedTag } from './inspection-tags';
import { targetLabel } from './node-labels';

const pre = { whiteSpace: 'pre-wrap' } as const;

/** The check as planned and, once done, its result. */
export function InspectionDescriptions({ inspection: i }: { inspection: InspectionDetail }) {
  return (
    <Descriptions bordered size="small" column={{ xs: 1, md: 2 }}>
      <Descriptions.Item label="状态">
        <Flex gap={4} wrap>
          <span data-testid="inspection-status">
            <InspectionStatusTag status={i.status} />
          </span>
          <UnannouncedTag unannounced={i.unannounced} status={i.status} />
        </Flex>
      </Descriptions.Item>
      <Descriptions.Item label="检查方式">{INSPECTION_KIND_LABELS[i.kind]}</Descriptions.Item>
      <Descriptions.Item label="组织单位">{i.organizerNodeName}</Descriptions.Item>
      <Descriptions.Item label="计划日期">{i.plannedOn}</Descriptions.Item>
      <Descriptions.Item label="完成日期">{orEmpty(i.doneOn)}</Descriptions.Item>
      <Descriptions.Item label="制定">
        {orEmpty(i.createdByName)} {formatDateTime(i.createdAt)}
      </Descriptions.Item>
      <Descriptions.Item label="被检查单位（科室）" span="filled">
        <Flex gap={4} wrap>
          {i.targets.map((t) => (
            <Tag key={t.nodeId}>{targetLabel(t)}</Tag>
          ))}
        </Flex>
      </Descriptions.Item>
      <Descriptions.Item label="检查人员" span="filled">
        {i.inspectors.map((x) => x.displayName).join('、') || orEmpty(null)}
      </Descriptions.Item>
      <Descriptions.Item label="检查内容" span="filled">
        <div style={pre}>{orEmpty(i.subject)}</div>
      </Descriptions.Item>
      {i.result && (
        <Descriptions.Item label="检查结果" span="filled">
          <div style={pre}>{i.result}</div>
        </Descriptions.Item>
      )}
    </Descriptions>
  );
}
