import { Tag, Typography } from 'antd';

export interface ImportColumn {
  key: string;
  header: string;
  required: boolean;
}

/** The template's columns, required ones marked, so a clerk can check a sheet before uploading. */
export function ImportColumnsHelp({ columns }: { columns: readonly ImportColumn[] }) {
  return (
    <Typography.Paragraph type="secondary">
      模板列：
      {columns.map((c) => (
        <Tag key={c.key} color={c.required ? 'blue' : undefined} style={{ marginBlock: 2 }}>
          {c.header}
          {c.required ? '（必填）' : ''}
        </Tag>
      ))}
    </Typography.Paragraph>
  );
}
