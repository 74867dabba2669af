/**
 * The problem taxonomies of the seeds (domain.md §6) as data: every list a finding can be tagged
 * with, each tag under a stable code (`group.tag`) that stored problems keep, with its Chinese
 * label and where the seeds say it. Labels may be reworded; codes never change.
 */

export interface ProblemTag {
  /** Stable, stored in problems.tags: `six.san`, `fourwinds.formalism` … */
  code: string;
  label: string;
  /** What the seeds say the tag means, for the form's hint. */
  hint?: string;
  /** 五查五促: what the check is to promote (→ 促…). */
  promotes?: string;
}

export interface ProblemTagGroup {
  code: string;
  name: string;
  /** The seed speech(es) the list comes from, e.g. "003". */
  source: string;
  tags: readonly ProblemTag[];
}

export const PROBLEM_TAG_GROUPS: readonly ProblemTagGroup[] = [
  {
    code: 'six',
    name: '作风“六种现象”（散、满、推、浮、混、乱）',
    source: '003',
    tags: [
      { code: 'six.san', label: '散', hint: '责任心不强、纪律松散，不作为、慢作为，推一推动一动' },
      { code: 'six.man', label: '满', hint: '满足于现状，工作标准低' },
      { code: 'six.tui', label: '推', hint: '遇事找借口推诿扯皮' },
      { code: 'six.fu', label: '浮', hint: '心浮气躁、作风飘浮，浮在上面，调查研究少' },
      { code: 'six.hun', label: '混', hint: '得过且过、混日子' },
      { code: 'six.luan', label: '乱', hint: '纪律涣散，迟到早退、串岗，有令不行、有禁不止' },
    ],
  },
  {
    code: 'ills5',
    name: '“机关病”（庸、懒、散、浮、拖）',
    source: '001',
    tags: [
      { code: 'ills5.yong', label: '庸' },
      { code: 'ills5.lan', label: '懒' },
      { code: 'ills5.san', label: '散' },
      { code: 'ills5.fu', label: '浮' },
      { code: 'ills5.tuo', label: '拖' },
    ],
  },
  {
    code: 'ills4',
    name: '机关不良风气（庸、懒、散、涣）',
    source: '004',
    tags: [
      { code: 'ills4.yong', label: '庸' },
      { code: 'ills4.lan', label: '懒' },
      { code: 'ills4.san', label: '散' },
      { code: 'ills4.huan', label: '涣' },
    ],
  },
  {
    code: 'nonimpl',
    name: '工作不落实的六种表现',
    source: '002',
    tags: [
      { code: 'nonimpl.perfunctory', label: '应付了事' },
      { code: 'nonimpl.nominal', label: '有名无实' },
      { code: 'nonimpl.discounted', label: '折扣变通' },
      { code: 'nonimpl.distorted', label: '变样走形' },
      { code: 'nonimpl.fizzled', label: '虎头蛇尾' },
      { code: 'nonimpl.buckpassing', label: '推诿扯皮' },
    ],
  },
  {
    code: 'fourwinds',
    name: '“四风”',
    source: '000',
    tags: [
      { code: 'fourwinds.formalism', label: '形式主义' },
      { code: 'fourwinds.bureaucratism', label: '官僚主义' },
      { code: 'fourwinds.hedonism', label: '享乐主义' },
      { code: 'fourwinds.extravagance', label: '奢靡之风' },
    ],
  },
  {
    code: 'fivechecks',
    name: '“五查五促”',
    source: '003',
    tags: [
      { code: 'fivechecks.execution', label: '查执行不力、推诿扯皮', promotes: '促政令畅通' },
      { code: 'fivechecks.law', label: '查有法不依、执法不严', promotes: '促依法行政' },
      { code: 'fivechecks.efficiency', label: '查办事拖拉、作风漂浮', promotes: '促优质高效' },
      { code: 'fivechecks.diligence', label: '查因循守旧、敷衍塞责', promotes: '促勤勉敬业' },
      { code: 'fivechecks.integrity', label: '查吃拿卡要、以权谋私', promotes: '促政务清廉' },
    ],
  },
  {
    code: 'style',
    name: '作风方面',
    source: '003',
    tags: [
      { code: 'style.thinking', label: '思想作风' },
      { code: 'style.work', label: '工作作风' },
      { code: 'style.leadership', label: '领导作风' },
      { code: 'style.life', label: '生活作风' },
    ],
  },
  {
    code: 'discipline',
    name: '工作纪律',
    source: '003',
    tags: [
      { code: 'discipline.late', label: '迟到' },
      { code: 'discipline.early_leave', label: '早退' },
      { code: 'discipline.absent_post', label: '空岗' },
      { code: 'discipline.absenteeism', label: '旷工' },
    ],
  },
];

const TAG_BY_CODE: ReadonlyMap<string, { tag: ProblemTag; group: ProblemTagGroup }> = new Map(PROBLEM_TAG_GROUPS.flatMap((group) => group.tags.map((tag) => [tag.code, { tag, group }] as const)));

/** Every tag code, in the order of the lists. */
export const PROBLEM_TAG_CODES: readonly string[] = [...TAG_BY_CODE.keys()];

export function isProblemTag(code: string): boolean {
  return TAG_BY_CODE.has(code);
}

export function problemTagOf(code: string): ProblemTag | null {
  return TAG_BY_CODE.get(code)?.tag ?? null;
}

export function problemTagGroupOf(code: string): ProblemTagGroup | null {
  return TAG_BY_CODE.get(code)?.group ?? null;
}

/**
 * The tag as a reader understands it out of its list: "六种现象·散", "五查五促·查执行不力、推诿扯皮"; a
 * code no list knows (an old row) shows as itself.
 */
export function problemTagLabel(code: string): string {
  const found = TAG_BY_CODE.get(code);
  if (!found) return code;
  return `${PROBLEM_TAG_GROUP_SHORT_NAMES[found.group.code] ?? found.group.name}·${found.tag.label}`;
}

/** Short names of the lists, for a tag shown on its own. */
export const PROBLEM_TAG_GROUP_SHORT_NAMES: Readonly<Record<string, string>> = {
  six: '六种现象',
  ills5: '机关病',
  ills4: '庸懒散涣',
  nonimpl: '工作不落实',
  fourwinds: '四风',
  fivechecks: '五查五促',
  style: '作风',
  discipline: '纪律',
};

/** How serious a problem is. */
export const PROBLEM_SEVERITIES = ['general', 'serious', 'grave'] as const;
export type ProblemSeverity = (typeof PROBLEM_SEVERITIES)[number];
export const PROBLEM_SEVERITY_LABELS: Record<ProblemSeverity, string> = { general: '一般', serious: '较重', grave: '严重' };
