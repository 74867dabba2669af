import { PERIOD_UNIT_LABELS, PERSON_SELECTOR_LABELS, ORG_NODE_KIND_LABELS, type OrgNodeKind, type PeriodUnit, type PersonSelector } from '@mofan/shared';

/**
 * The catalogue serves rules and targets as loose records (they are data a unit may localise), so
 * they are read field by field here rather than trusted to match the TypeScript union.
 */
type Loose = Record<string, unknown>;

const TRIGGER_LABELS: Record<string, string> = {
  hired: '入职后',
  post_started: '任职后',
  post_changed: '岗位调整后',
  party_anniversary: '入党纪念日前后',
};

function num(value: unknown): number | null {
  return typeof value === 'number' && Number.isFinite(value) ? value : null;
}

function periodLabel(per: unknown): string {
  return typeof per === 'string' && per in PERIOD_UNIT_LABELS ? PERIOD_UNIT_LABELS[per as PeriodUnit] : '';
}

/** '每季度≥1次', '每年≥60天', '全覆盖', '5月31日前', '入职后90天内'. */
export function ruleText(rule: Loose): string {
  switch (rule.kind) {
    case 'count':
      return `${periodLabel(rule.per)}≥${num(rule.min) ?? '?'}次`;
    case 'amount':
      return `${periodLabel(rule.per)}≥${num(rule.min) ?? '?'}天`;
    case 'coverage': {
      const ratio = num(rule.ratio) ?? 1;
      const share = ratio >= 1 ? '全覆盖' : `覆盖≥${Math.round(ratio * 100)}%`;
      return rule.per === 'once' || rule.per === undefined ? share : `${periodLabel(rule.per)}${share}`;
    }
    case 'deadline':
      return `每年${num(rule.month) ?? '?'}月${num(rule.day) ?? '?'}日前`;
    case 'trigger': {
      const event = typeof rule.event === 'string' ? (TRIGGER_LABELS[rule.event] ?? rule.event) : '';
      return `${event}${num(rule.withinDays) ?? '?'}天内`;
    }
    default:
      return typeof rule.kind === 'string' ? rule.kind : '—';
  }
}

/** Who a requirement binds, in words. */
export function targetText(target: Loose): string {
  switch (target.kind) {
    case 'unit':
      return '单位';
    case 'department':
      return '各科室';
    case 'party_org': {
      const levels = Array.isArray(target.levels) ? target.levels.filter((l): l is OrgNodeKind => typeof l === 'string' && l in ORG_NODE_KIND_LABELS) : [];
      return levels.length > 0 ? levels.map((l) => ORG_NODE_KIND_LABELS[l]).join('、') : '党组织';
    }
    case 'person':
      return typeof target.who === 'string' && target.who in PERSON_SELECTOR_LABELS ? PERSON_SELECTOR_LABELS[target.who as PersonSelector] : '个人';
    case 'leader_department_pair':
      return '班子成员 × 分管科室';
    default:
      return '—';
  }
}
