import { describe, expect, it } from 'vitest';
import { LOOKUP_CODE_ALPHABET, formatLookupCode } from '@mofan/shared';
import { generateLookupCode, lookupCodeOf, sameLookupCode } from './lookup-code';

describe('lookup codes', () => {
  it('are 10 characters of the unambiguous alphabet, and differ', () => {
    const codes = Array.from({ length: 2000 }, generateLookupCode);
    for (const code of codes) expect(code).toMatch(/^[23456789ABCDEFGHJKMNPQRSTUVWXYZ]{10}$/);
    expect(new Set(codes).size).toBe(codes.length);
    // Every character of the alphabet turns up: the draw covers all of it.
    expect(new Set(codes.join('')).size).toBe(LOOKUP_CODE_ALPHABET.length);
  });

  it.each([
    ['as printed', 'ABCDE-FGH23', 'ABCDEFGH23'],
    ['in lower case with spaces', ' abcde fgh23 ', 'ABCDEFGH23'],
    ['too short', 'ABCDEFGH2', null],
    ['too long', 'ABCDEFGH234', null],
    ['with a look-alike the alphabet leaves out (O)', 'ABCDEFGHO2', null],
    ['with a look-alike the alphabet leaves out (1)', 'ABCDEFGH12', null],
    ['with punctuation', 'ABCDE/FGH23', null],
  ])('read %s', (_name, typed, expected) => {
    expect(lookupCodeOf(typed)).toBe(expected);
  });

  it('compare exactly', () => {
    expect(sameLookupCode('ABCDEFGH23', 'ABCDEFGH23')).toBe(true);
    expect(sameLookupCode('ABCDEFGH23', 'ABCDEFGH24')).toBe(false);
    expect(sameLookupCode('ABCDEFGH23', 'ABCDEFGH2')).toBe(false);
  });

  it('print in two groups of five', () => {
    expect(formatLookupCode('ABCDEFGH23')).toBe('ABCDE-FGH23');
  });
});
