/**
 * 一通报: the month's 清洁机关 check as an official document (GB/T 9704) — how the check was made,
 * the ranking table by criterion, the main problems (each 科室's deductions and the inspectors'
 * notes), and the standing requirements.
 */
import { CLEANLINESS_CRITERIA, CLEANLINESS_CRITERION_LABELS, type CleanlinessDepartmentResult } from '@mofan/shared';
import { type DocumentBlock, type OfficialDocument, officialDate } from '../../documents/gbt9704';
import { type SheetItem, deductionsOf } from './cleanliness-results';

export interface CleanlinessBulletinInput {
  unitName: string;
  month: string;
  /** The business date of the draw. */
  drawnOn: string;
  /** 成文日期. */
  date: string;
  items: readonly SheetItem[];
  maxTotal: number;
  results: readonly CleanlinessDepartmentResult[];
}

/** "2026-03" → "2026年3月". */
export function monthText(month: string): string {
  return `${month.slice(0, 4)}年${Number(month.slice(5, 7))}月`;
}

function introduction(input: CleanlinessBulletinInput): string {
  return (
    `为深入开展“清洁机关”创建活动，营造卫生整洁、规范有序、文明高效的机关环境，按照每月一抽查、一评比、一通报的要求，` +
    `${officialDate(input.drawnOn)}随机抽取${input.results.length}个科室，对照环境整洁、卫生清洁、物品整齐、空气清新四项标准进行了检查评比。现将有关情况通报如下。`
  );
}

function overview(input: CleanlinessBulletinInput): string {
  const ranked = input.results.filter((r) => r.rank !== null);
  const best = ranked.filter((r) => r.rank === 1).map((r) => r.departmentName);
  const lastRank = ranked.at(-1)?.rank ?? null;
  const worst = ranked.length > 1 && lastRank !== 1 ? ranked.filter((r) => r.rank === lastRank).map((r) => r.departmentName) : [];
  const parts = [`本次检查满分${input.maxTotal}分，${best.join('、')}得分最高（${ranked[0]?.total ?? 0}分）`];
  if (worst.length > 0) parts.push(`${worst.join('、')}得分最低（${ranked.at(-1)?.total ?? 0}分）`);
  return `${parts.join('，')}。各科室得分及名次如下。`;
}

function rankingTable(input: CleanlinessBulletinInput): DocumentBlock {
  return {
    kind: 'table',
    caption: `${monthText(input.month)}“清洁机关”检查评比结果`,
    columns: [
      { title: '名次', width: 0.8 },
      { title: '科室', width: 2.2, align: 'left' },
      ...CLEANLINESS_CRITERIA.map((c) => ({ title: CLEANLINESS_CRITERION_LABELS[c], width: 1.1 })),
      { title: '总分', width: 0.9 },
    ],
    rows: input.results.map((r) => [
      r.rank === null ? '—' : String(r.rank),
      r.departmentName,
      ...CLEANLINESS_CRITERIA.map((c) => (r.criterionTotals ? String(r.criterionTotals[c]) : '—')),
      r.total === null ? '—' : String(r.total),
    ]),
  };
}

function problems(input: CleanlinessBulletinInput): DocumentBlock[] {
  const blocks = input.results.flatMap((r): DocumentBlock[] => {
    const deductions = deductionsOf(input.items, r.scores);
    if (deductions.length === 0 && !r.note) return [];
    const body = [deductions.length > 0 ? `${deductions.join('；')}。` : '', r.note ? `检查发现：${r.note.replace(/[。.]?$/, '。')}` : ''].join('');
    return [{ kind: 'heading', level: 2, text: `${r.departmentName}。`, body }];
  });
  return blocks.length > 0 ? blocks : [{ kind: 'paragraph', text: '本次抽查的科室均达到检查标准，未发现明显问题。' }];
}

const REQUIREMENTS: { title: string; body: string }[] = [
  { title: '立即整改。', body: '被扣分的科室要对照存在的问题逐项整改，做到桌面整洁、物品归位、垃圾日清、通风换气，下月抽查时将对整改情况进行复查。' },
  { title: '常态保持。', body: '各科室要把“清洁机关”创建融入日常，落实每日清扫、每周大扫除制度，科室负责人要带头示范、经常检查。' },
  { title: '结果运用。', body: '每月检查评比结果记入各科室平时考核，作为年度评先评优的重要参考。' },
];

export function cleanlinessBulletin(input: CleanlinessBulletinInput): OfficialDocument {
  return {
    issuer: input.unitName,
    title: `关于${monthText(input.month)}“清洁机关”检查评比情况的通报`,
    addressee: '机关各科室',
    sections: [
      { kind: 'paragraph', text: introduction(input) },
      { kind: 'heading', level: 1, text: '检查评比结果' },
      { kind: 'paragraph', text: overview(input) },
      rankingTable(input),
      { kind: 'heading', level: 1, text: '存在的主要问题' },
      ...problems(input),
      { kind: 'heading', level: 1, text: '下一步要求' },
      ...REQUIREMENTS.map((r): DocumentBlock => ({ kind: 'heading', level: 2, text: r.title, body: r.body })),
    ],
    signature: input.unitName,
    date: input.date,
  };
}
