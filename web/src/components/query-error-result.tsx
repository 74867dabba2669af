import { Button, Result } from 'antd';
import { ApiError, errorMessage } from '../lib/api-error';

interface QueryErrorResultProps {
  error: unknown;
  onRetry?: () => void;
}

/** A failed page load: 404 and 403 say so plainly, anything else offers a retry. */
export function QueryErrorResult({ error, onRetry }: QueryErrorResultProps) {
  if (error instanceof ApiError && error.status === 404) {
    return <Result status="404" title="未找到" subTitle={error.message} />;
  }
  if (error instanceof ApiError && error.status === 403) {
    return <Result status="403" title="无权访问" subTitle={error.message} />;
  }
  return (
    <Result
      status="error"
      title="加载失败"
      subTitle={errorMessage(error)}
      extra={
        onRetry && (
          <Button type="primary" onClick={onRetry}>
            重试
          </Button>
        )
      }
    />
  );
}
