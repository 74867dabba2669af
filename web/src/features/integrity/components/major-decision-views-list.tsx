import { Flex, Tag, Typography } from 'antd';
import type { MajorDecisionView } from '@mofan/shared';

/** The stated views in the order spoken; the principal's, last, is marked (末位表态). */
export function MajorDecisionViewsList({ views }: { views: readonly MajorDecisionView[] }) {
  return (
    <Flex vertical gap={8} role="list" aria-label="表态情况">
      {views.map((v) => (
        <div role="listitem" key={v.seq}>
          <Typography.Text strong>
            {v.seq}. {v.personName}
          </Typography.Text>
          {v.principal && (
            <Tag color="red" style={{ marginInlineStart: 8 }}>
              主要负责人 · 末位表态
            </Tag>
          )}
          <div style={{ whiteSpace: 'pre-wrap' }}>{v.view}</div>
        </div>
      ))}
    </Flex>
  );
}
