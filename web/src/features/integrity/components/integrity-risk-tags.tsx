import { Tag } from 'antd';
import { INTEGRITY_RISK_LEVEL_LABELS, type IntegrityRiskLevel } from '@mofan/shared';

const LEVEL_COLORS: Record<IntegrityRiskLevel, string> = { high: 'red', medium: 'orange', low: 'default' };

export function RiskLevelTag({ level }: { level: IntegrityRiskLevel }) {
  return <Tag color={LEVEL_COLORS[level]}>{INTEGRITY_RISK_LEVEL_LABELS[level]}</Tag>;
}
