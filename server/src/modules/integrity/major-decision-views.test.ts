import { describe, expect, it } from 'vitest';
import { lastWordErrors } from './major-decision-views';

const P = { principal: true };
const o = { principal: false };

describe('末位表态: exactly one principal, who speaks last', () => {
  it.each([
    ['the principal speaks last', [o, o, P], []],
    ['two participants, the principal second', [o, P], []],
    ['no principal: the last speaker is named', [o, o, o], [['views.2.principal', '须标明主要负责人（一把手），并由其最后表态（末位表态）']]],
    ['the principal speaks first', [P, o, o], [['views.0.principal', '主要负责人（一把手）应最后表态（末位表态）']]],
    ['the principal speaks in the middle', [o, P, o], [['views.1.principal', '主要负责人（一把手）应最后表态（末位表态）']]],
    ['two principals, one last', [o, P, P], [['views.1.principal', '只能有一名主要负责人（一把手）']]],
    [
      'two principals, neither last',
      [P, o, P, o],
      [
        ['views.0.principal', '只能有一名主要负责人（一把手）'],
        ['views.2.principal', '主要负责人（一把手）应最后表态（末位表态）'],
      ],
    ],
    [
      'everyone marked principal',
      [P, P, P],
      [
        ['views.0.principal', '只能有一名主要负责人（一把手）'],
        ['views.1.principal', '只能有一名主要负责人（一把手）'],
      ],
    ],
    ['no views at all (the schema asks for two)', [], []],
  ])('%s', (_name, views, expected) => {
    expect(lastWordErrors(views).map((e) => [e.field, e.message])).toEqual(expected);
  });
});
