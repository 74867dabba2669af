import { describe, expect, it } from 'vitest';
import { checkIdCard, computeIdCardCheckChar, maskIdCard } from './id-card';

/** Builds a number with a correct check character from its first 17 digits. */
function withCheck(first17: string): string {
  return first17 + computeIdCardCheckChar(first17);
}

describe('computeIdCardCheckChar', () => {
  it.each([
    // The worked example of GB 11643-1999 and a number whose check character is X.
    ['11010519491231002', 'X'],
    ['44052418800101001', '4'],
    ['36010219900101123', 'X'],
    ['36010219900101124', '8'],
  ])('%s → %s', (first17, check) => {
    expect(computeIdCardCheckChar(first17)).toBe(check);
  });
});

describe('checkIdCard', () => {
  it.each([
    ['11010519491231002X', '1949-12-31', 'female'],
    [withCheck('44052419000101001'), '1900-01-01', 'male'],
    ['36010219900101123X', '1990-01-01', 'male'],
    ['360102199001011248', '1990-01-01', 'female'],
    [withCheck('36010220000229002'), '2000-02-29', 'female'],
  ] as const)('accepts %s (born %s, %s)', (id, birthDate, gender) => {
    expect(checkIdCard(id)).toEqual({ ok: true, birthDate, gender });
  });

  it('accepts a lowercase x as the check character', () => {
    expect(checkIdCard('11010519491231002x')).toEqual({ ok: true, birthDate: '1949-12-31', gender: 'female' });
  });

  it('ignores surrounding spaces', () => {
    expect(checkIdCard(' 360102199001011248 ')).toMatchObject({ ok: true });
  });

  it.each([
    ['0', '010'],
    ['1', '011'],
    ['2', '012'],
    ['3', '013'],
    ['4', '014'],
    ['5', '015'],
    ['6', '016'],
    ['7', '017'],
    ['8', '018'],
    ['9', '019'],
  ])('reads the gender from the 17th digit %s (odd = male)', (digit, seq) => {
    const id = withCheck(`36010219900101${seq.slice(0, 2)}${digit}`);
    expect(checkIdCard(id)).toMatchObject({ ok: true, gender: Number(digit) % 2 === 1 ? 'male' : 'female' });
  });

  it.each([
    ['360102199001011249', '身份证号校验位错误'],
    ['360102199001011230', '身份证号校验位错误'],
    ['36010219900101124X', '身份证号校验位错误'],
    ['11010519491231002Y', '身份证号应为18位（最后一位可为X）'],
  ])('rejects a wrong check character: %s', (id, reason) => {
    expect(checkIdCard(id)).toEqual({ ok: false, reason });
  });

  it.each([
    ['19900230', 'February 30'],
    ['19900229', '1990 is not a leap year'],
    ['19001301', 'month 13'],
    ['19900100', 'day 0'],
    ['19900001', 'month 0'],
    ['19900431', 'April 31'],
    ['18991231', 'before 1900'],
  ])('rejects the birth date %s (%s) even with a correct check character', (birth) => {
    expect(checkIdCard(withCheck(`360102${birth}123`))).toEqual({ ok: false, reason: '身份证号中的出生日期无效' });
  });

  it.each([
    ['', 'empty'],
    ['36010219900101123', '17 characters'],
    ['3601021990010112300', '19 characters'],
    ['360102900101123', 'the old 15-digit number'],
    ['3601021990010112X0', 'X not at the end'],
    ['３６０１０２１９９００１０１１２３０', 'full-width digits (normalised before, not here)'],
    ['360102-19900101123', 'a separator'],
  ])('rejects %j (%s) as malformed', (id) => {
    expect(checkIdCard(id)).toEqual({ ok: false, reason: '身份证号应为18位（最后一位可为X）' });
  });
});

describe('maskIdCard', () => {
  it('keeps the region and the last four characters', () => {
    expect(maskIdCard('11010519491231002X')).toBe('110105********002X');
    expect(maskIdCard('360102199001011248')).toBe('360102********1248');
  });

  it('never reveals the birth date', () => {
    expect(maskIdCard('360102199001011248')).not.toContain('19900101');
  });

  it('leaves a value that is not 18 characters as it is', () => {
    expect(maskIdCard('12345')).toBe('12345');
    expect(maskIdCard('')).toBe('');
  });
});
