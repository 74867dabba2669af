import type { FieldError } from '../../errors';

/**
 * 末位表态: in a 三重一大 collective decision exactly one participant is the principal (一把手),
 * and the principal states their view last, after everyone else. Views are given in the order
 * spoken; each error names `views.<i>.principal` of the view at fault.
 */
export function lastWordErrors(views: readonly { principal: boolean }[]): FieldError[] {
  if (views.length === 0) return [];
  const principals = views.flatMap((v, i) => (v.principal ? [i] : []));
  const field = (i: number) => `views.${i}.principal`;
  if (principals.length === 0) return [{ field: field(views.length - 1), message: '须标明主要负责人（一把手），并由其最后表态（末位表态）' }];
  const errors: FieldError[] = principals.slice(0, -1).map((i) => ({ field: field(i), message: '只能有一名主要负责人（一把手）' }));
  const last = principals[principals.length - 1]!;
  if (last !== views.length - 1) errors.push({ field: field(last), message: '主要负责人（一把手）应最后表态（末位表态）' });
  return errors;
}
