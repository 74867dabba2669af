/**
 * A requester's contact as readers without requests.handle see it: a phone number keeps its
 * first three and last four digits (138****5678), anything else its first and last character.
 */
export function maskContact(contact: string): string {
  const chars = [...contact];
  if (chars.length >= 11) return `${chars.slice(0, 3).join('')}****${chars.slice(-4).join('')}`;
  if (chars.length >= 3) return `${chars[0]}${'*'.repeat(chars.length - 2)}${chars[chars.length - 1]}`;
  return '*'.repeat(chars.length);
}
