import { Tag } from 'antd';
import { useKindLabels } from '../../catalogue/api/get-catalogue';

/** A record's kinds as labelled tags. */
export function KindTags({ kinds }: { kinds: readonly string[] }) {
  const label = useKindLabels();
  return (
    <>
      {kinds.map((k) => (
        <Tag key={k} color="red" style={{ marginBlock: 2 }}>
          {label(k)}
        </Tag>
      ))}
    </>
  );
}
