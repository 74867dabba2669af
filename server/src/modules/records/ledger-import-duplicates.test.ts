import { describe, expect, it } from 'vitest';
import { type RecordIdentity, identityKey, separateDuplicates } from './ledger-import-duplicates';

const meeting: RecordIdentity = { ownerNodeId: 'b1', personId: null, occurredOn: '2025-03-01', kinds: ['theme_day', 'party_lecture'], topic: '学习党章 ABC' };

describe('identityKey', () => {
  it.each<[string, Partial<RecordIdentity>]>([
    ['the kinds in another order', { kinds: ['party_lecture', 'theme_day'] }],
    ['the topic with spaces around it', { topic: '  学习党章 ABC ' }],
    ['the topic in full-width letters and an ideographic space', { topic: '学习党章\u3000ＡＢＣ' }],
  ])('is the same for %s', (_label, change) => {
    expect(identityKey({ ...meeting, ...change })).toBe(identityKey(meeting));
  });

  it.each<[string, Partial<RecordIdentity>]>([
    ['another owner', { ownerNodeId: 'b2' }],
    ['another date', { occurredOn: '2025-03-02' }],
    ['one kind fewer', { kinds: ['theme_day'] }],
    ['another topic', { topic: '学习党史' }],
    ['no topic', { topic: null }],
    ['a person', { personId: 'p1' }],
  ])('differs for %s', (_label, change) => {
    expect(identityKey({ ...meeting, ...change })).not.toBe(identityKey(meeting));
  });

  it('takes a missing topic and an empty one as the same', () => {
    expect(identityKey({ ...meeting, topic: null })).toBe(identityKey({ ...meeting, topic: ' ' }));
  });
});

describe('separateDuplicates', () => {
  const book = (row: number, personId: string, topic: string | null) => ({ row, ownerNodeId: 'office', personId, occurredOn: '2025-02-01', kinds: ['monthly_book'], topic });

  it('skips a row already in the ledger and a row repeating an earlier one of the file, naming the columns and the earlier row', () => {
    const rows = [{ ...meeting, row: 2 }, book(3, 'p1', null), book(4, 'p2', null), { ...meeting, row: 5, topic: '学习党史' }, book(6, 'p1', null), { ...meeting, row: 7, kinds: ['party_lecture', 'theme_day'] }];
    const { fresh, duplicates } = separateDuplicates(rows, [meeting]);
    expect(fresh.map((r) => r.row)).toEqual([3, 4, 5]);
    expect(duplicates).toEqual([
      { row: 2, field: '日期、活动类型、所属组织、主题', value: '2025-03-01 学习党章 ABC', message: '与已有台账记录重复（2025-03-01 学习党章 ABC），已跳过' },
      { row: 6, field: '日期、活动类型、本人、主题', value: '2025-02-01 月读一书', message: '与第3行重复（2025-02-01 月读一书），已跳过' },
      { row: 7, field: '日期、活动类型、所属组织、主题', value: '2025-03-01 学习党章 ABC', message: '与已有台账记录重复（2025-03-01 学习党章 ABC），已跳过' },
    ]);
  });

  it('keeps everything when nothing repeats', () => {
    const rows = [book(2, 'p1', '红岩'), book(3, 'p1', '平凡的世界')];
    expect(separateDuplicates(rows, [])).toEqual({ fresh: rows, duplicates: [] });
  });
});
