import { Alert, Card, Col, Progress, Row, Statistic, Typography } from 'antd';
import type { ImportJob } from '@mofan/shared';
import { QueryErrorResult } from '../../../components/query-error-result';
import { useImportJob } from '../api/get-import-job';
import { ImportErrorsTable } from './import-errors-table';

function percentOf(job: ImportJob): number {
  if (job.status === 'done') return 100;
  return job.totalRows > 0 ? Math.floor((job.processedRows / job.totalRows) * 100) : 0;
}

interface ImportJobReportProps {
  job: ImportJob;
  /** The collection the job was started on, e.g. '/api/roster/imports'; the job is polled under it. */
  jobsPath: string;
  /** The measure word after the number imported: 人 for people, 条 for records. */
  importedUnit: string;
}

/** Progress while the server works through the rows, then the outcome and every rejected cell. */
export function ImportJobReport({ job: started, jobsPath, importedUnit }: ImportJobReportProps) {
  const query = useImportJob(jobsPath, started.id, started);
  if (query.isError) return <QueryErrorResult error={query.error} onRetry={() => void query.refetch()} />;
  const job = query.data ?? started;
  const working = job.status === 'pending' || job.status === 'running';
  // Only the 台账 import skips duplicates; a 花名册 job does not report the count.
  const duplicates = job.duplicateRows ?? 0;

  return (
    <Card title={`导入结果：${job.fileName}（${job.unitName}）`} style={{ marginTop: 16 }}>
      <Progress
        percent={percentOf(job)}
        status={job.status === 'failed' ? 'exception' : working ? 'active' : 'success'}
        aria-label="导入进度"
      />
      <Typography.Paragraph type="secondary" data-testid="import-progress-text">
        {job.status === 'pending' && '排队中…'}
        {job.status === 'running' && `正在处理：${job.processedRows} / ${job.totalRows} 行`}
        {job.status === 'done' && `已处理 ${job.totalRows} 行`}
        {job.status === 'failed' && '导入未完成'}
      </Typography.Paragraph>
      {job.status === 'failed' && (
        <Alert type="error" showIcon title="导入失败" description={job.failureMessage ?? undefined} />
      )}
      {job.status === 'done' && (
        <>
          <Row gutter={16} style={{ marginBottom: 16 }}>
            <Col xs={12} sm={8}>
              <Statistic title="成功导入" value={job.importedRows} suffix={importedUnit} styles={{ content: { color: '#389e0d' } }} />
            </Col>
            <Col xs={12} sm={8}>
              <Statistic
                title="有问题的行"
                value={job.errorRows}
                suffix="行"
                styles={{ content: { color: job.errorRows > 0 ? '#cf1322' : undefined } }}
              />
            </Col>
            {duplicates > 0 && (
              <Col xs={12} sm={8}>
                <Statistic title="重复已跳过" value={job.duplicateRows} suffix="行" />
              </Col>
            )}
          </Row>
          {job.errors.length > 0 ? (
            <>
              <Typography.Paragraph>
                {job.errorRows > 0 ? '以下行未导入。请在原表格中按行号和列修改后，只把这些行重新导入即可。' : '以下行未导入。'}
                {duplicates > 0 && '标为“重复”的行已在台账中或与前面的行相同，已跳过，无需修改。'}
              </Typography.Paragraph>
              <ImportErrorsTable errors={job.errors} />
            </>
          ) : (
            <Alert type="success" showIcon title="全部行均已导入" />
          )}
        </>
      )}
    </Card>
  );
}
