import { describe, expect, it } from 'vitest';
import { type RepeatCandidate, problemRepeats, widespreadWindow } from './problem-repeats';

/** A problem at a unit with tags, found on a day; registered at noon that day unless told. */
function p(id: string, unitId: string, foundOn: string, tags: string[], acceptedOn: string | null = null, createdAt = `${foundOn}T04:00:00.000Z`): RepeatCandidate {
  return { id, unitId, tags, foundOn, createdAt, acceptedOn };
}

const subject = p('new', 'A', '2026-03-02', ['six.san', 'fourwinds.formalism']);

describe('repeatAtUnit: the same tag at the same unit again within 365 days', () => {
  it.each<[string, RepeatCandidate[], string[]]>([
    ['no earlier problem', [], []],
    ['the same tag at the unit 30 days before', [p('e1', 'A', '2026-01-31', ['six.san'])], ['e1']],
    ['exactly 365 days before', [p('e1', 'A', '2025-03-02', ['six.san'])], ['e1']],
    ['366 days before: too long ago', [p('e1', 'A', '2025-03-01', ['six.san'])], []],
    ['another tag at the unit', [p('e1', 'A', '2026-02-01', ['six.man'])], []],
    ['the same tag at another unit', [p('e1', 'B', '2026-02-01', ['six.san'])], []],
    ['the same tag at the unit later', [p('e1', 'A', '2026-03-10', ['six.san'])], []],
    ['the same day, registered before', [p('e1', 'A', '2026-03-02', ['six.san'], null, '2026-03-02T01:00:00.000Z')], ['e1']],
    ['the same day, registered after', [p('e1', 'A', '2026-03-02', ['six.san'], null, '2026-03-02T08:00:00.000Z')], []],
    ['the problem itself', [subject], []],
    ['two earlier ones, newest first', [p('e1', 'A', '2025-06-01', ['six.san']), p('e2', 'A', '2026-01-05', ['fourwinds.formalism', 'six.san'])], ['e2', 'e1']],
  ])('%s', (_why, others, expected) => {
    expect(problemRepeats(subject, others).repeatAtUnit.map((e) => e.id)).toEqual(expected);
  });

  it('names the tags shared with the earlier problem, in the order of this one', () => {
    const [earlier] = problemRepeats(subject, [p('e1', 'A', '2026-01-05', ['style.work', 'fourwinds.formalism', 'six.san'])]).repeatAtUnit;
    expect(earlier).toEqual({ id: 'e1', foundOn: '2026-01-05', tags: ['six.san', 'fourwinds.formalism'], acceptedOn: null });
  });
});

describe('widespread (普遍发生): the same tag at 3 or more units within 90 days including this one', () => {
  it.each<[string, RepeatCandidate[], { tag: string; unitCount: number }[]]>([
    ['alone', [], []],
    ['two other units within the span', [p('b', 'B', '2026-01-10', ['six.san']), p('c', 'C', '2026-02-20', ['six.san'])], [{ tag: 'six.san', unitCount: 3 }]],
    ['89 days apart: one span of 90 days holds all three', [p('b', 'B', '2025-12-03', ['six.san']), p('c', 'C', '2026-01-01', ['six.san'])], [{ tag: 'six.san', unitCount: 3 }]],
    ['90 days apart: no span of 90 days holds both ends', [p('b', 'B', '2025-12-02', ['six.san']), p('c', 'C', '2026-01-01', ['six.san'])], []],
    ['later problems count too', [p('b', 'B', '2026-03-20', ['six.san']), p('c', 'C', '2026-05-01', ['six.san'])], [{ tag: 'six.san', unitCount: 3 }]],
    ['the same unit twice is one unit', [p('a2', 'A', '2026-02-01', ['six.san']), p('b', 'B', '2026-02-02', ['six.san'])], []],
    ['units before and after that no one span joins', [p('b', 'B', '2025-12-10', ['six.san']), p('c', 'C', '2026-05-20', ['six.san'])], []],
    ['three other units: four', [p('b', 'B', '2026-02-01', ['fourwinds.formalism']), p('c', 'C', '2026-02-02', ['fourwinds.formalism']), p('d', 'D', '2026-02-03', ['fourwinds.formalism'])], [{ tag: 'fourwinds.formalism', unitCount: 4 }]],
    ['another tag elsewhere', [p('b', 'B', '2026-02-01', ['six.man']), p('c', 'C', '2026-02-02', ['six.man'])], []],
  ])('%s', (_why, others, expected) => {
    expect(problemRepeats(subject, others).widespread).toEqual(expected);
  });

  it('asks the query for the 89 days on either side', () => {
    expect(widespreadWindow('2026-03-02')).toEqual({ from: '2025-12-03', to: '2026-05-30' });
  });
});

describe('recurredAfterRectification (反复出现): an earlier same-tag problem at the unit whose 整改 was accepted', () => {
  it.each<[string, RepeatCandidate[], string[]]>([
    ['accepted before this one was found', [p('e1', 'A', '2025-10-01', ['six.san'], '2025-12-01')], ['e1']],
    ['accepted on the day it was found', [p('e1', 'A', '2025-10-01', ['six.san'], '2026-03-02')], ['e1']],
    ['accepted after: it had not reappeared yet', [p('e1', 'A', '2025-10-01', ['six.san'], '2026-03-05')], []],
    ['not accepted', [p('e1', 'A', '2025-10-01', ['six.san'])], []],
    ['more than a year ago still counts', [p('e1', 'A', '2024-01-10', ['six.san'], '2024-03-01')], ['e1']],
    ['accepted at another unit', [p('e1', 'B', '2025-10-01', ['six.san'], '2025-12-01')], []],
    ['accepted with another tag', [p('e1', 'A', '2025-10-01', ['six.luan'], '2025-12-01')], []],
  ])('%s', (_why, others, expected) => {
    expect(problemRepeats(subject, others).recurredAfterRectification.map((e) => e.id)).toEqual(expected);
  });

  it('is also a repeat at the unit when within a year, not when older', () => {
    const r = problemRepeats(subject, [p('old', 'A', '2024-01-10', ['six.san'], '2024-03-01'), p('recent', 'A', '2025-10-01', ['six.san'], '2025-12-01')]);
    expect(r.repeatAtUnit.map((e) => e.id)).toEqual(['recent']);
    expect(r.recurredAfterRectification.map((e) => e.id)).toEqual(['recent', 'old']);
  });
});
