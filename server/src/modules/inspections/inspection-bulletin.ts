/**
 * 督查通报: one check's, or a node's over a period, as an official document (GB/T 9704): 检查基本情况,
 * 发现的主要问题 by the lists of domain.md §6 with counts, 整改要求 with where 整改 stands, 问责情况.
 * Every figure is counted from the records; nothing is typed twice.
 */
import {
  ACCOUNTABILITY_KINDS,
  ACCOUNTABILITY_KIND_LABELS,
  INSPECTION_KIND_LABELS,
  type DirectiveLightDay,
  type InspectionKind,
  type InspectionSummary,
  PROBLEM_SEVERITIES,
  PROBLEM_SEVERITY_LABELS,
  PROBLEM_TAG_GROUPS,
  PROBLEM_TAG_GROUP_SHORT_NAMES,
  problemTagLabel,
  rectificationLight,
} from '@mofan/shared';
import { type DocumentBlock, type OfficialDocument, officialDate } from '../../documents/gbt9704';
import { periodText } from '../directive-reports/directive-bulletin';
import { oneOf } from './inspections.presenter';
import { type LedgerProblem, repeatText } from './problem-ledger-workbook';
import { rectificationStatusOf } from './rectifications.presenter';

export interface BulletinIssuer {
  /** 发文机关 and 署名. */
  issuer: string;
  /** How the text names the subtree: "全市直属机关", "本单位" … */
  scopeName: string;
  addressee: string;
}

export interface BulletinFacts {
  issuer: BulletinIssuer;
  /** One check's 通报, or null for a period's. */
  inspection: InspectionSummary | null;
  period: { from: string; to: string };
  /** The checks done in the period (the one check for its own 通报). */
  inspections: InspectionSummary[];
  problems: LedgerProblem[];
  day: DirectiveLightDay;
}

function placeOf(p: LedgerProblem): string {
  return p.row.nodeKind === 'unit' ? p.row.unitName : `${p.row.unitName}${p.row.nodeName}`;
}

function targetText(t: InspectionSummary['targets'][number]): string {
  return t.unitName ? `${t.unitName}${t.nodeName}` : t.nodeName;
}

function countBy<T>(items: readonly T[], key: (item: T) => string): Map<string, number> {
  const map = new Map<string, number>();
  for (const item of items) map.set(key(item), (map.get(key(item)) ?? 0) + 1);
  return map;
}

function overviewOfOne(i: InspectionSummary): DocumentBlock[] {
  const when = officialDate(i.doneOn ?? i.plannedOn);
  const blocks: DocumentBlock[] = [
    { kind: 'paragraph', text: `${when}，${i.organizerNodeName}采取${INSPECTION_KIND_LABELS[i.kind]}方式，对${i.targets.map(targetText).join('、')}开展了检查。` },
  ];
  if (i.subject) blocks.push({ kind: 'paragraph', text: `检查内容：${i.subject}` });
  if (i.result) blocks.push({ kind: 'paragraph', text: `检查结果：${i.result}` });
  return blocks;
}

function overviewOfPeriod(f: BulletinFacts): DocumentBlock[] {
  const period = periodText(f.period.from, f.period.to);
  if (f.inspections.length === 0) return [{ kind: 'paragraph', text: `${period}，没有完成涉及${f.issuer.scopeName}的督查检查。` }];
  const kinds = countBy(f.inspections, (i) => i.kind);
  const byKind = [...kinds].map(([kind, n]) => `${INSPECTION_KIND_LABELS[kind as InspectionKind]}${n}次`).join('、');
  const targets = new Set(f.inspections.flatMap((i) => i.targets.map((t) => t.nodeId)));
  return [
    { kind: 'paragraph', text: `${period}，涉及${f.issuer.scopeName}的督查检查共完成${f.inspections.length}次（${byKind}），被检查单位（科室）${targets.size}个。` },
    {
      kind: 'table',
      caption: '督查检查开展情况',
      columns: [
        { title: '完成日期', width: 1.4 },
        { title: '方式', width: 1.4 },
        { title: '检查名称', width: 3, align: 'left' },
        { title: '被检查单位', width: 3, align: 'left' },
        { title: '发现问题', width: 1 },
      ],
      rows: f.inspections.map((i) => [i.doneOn ?? '', INSPECTION_KIND_LABELS[i.kind], i.title, i.targets.map(targetText).join('、'), String(i.problemCount)]),
    },
  ];
}

function problemsSection(f: BulletinFacts): DocumentBlock[] {
  const list = f.problems;
  if (list.length === 0) return [{ kind: 'paragraph', text: f.inspection ? '本次检查未发现问题。' : '本期未发现问题。' }];
  const units = new Set(list.map((p) => p.row.problem.unitId));
  const severities = countBy(list, (p) => p.row.problem.severity);
  const bySeverity = [...PROBLEM_SEVERITIES]
    .reverse()
    .filter((s) => severities.has(s))
    .map((s) => `${PROBLEM_SEVERITY_LABELS[s]}${severities.get(s)}个`)
    .join('、');
  const blocks: DocumentBlock[] = [{ kind: 'paragraph', text: `共发现问题${list.length}个，涉及${units.size}个单位，其中${bySeverity}。` }];
  const repeats = [
    ['同一单位一年内再次发生的', list.filter((p) => p.repeats.repeatAtUnit.length > 0).length],
    ['多个单位普遍发生的', list.filter((p) => p.repeats.widespread.length > 0).length],
    ['整改销号后反复出现的', list.filter((p) => p.repeats.recurredAfterRectification.length > 0).length],
  ] as const;
  const repeatParts = repeats.filter(([, n]) => n > 0).map(([what, n]) => `${what}${n}个`);
  if (repeatParts.length > 0) blocks.push({ kind: 'paragraph', text: `其中，${repeatParts.join('，')}，须重点整治。` });
  for (const group of PROBLEM_TAG_GROUPS) {
    const inGroup = list.filter((p) => p.row.problem.tags.some((t) => t.startsWith(`${group.code}.`)));
    if (inGroup.length === 0) continue;
    const perTag = group.tags
      .map((t) => [t.label, inGroup.filter((p) => p.row.problem.tags.includes(t.code)).length] as const)
      .filter(([, n]) => n > 0)
      .map(([label, n]) => `“${label}”${n}个`);
    blocks.push({ kind: 'heading', level: 2, text: `${PROBLEM_TAG_GROUP_SHORT_NAMES[group.code] ?? group.name}方面问题${inGroup.length}个。`, body: `其中${perTag.join('、')}。` });
  }
  blocks.push({
    kind: 'table',
    caption: '发现问题清单',
    columns: [
      { title: '序号', width: 0.8 },
      { title: '单位（科室）', width: 2.4, align: 'left' },
      { title: '问题', width: 4.5, align: 'left' },
      { title: '类别', width: 2.4, align: 'left' },
      { title: '程度', width: 0.9 },
    ],
    rows: list.map((p, i) => {
      const repeat = repeatText(p.repeats);
      return [String(i + 1), placeOf(p), repeat ? `${p.row.problem.facts}（${repeat}）` : p.row.problem.facts, p.row.problem.tags.map(problemTagLabel).join('、'), PROBLEM_SEVERITY_LABELS[oneOf(PROBLEM_SEVERITIES, p.row.problem.severity, 'severity')]];
    }),
  });
  return blocks;
}

const STANDING_REQUIREMENTS: { title: string; body: string }[] = [
  { title: '压实整改责任。', body: '各被检查单位要对照问题清单，逐项明确整改措施、整改重点、责任人和整改时限，主要负责同志亲自抓，按期整改到位。' },
  { title: '举一反三抓整改。', body: '对同一单位反复出现、多个单位普遍发生的问题，要深挖根源，从制度机制上堵塞漏洞，防止问题反弹回潮。' },
  { title: '严格核验销号。', body: '整改完成后如实报送整改情况和佐证材料，经核验合格后销号；核验不合格的，退回重新整改。' },
  { title: '逾期转入督办。', body: '对逾期未完成整改的，转为督办事项，实行亮灯管理，跟踪问效，对敷衍整改、虚假整改的严肃问责。' },
];

function rectificationSection(f: BulletinFacts): DocumentBlock[] {
  const blocks: DocumentBlock[] = [];
  if (f.problems.length > 0) {
    const handed = f.problems.filter((p) => p.row.rectification !== null);
    const status = (p: LedgerProblem) => (p.row.rectification ? rectificationStatusOf(p.row.rectification.status) : null);
    const closed = handed.filter((p) => status(p) === 'closed').length;
    const running = handed.length - closed;
    const overdue = handed.filter((p) => {
      const s = status(p);
      return s !== null && p.row.rectification !== null && rectificationLight(f.day, { status: s, dueOn: p.row.rectification.dueOn }) === 'red';
    });
    const asOf = officialDate(f.day.today);
    const notYet = f.problems.length - handed.length;
    blocks.push({
      kind: 'paragraph',
      text: `截至${asOf}，上述问题已交付整改${handed.length}个，其中已整改销号${closed}个，正在整改${running}个（逾期未完成${overdue.length}个）${notYet > 0 ? `；尚未交付整改${notYet}个` : ''}。`,
    });
    if (overdue.length > 0) {
      const items = overdue.map((p) => `${placeOf(p)}，${p.row.rectification!.measures}（整改时限${officialDate(p.row.rectification!.dueOn)}）`);
      blocks.push({ kind: 'paragraph', text: `逾期未完成的：${items.join('；')}。` });
    }
  }
  blocks.push(...STANDING_REQUIREMENTS.map((n): DocumentBlock => ({ kind: 'heading', level: 2, text: n.title, body: n.body })));
  return blocks;
}

function accountabilitySection(f: BulletinFacts): DocumentBlock[] {
  const entries = f.problems.flatMap((p) => p.accountabilities.map((a) => ({ p, a })));
  if (entries.length === 0) return [{ kind: 'paragraph', text: '本期未对发现的问题作出问责处理。' }];
  const kinds = countBy(entries, (e) => e.a.accountability.kind);
  const summary = [...kinds].map(([kind, n]) => `${ACCOUNTABILITY_KIND_LABELS[oneOf(ACCOUNTABILITY_KINDS, kind, 'accountability kind')]}${n}人（次）`).join('、');
  return [
    { kind: 'paragraph', text: `对发现的问题，依规依纪作出问责处理${entries.length}人（次），其中${summary}。` },
    ...entries.map(({ p, a }, i): DocumentBlock => {
      const who = a.personName ? `${placeOf(p)}${a.personName}` : (a.nodeName ?? placeOf(p));
      const kind = ACCOUNTABILITY_KIND_LABELS[oneOf(ACCOUNTABILITY_KINDS, a.accountability.kind, 'accountability kind')];
      return { kind: 'paragraph', text: `${i + 1}.对${who}予以${kind}。依据：${a.accountability.basis}` };
    }),
  ];
}

export function inspectionBulletin(f: BulletinFacts): OfficialDocument {
  const subject = f.inspection ? f.inspection.title : `${periodText(f.period.from, f.period.to)}督查检查发现问题及整改`;
  const intro = f.inspection
    ? `为深入推进机关作风建设，${f.inspection.organizerNodeName}组织开展了${f.inspection.title}。现将有关情况通报如下。`
    : `为深入推进机关作风建设，现将${periodText(f.period.from, f.period.to)}督查检查发现的问题及整改情况通报如下。`;
  return {
    issuer: f.issuer.issuer,
    title: `关于${subject}情况的通报`,
    addressee: f.issuer.addressee,
    sections: [
      { kind: 'paragraph', text: intro },
      { kind: 'heading', level: 1, text: '检查基本情况' },
      ...(f.inspection ? overviewOfOne(f.inspection) : overviewOfPeriod(f)),
      { kind: 'heading', level: 1, text: '发现的主要问题' },
      ...problemsSection(f),
      { kind: 'heading', level: 1, text: '整改要求' },
      ...rectificationSection(f),
      { kind: 'heading', level: 1, text: '问责情况' },
      ...accountabilitySection(f),
    ],
    signature: f.issuer.issuer,
    date: f.day.today,
  };
}
