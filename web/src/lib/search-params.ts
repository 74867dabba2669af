/** Readers for filters kept in the address bar, so a filtered list survives reload, back and sharing. */

export function readString(params: URLSearchParams, key: string): string | undefined {
  const value = params.get(key);
  return value === null || value === '' ? undefined : value;
}

export function readEnum<T extends string>(params: URLSearchParams, key: string, allowed: readonly T[]): T | undefined {
  const value = params.get(key);
  return allowed.find((a) => a === value);
}

export function readPositiveInt(params: URLSearchParams, key: string, fallback: number, max = 200): number {
  const value = Number(params.get(key));
  return Number.isInteger(value) && value >= 1 ? Math.min(value, max) : fallback;
}

/** A copy of `params` with `changes` applied; undefined, null and '' remove the key. */
export function withParams(
  params: URLSearchParams,
  changes: Record<string, string | number | null | undefined>,
): URLSearchParams {
  const next = new URLSearchParams(params);
  for (const [key, value] of Object.entries(changes)) {
    if (value === undefined || value === null || value === '') next.delete(key);
    else next.set(key, String(value));
  }
  return next;
}
