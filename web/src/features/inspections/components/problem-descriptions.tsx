import { Descriptions, Flex } from 'antd';
import { Link } from 'react-router';
import { INSPECTION_KIND_LABELS, type ProblemDetail } from '@mofan/shared';
import { formatDateTime, orEmpty } from '../../../lib/format';
import { inspectionPath } from './inspection-paths';
import { ProblemStatusTag, ProblemTagChip, RepeatFlagTags, SeverityTag } from './inspection-tags';
import { unitNodeLabel } from './node-labels';
import { ProblemRepeats } from './problem-repeats';

/** The finding: where, who, the facts, its tags and severity, and whether it has happened before. */
export function ProblemDescriptions({ problem: p }: { problem: ProblemDetail }) {
  return (
    <Descriptions bordered size="small" column={{ xs: 1, md: 2 }}>
      <Descriptions.Item label="状态">
        <Flex gap={4} wrap>
          <span data-testid="problem-status">
            <ProblemStatusTag status={p.status} />
          </span>
          <span data-testid="problem-flags">
            <Flex gap={4} wrap>
              <RepeatFlagTags problem={p} />
            </Flex>
          </span>
        </Flex>
      </Descriptions.Item>
      <Descriptions.Item label="严重程度">
        <SeverityTag severity={p.severity} />
      </Descriptions.Item>
      <Descriptions.Item label="单位（科室）">{unitNodeLabel(p.unitName, p.nodeName)}</Descriptions.Item>
      <Descriptions.Item label="涉及人员">{orEmpty(p.personName)}</Descriptions.Item>
      <Descriptions.Item label="发现日期">{p.foundOn}</Descriptions.Item>
      <Descriptions.Item label="发现于">
        {p.inspectionId && p.inspectionTitle ? (
          <Link to={inspectionPath(p.inspectionId)}>
            {p.inspectionTitle}
            {p.inspectionKind ? `（${INSPECTION_KIND_LABELS[p.inspectionKind]}）` : ''}
          </Link>
        ) : (
          '单独登记'
        )}
      </Descriptions.Item>
      <Descriptions.Item label="登记">
        {orEmpty(p.createdByName)} {formatDateTime(p.createdAt)}
      </Descriptions.Item>
      <Descriptions.Item label="问题标签" span="filled">
        <Flex gap={4} wrap data-testid="problem-tags">
          {p.tags.map((t) => (
            <ProblemTagChip key={t} code={t} />
          ))}
        </Flex>
      </Descriptions.Item>
      <Descriptions.Item label="问题事实" span="filled">
        <div style={{ whiteSpace: 'pre-wrap' }}>{p.facts}</div>
      </Descriptions.Item>
      <Descriptions.Item label="同类问题" span="filled">
        <ProblemRepeats repeats={p.repeats} />
      </Descriptions.Item>
    </Descriptions>
  );
}
