/**
 * 督办情况通报: the statistics written as an official document (GB/T 9704): 总体情况 in figures,
 * 按期办结情况 by unit (and 科室) in a table, the 逾期未办结 list, and the standing 下一步要求.
 */
import type { DirectiveFigures, DirectiveFiguresRow, DirectiveStatistics } from '@mofan/shared';
import { type DocumentBlock, type OfficialDocument, officialDate } from '../../documents/gbt9704';

export function percent(rate: number | null): string {
  if (rate === null) return '—';
  return `${(rate * 100).toFixed(1).replace(/\.0$/, '')}%`;
}

/** "2026年1月1日至3月31日", the year said once when both dates share it. */
export function periodText(from: string, to: string): string {
  const end = officialDate(to);
  return `${officialDate(from)}至${from.slice(0, 4) === to.slice(0, 4) ? end.replace(/^\d+年/, '') : end}`;
}

function overview(s: DirectiveStatistics, scopeName: string): string {
  const t = s.totals;
  const period = periodText(s.from, s.to);
  if (t.total === 0) return `${period}，${scopeName}未立项督办事项。`;
  const parts = [`${period}，${scopeName}共立项督办事项${t.total}件。截至${officialDate(s.today)}，已办结销号${t.closed}件，其中按期办结${t.closedOnTime}件`];
  if (t.onTimeRate !== null) parts.push(`按期办结率${percent(t.onTimeRate)}`);
  parts.push(`逾期未办结${t.overdue}件`);
  if (t.extensionsApproved > 0) parts.push(`经批准延期${t.extensionsApproved}件次`);
  const average = t.averageWorkingDays === null ? '' : `已办结事项平均用时${t.averageWorkingDays}个工作日。`;
  return `${parts.join('，')}。${average}`;
}

const FIGURE_COLUMNS = [
  { title: '立项', width: 1 },
  { title: '已办结', width: 1.1 },
  { title: '按期办结', width: 1.1 },
  { title: '按期办结率', width: 1.3 },
  { title: '逾期未办结', width: 1.3 },
  { title: '平均用时（工作日）', width: 1.3 },
] as const;

function figureCells(f: DirectiveFigures): string[] {
  return [String(f.total), String(f.closed), String(f.closedOnTime), percent(f.onTimeRate), String(f.overdue), f.averageWorkingDays === null ? '—' : String(f.averageWorkingDays)];
}

function figuresTable(caption: string, first: string, rows: DirectiveFiguresRow[], label: (r: DirectiveFiguresRow) => string, totals: DirectiveFigures): DocumentBlock {
  return {
    kind: 'table',
    caption,
    columns: [{ title: first, width: 3, align: 'left' }, ...FIGURE_COLUMNS],
    rows: [...rows.map((r) => [label(r), ...figureCells(r)]), ['合计', ...figureCells(totals)]],
  };
}

function onTimeSection(s: DirectiveStatistics): DocumentBlock[] {
  if (s.totals.total === 0) return [{ kind: 'paragraph', text: '本期没有需要统计的督办事项。' }];
  const blocks: DocumentBlock[] = [
    { kind: 'paragraph', text: '各承办单位办理情况如下（按期办结率为按期办结件数占已办结件数与逾期未办结件数之和的比例）。' },
    figuresTable('各承办单位督办事项办理情况', '承办单位', s.byUnit, (r) => r.nodeName, s.totals),
  ];
  if (s.byDepartment.length > 0) {
    const sameUnit = new Set(s.byDepartment.map((r) => r.unitName)).size === 1;
    const label = (r: DirectiveFiguresRow) => (sameUnit || !r.unitName ? r.nodeName : `${r.unitName}${r.nodeName}`);
    blocks.push(figuresTable('各承办科室督办事项办理情况', '承办科室', s.byDepartment, label, s.departmentTotals));
  }
  return blocks;
}

function overdueSection(s: DirectiveStatistics): DocumentBlock[] {
  const asOf = officialDate(s.today);
  if (s.overdue.length === 0) return [{ kind: 'paragraph', text: `截至${asOf}，没有逾期未办结的督办事项。` }];
  return [
    { kind: 'paragraph', text: `截至${asOf}，以下${s.overdue.length}件督办事项逾期未办结：` },
    ...s.overdue.map((o, i): DocumentBlock => {
      const code = o.code ? `（${o.code}）` : '';
      const lead = o.leadUnitName && o.leadUnitName !== o.leadNodeName ? `${o.leadUnitName}${o.leadNodeName}` : o.leadNodeName;
      return { kind: 'paragraph', text: `${i + 1}.${o.title}${code}，承办：${lead}，办理时限${officialDate(o.effectiveDueOn)}，已逾期${o.overdueWorkingDays}个工作日。` };
    }),
  ];
}

const NEXT_STEPS: { title: string; body: string }[] = [
  { title: '压实办理责任。', body: '各承办单位要切实履行主体责任，主要负责同志要亲自过问、亲自督促，对督办事项逐项明确责任领导、责任科室和责任人，确保件件有着落、事事有回音。' },
  { title: '加快逾期事项办理。', body: '对逾期未办结的事项，承办单位要认真分析原因，倒排时间、挂图作战，尽快办结，并书面报告办理进展和未按期办结的原因。' },
  {
    title: '严格办理时限。',
    body: '上级批办件、指导性批示件有时限要求的，按要求落实反馈；没有时限要求的，7个工作日内落实反馈，特殊情况不超过15个工作日；紧急事项随到随办；情况复杂、在规定时限内未办结的，要定期报告进展情况。',
  },
  { title: '强化督查问责。', body: '督查督办机构将持续跟踪督办事项办理情况，实行亮灯管理，对工作不力、敷衍塞责、造成不良影响的，按有关规定予以通报问责。' },
];

export interface BulletinIssuer {
  /** 发文机关 and 署名. */
  issuer: string;
  /** How the text names the subtree: "全市", "本单位" … */
  scopeName: string;
  addressee: string;
}

export function directiveBulletin(s: DirectiveStatistics, who: BulletinIssuer): OfficialDocument {
  return {
    issuer: who.issuer,
    title: `关于${periodText(s.from, s.to)}督办事项办理情况的通报`,
    addressee: who.addressee,
    sections: [
      { kind: 'paragraph', text: `为推动各项决策部署落地见效，现将${periodText(s.from, s.to)}督办事项办理情况通报如下。` },
      { kind: 'heading', level: 1, text: '总体情况' },
      { kind: 'paragraph', text: overview(s, who.scopeName) },
      { kind: 'heading', level: 1, text: '按期办结情况' },
      ...onTimeSection(s),
      { kind: 'heading', level: 1, text: '逾期未办结事项' },
      ...overdueSection(s),
      { kind: 'heading', level: 1, text: '下一步要求' },
      ...NEXT_STEPS.map((n): DocumentBlock => ({ kind: 'heading', level: 2, text: n.title, body: n.body })),
    ],
    signature: who.issuer,
    date: s.today,
  };
}
