import { useState } from 'react';
import { App, Button } from 'antd';
import { DownloadOutlined } from '@ant-design/icons';
import { useApiErrorHandler } from '../../../lib/use-api-error';

/** 导出 Excel of a list: the server builds the file of the whole filtered list. */
export function ExcelExportButton({ run }: { run: () => Promise<void> }) {
  const { message } = App.useApp();
  const handleError = useApiErrorHandler();
  const [busy, setBusy] = useState(false);
  const click = () => {
    setBusy(true);
    run()
      .then(() => void message.success('已开始下载'))
      .catch((error: unknown) => handleError(error))
      .finally(() => setBusy(false));
  };
  return (
    <Button icon={<DownloadOutlined />} loading={busy} onClick={click}>
      导出 Excel
    </Button>
  );
}
