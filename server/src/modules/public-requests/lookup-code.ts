import crypto from 'node:crypto';
import { LOOKUP_CODE_ALPHABET, LOOKUP_CODE_LENGTH, normalizeLookupCode } from '@mofan/shared';

const WELL_FORMED = new RegExp(`^[${LOOKUP_CODE_ALPHABET}]{${LOOKUP_CODE_LENGTH}}$`);

/**
 * A fresh lookup code: every character drawn with crypto.randomInt (no modulo bias), so that
 * 31^10 ≈ 8·10^14 codes are equally likely and guessing one is hopeless at the lookup rate limit.
 */
export function generateLookupCode(): string {
  let code = '';
  for (let i = 0; i < LOOKUP_CODE_LENGTH; i += 1) code += LOOKUP_CODE_ALPHABET[crypto.randomInt(LOOKUP_CODE_ALPHABET.length)];
  return code;
}

/** The code as typed, normalised, or null when it cannot be a code at all. */
export function lookupCodeOf(raw: string): string | null {
  const code = normalizeLookupCode(raw);
  return WELL_FORMED.test(code) ? code : null;
}

/**
 * The stored code and the one asked for are the same, compared in constant time: the database
 * found the row by an exact index match, this guards against any looser match on the way.
 */
export function sameLookupCode(stored: string, asked: string): boolean {
  const a = Buffer.from(stored);
  const b = Buffer.from(asked);
  return a.length === b.length && crypto.timingSafeEqual(a, b);
}
