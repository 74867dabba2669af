import { App, Button, Upload } from 'antd';
import { UploadOutlined } from '@ant-design/icons';
import { ROSTER_MAX_BYTES, type ImportJob } from '@mofan/shared';
import { useApiErrorHandler } from '../../../lib/use-api-error';
import { useStartImport } from '../api/start-import';

interface ImportUploadProps {
  /** The collection the file is posted to, e.g. '/api/roster/imports'. */
  jobsPath: string;
  unitId: string | null;
  onStarted: (job: ImportJob) => void;
}

// The server's multipart limit (ROSTER_MAX_BYTES) applies to every upload, not only the roster.
const MAX_MB = Math.round(ROSTER_MAX_BYTES / 1024 / 1024);

/** antd's Upload for the file dialog and drop; the request itself goes through the api client. */
export function ImportUpload({ jobsPath, unitId, onStarted }: ImportUploadProps) {
  const { message } = App.useApp();
  const handleError = useApiErrorHandler();
  const mutation = useStartImport(jobsPath);

  return (
    <Upload
      accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
      maxCount={1}
      showUploadList={false}
      disabled={!unitId || mutation.isPending}
      beforeUpload={(file) => {
        if (!file.name.toLowerCase().endsWith('.xlsx')) {
          void message.error('请上传 .xlsx 格式的 Excel 文件（可先用 Excel 或 WPS 另存为 .xlsx）');
          return Upload.LIST_IGNORE;
        }
        if (file.size > ROSTER_MAX_BYTES) {
          void message.error(`文件超过 ${MAX_MB} MB，请拆分后分批导入`);
          return Upload.LIST_IGNORE;
        }
        return true;
      }}
      customRequest={({ file, onSuccess, onError }) => {
        if (!unitId || typeof file === 'string') return;
        const fileName = file instanceof File ? file.name : 'import.xlsx';
        mutation.mutate(
          { unitId, file, fileName },
          {
            onSuccess: (job) => {
              onSuccess?.(job);
              onStarted(job);
            },
            onError: (error) => {
              onError?.(error instanceof Error ? error : new Error(String(error)));
              handleError(error);
            },
          },
        );
      }}
    >
      <Button type="primary" icon={<UploadOutlined />} disabled={!unitId} loading={mutation.isPending}>
        选择文件并导入
      </Button>
    </Upload>
  );
}
