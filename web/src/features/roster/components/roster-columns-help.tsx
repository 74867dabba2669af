import { Tag, Typography } from 'antd';
import { ROSTER_COLUMNS } from '@mofan/shared';

/** The template's columns, required ones marked, so a clerk can check a sheet before uploading. */
export function RosterColumnsHelp() {
  return (
    <Typography.Paragraph type="secondary">
      模板列：
      {ROSTER_COLUMNS.map((c) => (
        <Tag key={c.key} color={c.required ? 'blue' : undefined} style={{ marginBlock: 2 }}>
          {c.header}
          {c.required ? '（必填）' : ''}
        </Tag>
      ))}
    </Typography.Paragraph>
  );
}
