/**
 * 居民身份证号码 (GB 11643-1999): 17 digits + a check character computed by ISO 7064 MOD 11-2.
 * Returns the problem in Chinese, or the facts the number encodes.
 */
const WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
const CHECK_CHARS = '10X98765432';

export type IdCardCheck =
  | { ok: true; birthDate: string; gender: 'male' | 'female' }
  | { ok: false; reason: string };

export function computeIdCardCheckChar(first17: string): string {
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += Number(first17[i]) * (WEIGHTS[i] ?? 0);
  return CHECK_CHARS[sum % 11] ?? '';
}

export function checkIdCard(value: string): IdCardCheck {
  const id = value.trim().toUpperCase();
  if (!/^\d{17}[\dX]$/.test(id)) return { ok: false, reason: '身份证号应为18位（最后一位可为X）' };
  const y = Number(id.slice(6, 10));
  const m = Number(id.slice(10, 12));
  const d = Number(id.slice(12, 14));
  const date = new Date(Date.UTC(y, m - 1, d));
  if (y < 1900 || date.getUTCFullYear() !== y || date.getUTCMonth() !== m - 1 || date.getUTCDate() !== d) {
    return { ok: false, reason: '身份证号中的出生日期无效' };
  }
  if (computeIdCardCheckChar(id.slice(0, 17)) !== id[17]) return { ok: false, reason: '身份证号校验位错误' };
  const birthDate = `${id.slice(6, 10)}-${id.slice(10, 12)}-${id.slice(12, 14)}`;
  return { ok: true, birthDate, gender: Number(id[16]) % 2 === 1 ? 'male' : 'female' };
}

/** Shows only the region and the last four characters, for lists and exports to people without write rights. */
export function maskIdCard(id: string): string {
  return id.length === 18 ? `${id.slice(0, 6)}********${id.slice(14)}` : id;
}
