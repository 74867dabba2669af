import { useState } from 'react';
import { Button, Card, Flex, Spin } from 'antd';
import { ArrowLeftOutlined } from '@ant-design/icons';
import { useNavigate, useParams } from 'react-router';
import { useInspection } from '../../../features/inspections/api/get-inspection';
import { InspectionActions } from '../../../features/inspections/components/inspection-actions';
import { InspectionDescriptions } from '../../../features/inspections/components/inspection-descriptions';
import { ProblemsTable } from '../../../features/inspections/components/problems-table';
import { ReportDownloads } from '../../../features/inspections/components/report-downloads';
import { PageHeader } from '../../../components/page-header';
import { QueryErrorResult } from '../../../components/query-error-result';

/** One check: the plan and its result, what the reader may do now, and the problems it found. */
export function InspectionDetailPage() {
  const { id = '' } = useParams();
  const navigate = useNavigate();
  const query = useInspection(id);
  const [page, setPage] = useState({ page: 1, pageSize: 20 });
  if (query.isPending) return <Spin style={{ display: 'block', margin: '48px auto' }} />;
  if (query.isError) return <QueryErrorResult error={query.error} onRetry={() => void query.refetch()} />;
  const i = query.data;

  return (
    <>
      <PageHeader
        title={i.title}
        extra={
          <>
            <Button icon={<ArrowLeftOutlined />} onClick={() => void navigate(-1)}>
              返回
            </Button>
            <InspectionActions inspection={i} onVersionConflict={() => void query.refetch()} />
          </>
        }
      />
      <Flex vertical gap={16}>
        <Card title="检查情况">
          <InspectionDescriptions inspection={i} />
        </Card>
        <Card title={`发现的问题（${i.problemCount}）`}>
          <Flex gap={8} wrap justify="end" style={{ marginBottom: 12 }}>
            <ReportDownloads query={{ inspectionId: i.id }} bulletinBlocked={i.status === 'done' ? null : '检查完成后才能通报'} />
          </Flex>
          <ProblemsTable
            filters={{ inspectionId: i.id }}
            page={page.page}
            pageSize={page.pageSize}
            onPageChange={(p, size) => setPage({ page: size === page.pageSize ? p : 1, pageSize: size })}
            emptyText="尚未登记问题"
            hideInspection
          />
        </Card>
      </Flex>
    </>
  );
}
