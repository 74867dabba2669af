import { Collapse, Descriptions, Tag, Typography } from 'antd';
import type { ProgrammeInfo } from '../api/get-catalogue';

/** The five programmes (创建体系), each folding out to its dimensions grouped by set (五型 / 六廉). */
export function ProgrammesList({ programmes }: { programmes: ProgrammeInfo[] }) {
  return (
    <Collapse
      items={programmes.map((p) => ({
        key: p.code,
        label: (
          <span>
            <Tag>{p.code}</Tag>
            {p.name}
          </span>
        ),
        children: (
          <>
            <Typography.Paragraph strong>{p.motto}</Typography.Paragraph>
            <Typography.Paragraph type="secondary">{p.description}</Typography.Paragraph>
            <Descriptions column={1} size="small" bordered>
              {p.dimensions.map((d) => (
                <Descriptions.Item key={d.code} label={d.group && d.group !== p.name ? `${d.name}（${d.group}）` : d.name}>
                  {d.description}
                </Descriptions.Item>
              ))}
            </Descriptions>
          </>
        ),
      }))}
    />
  );
}
