import { Flex, Typography } from 'antd';
import { COMPLIANCE_STATUSES, COMPLIANCE_STATUS_LABELS } from '@mofan/shared';
import { STATUS_STYLES } from './status-style';
import { WarningDot } from './warning-dot';

export function StatusLegend() {
  return (
    <Flex wrap gap={12} align="center" style={{ marginBottom: 12 }}>
      {COMPLIANCE_STATUSES.map((s) => (
        <Flex key={s} align="center" gap={4}>
          <span style={{ width: 14, height: 14, borderRadius: 3, background: STATUS_STYLES[s].background, border: `1px solid ${STATUS_STYLES[s].border}` }} />
          <Typography.Text type="secondary">{COMPLIANCE_STATUS_LABELS[s]}</Typography.Text>
        </Flex>
      ))}
      <WarningDot warning="yellow" withText />
      <WarningDot warning="red" withText />
    </Flex>
  );
}
