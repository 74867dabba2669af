import { useState } from 'react';
import { Button, Card, Flex, Form, Typography } from 'antd';
import { DownloadOutlined } from '@ant-design/icons';
import type { ImportJob } from '@mofan/shared';
import { useDownloadRosterTemplate } from '../../../features/roster/api/download-template';
import { ImportJobReport } from '../../../features/roster/components/import-job-report';
import { RosterColumnsHelp } from '../../../features/roster/components/roster-columns-help';
import { RosterUpload } from '../../../features/roster/components/roster-upload';
import { OrgNodePicker } from '../../../components/pickers/org-node-picker';
import { PageHeader } from '../../../components/page-header';
import { useApiErrorHandler } from '../../../lib/use-api-error';

export function RosterImportPage() {
  const [unitId, setUnitId] = useState<string | null>(null);
  const [job, setJob] = useState<ImportJob | null>(null);
  const template = useDownloadRosterTemplate();
  const handleError = useApiErrorHandler();

  return (
    <>
      <PageHeader title="花名册导入" />
      <Card>
        <Typography.Paragraph>
          先选择单位并下载模板，按模板填好人员信息后上传。系统逐行校验：校验通过的行全部导入；有问题的行不导入，并在下方按行号和列列出问题。每一行要么完整写入，要么完全不写入，不会出现只写了一半的记录。
        </Typography.Paragraph>
        <RosterColumnsHelp />
        <Form layout="vertical" style={{ maxWidth: 480 }} aria-label="导入设置">
          <Form.Item label="单位" htmlFor="roster-unit" required>
            <OrgNodePicker
              id="roster-unit"
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
          <RosterUpload unitId={unitId} onStarted={setJob} />
        </Flex>
      </Card>
      {job && <ImportJobReport key={job.id} job={job} />}
    </>
  );
}
