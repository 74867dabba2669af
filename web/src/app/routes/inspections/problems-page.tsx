import { useState } from 'react';
import { Button, Card, Tabs } from 'antd';
import { FileTextOutlined, PlusOutlined } from '@ant-design/icons';
import { useSearchParams } from 'react-router';
import {
  DIRECTIVE_LIGHTS,
  PROBLEM_REPEAT_FILTERS,
  PROBLEM_SEVERITIES,
  PROBLEM_STATUSES,
  PROBLEM_TAG_GROUPS,
  RECTIFICATION_STATUSES,
  isProblemTag,
  isValidIsoDate,
} from '@mofan/shared';
import { exportProblems } from '../../../features/inspections/api/export-problems';
import { exportRectifications } from '../../../features/inspections/api/export-rectifications';
import type { ProblemFilters, RectificationFilters } from '../../../features/inspections/api/query-keys';
import { ExcelExportButton } from '../../../features/inspections/components/excel-export-button';
import { PeriodReportsModal } from '../../../features/inspections/components/period-reports-modal';
import { ProblemFormModal } from '../../../features/inspections/components/problem-form-modal';
import { ProblemsFilterBar } from '../../../features/inspections/components/problems-filter-bar';
import { ProblemsTable } from '../../../features/inspections/components/problems-table';
import { RectificationsFilterBar } from '../../../features/inspections/components/rectifications-filter-bar';
import { RectificationsTable } from '../../../features/inspections/components/rectifications-table';
import { PageHeader } from '../../../components/page-header';
import { hasPermission } from '../../../lib/permissions';
import { readEnum, readPositiveInt, readString, withParams } from '../../../lib/search-params';
import { useCurrentUser } from '../../current-user';

const TABS = ['problems', 'rectifications'] as const;
const TAG_GROUP_CODES = PROBLEM_TAG_GROUPS.map((g) => g.code);

function readDate(params: URLSearchParams, key: string): string | undefined {
  const value = readString(params, key);
  return value && isValidIsoDate(value) ? value : undefined;
}

function readTag(params: URLSearchParams): string | undefined {
  const value = readString(params, 'tag');
  return value && isProblemTag(value) ? value : undefined;
}

function readProblemFilters(params: URLSearchParams): ProblemFilters {
  return {
    q: readString(params, 'q'),
    nodeId: readString(params, 'nodeId'),
    tag: readTag(params),
    tagGroup: readEnum(params, 'tagGroup', TAG_GROUP_CODES),
    severity: readEnum(params, 'severity', PROBLEM_SEVERITIES),
    status: readEnum(params, 'status', PROBLEM_STATUSES),
    repeat: readEnum(params, 'repeat', PROBLEM_REPEAT_FILTERS),
    foundFrom: readDate(params, 'foundFrom'),
    foundTo: readDate(params, 'foundTo'),
  };
}

function readRectificationFilters(params: URLSearchParams): RectificationFilters {
  return {
    q: readString(params, 'q'),
    nodeId: readString(params, 'nodeId'),
    tag: readTag(params),
    light: readEnum(params, 'light', DIRECTIVE_LIGHTS),
    status: readEnum(params, 'status', RECTIFICATION_STATUSES),
    escalated: readEnum(params, 'escalated', ['true', 'false'] as const),
    dueFrom: readDate(params, 'dueFrom'),
    dueTo: readDate(params, 'dueTo'),
  };
}

/**
 * 问题与整改: every problem found, tagged from the lists of domain.md §6 with its repeat flags, and
 * every 整改 with its light; the 督查通报 and 问题整改台账 of a period.
 */
export function ProblemsPage() {
  const me = useCurrentUser();
  const [params, setParams] = useSearchParams();
  const [registering, setRegistering] = useState(false);
  const [reporting, setReporting] = useState(false);
  const tab = readEnum(params, 'tab', TABS) ?? 'problems';
  const page = readPositiveInt(params, 'page', 1, 100000);
  const pageSize = readPositiveInt(params, 'pageSize', 20);
  const problemFilters = readProblemFilters(params);
  const rectificationFilters = readRectificationFilters(params);
  // Any new filter starts again from page 1; the tab and the page size stay.
  const refilter = (next: ProblemFilters | RectificationFilters) =>
    setParams(withParams(new URLSearchParams(), { tab: tab === 'problems' ? undefined : tab, ...next, pageSize: params.get('pageSize') }));
  const onPageChange = (p: number, size: number) => setParams(withParams(params, { page: size === pageSize ? p : 1, pageSize: size }));

  return (
    <>
      <PageHeader
        title="问题与整改"
        extra={
          <>
            <Button icon={<FileTextOutlined />} onClick={() => setReporting(true)}>
              通报与台账
            </Button>
            <ExcelExportButton run={() => (tab === 'problems' ? exportProblems(problemFilters) : exportRectifications(rectificationFilters))} />
            {hasPermission(me, 'inspections.write') && (
              <Button type="primary" icon={<PlusOutlined />} onClick={() => setRegistering(true)}>
                登记问题
              </Button>
            )}
          </>
        }
      />
      <Card>
        <Tabs
          activeKey={tab}
          onChange={(key) => setParams(withParams(new URLSearchParams(), { tab: key === 'problems' ? undefined : key }))}
          items={[
            { key: 'problems', label: '问题' },
            { key: 'rectifications', label: '整改' },
          ]}
        />
        {tab === 'problems' ? (
          <>
            <ProblemsFilterBar value={problemFilters} onChange={refilter} />
            <ProblemsTable filters={problemFilters} page={page} pageSize={pageSize} onPageChange={onPageChange} />
          </>
        ) : (
          <>
            <RectificationsFilterBar value={rectificationFilters} onChange={refilter} />
            <RectificationsTable filters={rectificationFilters} page={page} pageSize={pageSize} onPageChange={onPageChange} />
          </>
        )}
      </Card>
      <ProblemFormModal open={registering} onClose={() => setRegistering(false)} />
      <PeriodReportsModal open={reporting} onClose={() => setReporting(false)} />
    </>
  );
}
