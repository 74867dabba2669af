import { describe, expect, it } from 'vitest';
import { LEDGER_COLUMNS, type LedgerColumnKey } from '@mofan/shared';
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
