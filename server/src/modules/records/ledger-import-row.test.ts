import { describe, expect, it } from 'vitest';
import { LEDGER_COLUMNS, type LedgerColumnKey, countsAsEvidence } from '@mofan/shared';
import { type LedgerDirectory, kindOfLabel, splitList, validateLedgerRow } from './ledger-import-row';

const TODAY = '2026-03-02';

const directory: LedgerDirectory = {
  nodes: [
    { id: 'unit', kind: 'unit', name: '市财政局', qualifiedName: '市财政局' },
    { id: 'office', kind: 'department', name: '办公室', qualifiedName: '办公室' },
    { id: 'b1', kind: 'branch', name: '市财政局机关第一党支部', qualifiedName: '市财政局机关第一党支部' },
    { id: 'b2', kind: 'branch', name: '市财政局机关第二党支部', qualifiedName: '市财政局机关第二党支部' },
    { id: 'g1', kind: 'party_group', name: '第一党小组', qualifiedName: '市财政局机关第一党支部第一党小组' },
    { id: 'g2', kind: 'party_group', name: '第一党小组', qualifiedName: '市财政局机关第二党支部第一党小组' },
  ],
  peopleByName: new Map([
    ['李娜', [{ id: 'p1', name: '李娜', idTail: '123X', departmentId: 'office' }]],
    ['王强', [{ id: 'p2', name: '王强', idTail: '5678', departmentId: 'office' }]],
  ]),
};

function row(values: Partial<Record<LedgerColumnKey, string>>) {
  const raw = Object.fromEntries(LEDGER_COLUMNS.map((c) => [c.key, values[c.key] ?? ''])) as Record<LedgerColumnKey, string>;
  return validateLedgerRow(7, raw, directory, TODAY);
}

describe('splitList', () => {
  it.each([
    ['李娜、王强', ['李娜', '王强']],
    ['李娜,王强;赵敏', ['李娜', '王强', '赵敏']],
    ['李娜(出差、培训)、王强', ['李娜(出差、培训)', '王强']],
    ['  李娜 王强 ', ['李娜', '王强']],
  ])('splits %s outside parentheses', (value, expected) => {
    expect(splitList(value, true)).toEqual(expected);
  });
});

describe('validateLedgerRow', () => {
  it.each([
    ['2026-02-01', '2026-02-01'],
    ['2026/2/1', '2026-02-01'],
    ['2026.2.1', '2026-02-01'],
    ['2026年2月1日', '2026-02-01'],
    ['20260201', '2026-02-01'],
    ['２０２６－０２－０１', '2026-02-01'],
    ['2026-03-02', '2026-03-02'],
  ])('reads the date %s', (date, expected) => {
    expect(row({ date, kinds: '主题党日', owner: '第一党支部' }).row?.occurredOn).toBe(expected);
  });

  it('takes a month for 月读一书 only, and defaults its owner to the person’s 科室', () => {
    expect(row({ date: '2026年2月', kinds: '月读一书', person: '李娜', bookTitle: '红岩' }).row).toMatchObject({ occurredOn: '2026-02-01', ownerNodeId: 'office', personId: 'p1' });
    expect(row({ date: '2026-02', kinds: '主题党日', owner: '第一党支部' }).errors).toEqual([expect.objectContaining({ field: '日期' })]);
  });

  it.each([
    ['政治生日', 'political_birthday'],
    ['政治生日（重温入党誓词）', 'political_birthday'],
    ['清洁机关检查（抽查、评比、通报）', 'clean_check'],
    ['党组会议“第一议题”', 'first_topic'],
    ['theme_day', 'theme_day'],
  ])('knows the kind label %s, whole even when it holds 、', (label, kind) => {
    expect(splitList(label, false)).toEqual([label]);
    expect(kindOfLabel(label)).toBe(kind);
  });

  it('reads several kinds in one cell, separated by 、 or a full-width comma', () => {
    expect(row({ date: '2026-02-01', kinds: '主题党日，党课、警示教育', owner: '第一党支部', lecturer: '王强' }).row?.kinds).toEqual(['theme_day', 'party_lecture', 'warning_education']);
    expect(kindOfLabel('卡拉OK')).toBeUndefined();
  });

  it('resolves an owner by full name, by the end of its name, and a 党小组 after its 党支部; a short name two nodes share is ambiguous', () => {
    expect(row({ date: '2026-02-01', kinds: '党小组会', owner: '市财政局机关第二党支部第一党小组' }).row?.ownerNodeId).toBe('g2');
    expect(row({ date: '2026-02-01', kinds: '主题党日', owner: '第二党支部' }).row?.ownerNodeId).toBe('b2');
    expect(row({ date: '2026-02-01', kinds: '党小组会', owner: '第一党小组' }).errors).toEqual([expect.objectContaining({ field: '所属组织', message: expect.stringContaining('多个') })]);
  });

  it('tells a namesake apart by the last 4 characters of the 身份证号, in either case', () => {
    expect(row({ date: '2026-02-01', kinds: '主题党日', owner: '第一党支部', participants: '李娜（123x）' }).row?.participants).toEqual([{ personId: 'p1', present: true, absenceReason: null }]);
  });

  it('refuses a person listed both present and absent, and a 本人 on an org record', () => {
    const result = row({ date: '2026-02-01', kinds: '主题党日', owner: '第一党支部', participants: '李娜', absentees: '李娜（病假）', person: '王强' });
    expect(result.row).toBeNull();
    expect(result.errors.map((e) => e.field).sort()).toEqual(['本人', '缺席人员']);
  });

  it('keeps an unknown lecturer as invited, by name', () => {
    expect(row({ date: '2026-02-01', kinds: '党课', owner: '第一党支部', lecturer: '市委党校王教授' }).row).toMatchObject({ lecturerPersonId: null, lecturerName: '市委党校王教授' });
    expect(row({ date: '2026-02-01', kinds: '党课', owner: '第一党支部', lecturer: '王强' }).row).toMatchObject({ lecturerPersonId: 'p2', lecturerName: null });
  });
});

describe('validateLedgerRow: 为群众办实事 stage by stage', () => {
  const need = { date: '2025-05-10', kinds: '为群众办实事', person: '李娜', topic: '小区路灯不亮' };
  const solved = { ...need, claimedOn: '2025/5/12', solvedOn: '2025年6月1日', solution: '协调供电所更换路灯' };

  it.each([
    ['only the need', need, {}, false],
    ['claimed', { ...need, claimedOn: '2025-05-12' }, { claimedOn: '2025-05-12' }, false],
    ['solved', solved, { claimedOn: '2025-05-12', solvedOn: '2025-06-01', solution: '协调供电所更换路灯' }, true],
    ['solved and improved', { ...solved, improvement: '建立路灯巡查台账' }, { claimedOn: '2025-05-12', solvedOn: '2025-06-01', solution: '协调供电所更换路灯', improvement: '建立路灯巡查台账' }, true],
  ])('imports %s, with the stage dates as YYYY-MM-DD, counting once solved', (_label, values, details, counts) => {
    const result = row(values);
    expect(result.errors).toEqual([]);
    expect(result.row).toMatchObject({ kinds: ['practical_matter'], personId: 'p1', ownerNodeId: 'office', topic: '小区路灯不亮', details });
    expect(countsAsEvidence('practical_matter', { ...result.row, presentCount: 0 })).toBe(counts);
  });

  it('imports the unit’s 为挂钩村解决问题 solved, and it counts', () => {
    const result = row({ date: '2025-03-01', kinds: '为挂钩村（社区）解决重点难点问题', owner: '市财政局', place: '红星村', topic: '灌溉渠破损', claimedOn: '2025-03-02', solvedOn: '2025-04-20', solution: '修复水渠' });
    expect(result.errors).toEqual([]);
    expect(result.row).toMatchObject({ kinds: ['org_practical_matter'], ownerNodeId: 'unit', details: { place: '红星村', claimedOn: '2025-03-02', solvedOn: '2025-04-20', solution: '修复水渠' } });
    expect(countsAsEvidence('org_practical_matter', { ...result.row, presentCount: 0 })).toBe(true);
  });

  it.each([
    ['a solution without its date', { ...need, claimedOn: '2025-05-12', solution: '已解决' }, '解决日期', '须同时填写'],
    ['a solved date without the claim', { ...need, solvedOn: '2025-06-01', solution: '已解决' }, '认领日期', '须先填写“认领问题”'],
    ['an improvement before the solution', { ...need, claimedOn: '2025-05-12', improvement: '建立制度' }, '解决日期', '须先填写“解决问题”'],
    ['a claim before the need', { ...solved, claimedOn: '2025-05-01' }, '认领日期', '不能早于活动日期'],
    ['a solution before the claim', { ...solved, solvedOn: '2025-05-11' }, '解决日期', '不能早于认领日期'],
    ['a solution after today', { ...solved, solvedOn: '2026-03-03' }, '解决日期', '不能晚于今天'],
    ['an unreadable claim date', { ...solved, claimedOn: '五月中旬' }, '认领日期', '日期无效'],
    ['a solution too long', { ...solved, solution: '办'.repeat(501) }, '解决情况', '最多500字'],
    ['a stage column on a kind without stages', { date: '2025-05-10', kinds: '主题党日', owner: '第一党支部', solvedOn: '2025-06-01' }, '解决日期', '只用于'],
  ])('refuses %s, naming the column', (_label, values, field, message) => {
    const result = row(values);
    expect(result.row).toBeNull();
    expect(result.errors).toContainEqual(expect.objectContaining({ row: 7, field, message: expect.stringContaining(message) }));
  });
});
