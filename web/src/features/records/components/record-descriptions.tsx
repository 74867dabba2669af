import { Descriptions } from 'antd';
import type { ActivityRecord } from '@mofan/shared';
import { formatDateTime, orEmpty } from '../../../lib/format';
import { DETAIL_LABELS, detailText } from './detail-labels';
import { KindTags } from './kind-tags';

export function RecordDescriptions({ record: r }: { record: ActivityRecord }) {
  const lecturer = r.lecturerName ?? null;
  return (
    <Descriptions column={{ xs: 1, sm: 2 }} size="small" bordered>
      <Descriptions.Item label="活动类型" span={2}>
        <KindTags kinds={r.kinds} />
      </Descriptions.Item>
      <Descriptions.Item label="日期">{r.endsOn && r.endsOn !== r.occurredOn ? `${r.occurredOn} 至 ${r.endsOn}` : r.occurredOn}</Descriptions.Item>
      <Descriptions.Item label="所属组织">{r.ownerNodeName}</Descriptions.Item>
      {r.personName && <Descriptions.Item label="本人">{r.personName}</Descriptions.Item>}
      <Descriptions.Item label="主题">{orEmpty(r.topic)}</Descriptions.Item>
      {r.hostName && <Descriptions.Item label="主持人">{r.hostName}</Descriptions.Item>}
      {lecturer && <Descriptions.Item label="主讲人">{lecturer}</Descriptions.Item>}
      {Object.entries(r.details).map(([key, value]) => (
        <Descriptions.Item key={key} label={DETAIL_LABELS.get(key) ?? key}>
          {detailText(value)}
        </Descriptions.Item>
      ))}
      {r.notes && (
        <Descriptions.Item label="简要情况" span={2}>
          <span style={{ whiteSpace: 'pre-wrap' }}>{r.notes}</span>
        </Descriptions.Item>
      )}
      <Descriptions.Item label="登记时间">{formatDateTime(r.createdAt)}</Descriptions.Item>
    </Descriptions>
  );
}
