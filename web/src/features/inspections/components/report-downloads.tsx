import { useState } from 'react';
import { App, Button, Tooltip } from 'antd';
import { FileExcelOutlined, FileWordOutlined } from '@ant-design/icons';
import type { InspectionReportQuery } from '@mofan/shared';
import { useApiErrorHandler } from '../../../lib/use-api-error';
import { downloadInspectionBulletin, downloadProblemLedger } from '../api/download-inspection-report';

/** The 督查通报 (Word) and the 问题整改台账 (Excel) of one check, or of a node over a period. */
interface ReportDownloadsProps {
  query: InspectionReportQuery | null;
  /** Why the 通报 cannot be issued yet (a check not done); null when it can. */
  bulletinBlocked?: string | null;
}

export function ReportDownloads({ query, bulletinBlocked = null }: ReportDownloadsProps) {
  const { message } = App.useApp();
  const handleError = useApiErrorHandler();
  const [downloading, setDownloading] = useState<'docx' | 'xlsx' | null>(null);

  const download = (kind: 'docx' | 'xlsx') => {
    if (!query) return;
    setDownloading(kind);
    (kind === 'docx' ? downloadInspectionBulletin(query) : downloadProblemLedger(query))
      .then(() => void message.success(kind === 'docx' ? '已生成督查通报' : '已导出问题整改台账'))
      .catch((error: unknown) => handleError(error))
      .finally(() => setDownloading(null));
  };

  return (
    <>
      <Tooltip title={bulletinBlocked}>
        <Button icon={<FileWordOutlined />} disabled={!query || !!bulletinBlocked} loading={downloading === 'docx'} onClick={() => download('docx')}>
          督查通报
        </Button>
      </Tooltip>
      <Button icon={<FileExcelOutlined />} disabled={!query} loading={downloading === 'xlsx'} onClick={() => download('xlsx')}>
        问题整改台账
      </Button>
    </>
  );
}
