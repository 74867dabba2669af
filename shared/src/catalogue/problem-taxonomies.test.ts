import { describe, expect, it } from 'vitest';
import { PROBLEM_SEVERITY_LABELS, PROBLEM_TAG_CODES, PROBLEM_TAG_GROUPS, PROBLEM_TAG_GROUP_SHORT_NAMES, isProblemTag, problemTagGroupOf, problemTagLabel } from './problem-taxonomies';

/** Every list of domain.md §6 and seed 003's 纪律 problems, as the seeds spell them. */
const SEED_LISTS: [string, string[]][] = [
  ['six', ['散', '满', '推', '浮', '混', '乱']],
  ['ills5', ['庸', '懒', '散', '浮', '拖']],
  ['ills4', ['庸', '懒', '散', '涣']],
  ['nonimpl', ['应付了事', '有名无实', '折扣变通', '变样走形', '虎头蛇尾', '推诿扯皮']],
  ['fourwinds', ['形式主义', '官僚主义', '享乐主义', '奢靡之风']],
  ['fivechecks', ['查执行不力、推诿扯皮', '查有法不依、执法不严', '查办事拖拉、作风漂浮', '查因循守旧、敷衍塞责', '查吃拿卡要、以权谋私']],
  ['style', ['思想作风', '工作作风', '领导作风', '生活作风']],
  ['discipline', ['迟到', '早退', '空岗', '旷工']],
];

describe('problem taxonomies', () => {
  it.each(SEED_LISTS)('list %s holds the seeds’ tags in their order', (group, labels) => {
    expect(PROBLEM_TAG_GROUPS.find((g) => g.code === group)?.tags.map((t) => t.label)).toEqual(labels);
  });

  it('has exactly these lists, each with a short name', () => {
    expect(PROBLEM_TAG_GROUPS.map((g) => g.code)).toEqual(SEED_LISTS.map(([g]) => g));
    for (const g of PROBLEM_TAG_GROUPS) expect(PROBLEM_TAG_GROUP_SHORT_NAMES[g.code]).toBeTruthy();
  });

  it('gives every tag a unique code under its list', () => {
    expect(new Set(PROBLEM_TAG_CODES).size).toBe(PROBLEM_TAG_CODES.length);
    for (const g of PROBLEM_TAG_GROUPS) for (const t of g.tags) expect(t.code).toMatch(new RegExp(`^${g.code}\\.[a-z_]+$`));
  });

  it('pairs each 查 of 五查五促 with its 促', () => {
    expect(PROBLEM_TAG_GROUPS.find((g) => g.code === 'fivechecks')?.tags.map((t) => t.promotes)).toEqual(['促政令畅通', '促依法行政', '促优质高效', '促勤勉敬业', '促政务清廉']);
  });

  it.each([
    ['six.san', true, '六种现象·散', 'six'],
    ['fourwinds.formalism', true, '四风·形式主义', 'fourwinds'],
    ['ills4.huan', true, '庸懒散涣·涣', 'ills4'],
    ['discipline.absent_post', true, '纪律·空岗', 'discipline'],
    ['six.unknown', false, 'six.unknown', null],
  ])('%s: known %s, shown as %s', (code, known, label, group) => {
    expect(isProblemTag(code)).toBe(known);
    expect(problemTagLabel(code)).toBe(label);
    expect(problemTagGroupOf(code)?.code ?? null).toBe(group);
  });

  it('names the severities 一般, 较重, 严重', () => {
    expect(Object.values(PROBLEM_SEVERITY_LABELS)).toEqual(['一般', '较重', '严重']);
  });
});
