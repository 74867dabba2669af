import { Card, Flex, Typography, type TableColumnsType } from 'antd';
import { Link, useNavigate } from 'react-router';
import type { ProblemSummary } from '@mofan/shared';
import { QueryErrorResult } from '../../../components/query-error-result';
import { EMPTY, orEmpty } from '../../../lib/format';
import { LightTag } from '../../directives/components/directive-tags';
import { useProblems } from '../api/list-problems';
import type { ProblemFilters } from '../api/query-keys';
import { inspectionPath, problemPath } from './inspection-paths';
import { ProblemStatusTag, ProblemTagChip, RepeatFlagTags, SeverityTag } from './inspection-tags';
import { unitNodeLabel } from './node-labels';
import { textPreview } from './text-preview';
import { PagedList } from '../../../components/paged-list';

interface ProblemsTableProps {
  filters: ProblemFilters;
  page: number;
  pageSize: number;
  onPageChange: (page: number, pageSize: number) => void;
  emptyText?: string;
  /** Inside a check's page the check column says nothing new. */
  hideInspection?: boolean;
}

function Tags({ p }: { p: ProblemSummary }) {
  return (
    <Flex gap={4} wrap>
      {p.tags.map((t) => (
        <ProblemTagChip key={t} code={t} />
      ))}
    </Flex>
  );
}

function Status({ p }: { p: ProblemSummary }) {
  return (
    <Flex gap={4} wrap>
      <ProblemStatusTag status={p.status} />
      <RepeatFlagTags problem={p} />
    </Flex>
  );
}

function columnsOf(hideInspection: boolean): TableColumnsType<ProblemSummary> {
  const columns: TableColumnsType<ProblemSummary> = [
    { title: '亮灯', key: 'light', fixed: 'left', render: (_, p) => (p.rectificationLight ? <LightTag light={p.rectificationLight} /> : EMPTY) },
    {
      title: '问题',
      key: 'facts',
      render: (_, p) => (
        <Link to={problemPath(p.id)} onClick={(e) => e.stopPropagation()} style={{ display: 'inline-block', maxWidth: 320 }}>
          {textPreview(p.facts)}
        </Link>
      ),
    },
    { title: '单位（科室）', key: 'node', render: (_, p) => unitNodeLabel(p.unitName, p.nodeName) },
    { title: '涉及人员', key: 'person', render: (_, p) => orEmpty(p.personName) },
    { title: '问题标签', key: 'tags', render: (_, p) => <Tags p={p} /> },
    { title: '严重程度', key: 'severity', render: (_, p) => <SeverityTag severity={p.severity} /> },
    { title: '状态', key: 'status', render: (_, p) => <Status p={p} /> },
    { title: '整改时限', key: 'due', render: (_, p) => orEmpty(p.rectificationDueOn) },
    { title: '发现日期', key: 'foundOn', render: (_, p) => p.foundOn },
  ];
  if (!hideInspection) {
    columns.push({
      title: '发现于',
      key: 'inspection',
      render: (_, p) =>
        p.inspectionId && p.inspectionTitle ? (
          <Link to={inspectionPath(p.inspectionId)} onClick={(e) => e.stopPropagation()}>
            {p.inspectionTitle}
          </Link>
        ) : (
          '单独登记'
        ),
    });
  }
  return columns;
}

function ProblemCard({ problem: p, onOpen }: { problem: ProblemSummary; onOpen: () => void }) {
  return (
    <Card size="small" hoverable onClick={onOpen} style={{ width: '100%' }}>
      <Flex justify="space-between" align="start" gap={8}>
        <Link to={problemPath(p.id)} onClick={(e) => e.stopPropagation()} style={{ fontWeight: 500 }}>
          {textPreview(p.facts)}
        </Link>
        {p.rectificationLight && <LightTag light={p.rectificationLight} />}
      </Flex>
      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
        {unitNodeLabel(p.unitName, p.nodeName)} · 发现于 {p.foundOn}
      </Typography.Text>
      <div style={{ marginTop: 4 }}>
        <Tags p={p} />
      </div>
      <Flex gap={4} wrap align="center" style={{ marginTop: 4 }}>
        <SeverityTag severity={p.severity} />
        <Status p={p} />
        {p.rectificationDueOn && <span>整改时限 {p.rectificationDueOn}</span>}
      </Flex>
    </Card>
  );
}

/** The problems the filters select, with their tags, repeat flags and the light of their 整改. */
export function ProblemsTable({ filters, page, pageSize, onPageChange, emptyText = '没有符合条件的问题', hideInspection = false }: ProblemsTableProps) {
  const navigate = useNavigate();
  const query = useProblems({ ...filters, page, pageSize });
  if (query.isError) return <QueryErrorResult error={query.error} onRetry={() => void query.refetch()} />;
  return (
    <PagedList
      label="问题"
      items={query.data?.items}
      total={query.data?.total}
      loading={query.isFetching}
      page={page}
      pageSize={pageSize}
      onPageChange={onPageChange}
      unit="个"
      emptyText={emptyText}
      columns={columnsOf(hideInspection)}
      card={(p, open) => <ProblemCard problem={p} onOpen={open} />}
      onOpen={(p) => void navigate(problemPath(p.id))}
    />
  );
}
