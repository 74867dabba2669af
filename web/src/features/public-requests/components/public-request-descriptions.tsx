import { Descriptions, Typography } from 'antd';
import type { PublicRequestDetail } from '@mofan/shared';
import { formatDateTime, orEmpty } from '../../../lib/format';
import { PublicRequestStatusTag, SatisfactionTag } from './public-request-tags';

const pre = { whiteSpace: 'pre-wrap' } as const;
/** A number a phone can dial for the 回访, straight from the page. */
const PHONE = /^\+?[\d\s-]{5,20}$/;

/** The need as recorded and who took it. */
export function PublicRequestDescriptions({ request: r }: { request: PublicRequestDetail }) {
  return (
    <Descriptions bordered size="small" column={{ xs: 1, md: 2 }}>
      <Descriptions.Item label="状态">
        <span data-testid="public-request-status">
          <PublicRequestStatusTag status={r.status} />
        </span>
      </Descriptions.Item>
      <Descriptions.Item label="提出日期">{r.raisedOn}</Descriptions.Item>
      <Descriptions.Item label="提出人">{orEmpty(r.requesterName)}</Descriptions.Item>
      <Descriptions.Item label="联系方式">
        {r.requesterContact && !r.contactMasked && PHONE.test(r.requesterContact) ? (
          <a href={`tel:${r.requesterContact.replace(/[^\d+]/g, '')}`}>{r.requesterContact}</a>
        ) : (
          orEmpty(r.requesterContact)
        )}
        {r.contactMasked && <Typography.Text type="secondary">（已脱敏）</Typography.Text>}
      </Descriptions.Item>
      <Descriptions.Item label="受理">{r.nodeName}</Descriptions.Item>
      <Descriptions.Item label="认领">
        {r.claimedNodeName ? `${r.claimedNodeName}${r.claimedPersonName ? ` · ${r.claimedPersonName}` : ''}` : '待认领'}
      </Descriptions.Item>
      <Descriptions.Item label="诉求内容" span="filled">
        <div style={pre}>{r.content}</div>
      </Descriptions.Item>
    </Descriptions>
  );
}

/** What was done (public: the solution and the improvement) and what the person said of it. */
export function PublicRequestOutcome({ request: r }: { request: PublicRequestDetail }) {
  return (
    <Descriptions bordered size="small" column={1}>
      <Descriptions.Item label="解决情况">
        {r.solution ? (
          <>
            <div style={pre}>{r.solution}</div>
            {r.solvedOn && <Typography.Text type="secondary">解决日期 {r.solvedOn}</Typography.Text>}
          </>
        ) : (
          orEmpty(null)
        )}
      </Descriptions.Item>
      <Descriptions.Item label="完善机制">
        {r.improvement ? (
          <>
            <div style={pre}>{r.improvement}</div>
            {r.closedOn && <Typography.Text type="secondary">办结日期 {r.closedOn}</Typography.Text>}
          </>
        ) : (
          orEmpty(null)
        )}
      </Descriptions.Item>
      <Descriptions.Item label="群众评价">
        {r.satisfaction ? (
          <>
            <SatisfactionTag satisfaction={r.satisfaction} />
            {r.feedback && <span style={pre}>{r.feedback}</span>}
            {r.feedbackAt && (
              <div>
                <Typography.Text type="secondary">{formatDateTime(r.feedbackAt)}</Typography.Text>
              </div>
            )}
          </>
        ) : (
          '尚未评价'
        )}
      </Descriptions.Item>
    </Descriptions>
  );
}
