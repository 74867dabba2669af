import { Result } from 'antd';

export function ForbiddenResult() {
  return <Result status="403" title="无权访问" subTitle="您的账号没有访问此页面的权限，如需使用请联系管理员授权。" />;
}
