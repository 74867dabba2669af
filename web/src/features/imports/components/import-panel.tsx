import { useState, type ReactNode } from 'react';
import { Button, Card, Flex, Form, Typography } from 'antd';
import { DownloadOutlined } from '@ant-design/icons';
import { useMutation } from '@tanstack/react-query';
import type { ImportJob } from '@mofan/shared';
import { OrgNodePicker } from '../../../components/pickers/org-node-picker';
import { useApiErrorHandler } from '../../../lib/use-api-error';
import { ImportColumnsHelp, type ImportColumn } from './import-columns-help';
import { ImportJobReport } from './import-job-report';
import { ImportUpload } from './import-upload';

interface ImportPanelProps {
  /** Prefix of the unit field's id, unique on the page. */
  idPrefix: string;
  /** What the page explains before anything is chosen. */
  intro: ReactNode;
  columns: readonly ImportColumn[];
  /** The template depends on the unit (its own organisations as lists), hence the unit id. */
  downloadTemplate: (unitId: string) => Promise<void>;
  /** The collection imports are posted to and polled under, e.g. '/api/roster/imports'. */
  jobsPath: string;
  /** The measure word after the number imported: 人, 条. */
  importedUnit: string;
}

/** Unit first, then template and upload, then the job's progress and report: the shape of every spreadsheet import. */
export function ImportPanel({ idPrefix, intro, columns, downloadTemplate, jobsPath, importedUnit }: ImportPanelProps) {
  const [unitId, setUnitId] = useState<string | null>(null);
  const [job, setJob] = useState<ImportJob | null>(null);
  const template = useMutation({ mutationFn: downloadTemplate });
  const handleError = useApiErrorHandler();
  const unitFieldId = `${idPrefix}-unit`;

  return (
    <>
      <Card>
        <Typography.Paragraph>{intro}</Typography.Paragraph>
        <ImportColumnsHelp columns={columns} />
        <Form layout="vertical" style={{ maxWidth: 480 }} aria-label="导入设置">
          <Form.Item label="单位" htmlFor={unitFieldId} required>
            <OrgNodePicker
              id={unitFieldId}
              kinds={['unit']}
              value={unitId}
              onChange={(id) => {
                setUnitId(id);
                setJob(null);
              }}
              placeholder="输入单位名称搜索"
            />
          </Form.Item>
        </Form>
        <Flex gap={8} wrap>
          <Button
            icon={<DownloadOutlined />}
            disabled={!unitId}
            loading={template.isPending}
            onClick={() => unitId && template.mutate(unitId, { onError: (error) => handleError(error) })}
          >
            下载模板
          </Button>
          <ImportUpload jobsPath={jobsPath} unitId={unitId} onStarted={setJob} />
        </Flex>
      </Card>
      {job && <ImportJobReport key={job.id} job={job} jobsPath={jobsPath} importedUnit={importedUnit} />}
    </>
  );
}
