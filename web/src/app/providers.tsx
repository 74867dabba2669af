import type { ReactNode } from 'react';
import { App as AntApp, ConfigProvider } from 'antd';
import zhCN from 'antd/locale/zh_CN';
import dayjs from 'dayjs';
import 'dayjs/locale/zh-cn';
import { QueryClientProvider } from '@tanstack/react-query';
import { queryClient } from './query-client';

dayjs.locale('zh-cn');

/**
 * antd in Chinese (its zh_CN pickers format dates as YYYY-MM-DD), no space inserted between two-character button labels
 * ("删除", not "删 除", which also keeps button names stable for tests), and antd's App so that
 * App.useApp() message and modal pick up this configuration.
 */
export function AppProviders({ children }: { children: ReactNode }) {
  return (
    <ConfigProvider locale={zhCN} button={{ autoInsertSpace: false }}>
      <AntApp>
        <QueryClientProvider client={queryClient}>{children}</QueryClientProvider>
      </AntApp>
    </ConfigProvider>
  );
}
