import { type SQL, type SQLWrapper, sql } from 'drizzle-orm';
import type { Scope } from './access.types';

/** `column` lies in one of the scope's subtrees; paths go in as one bound text[] parameter. */
export function inScope(scope: Scope, column: SQLWrapper): SQL {
  if (scope.all) return sql`true`;
  if (scope.paths.length === 0) return sql`false`;
  const patterns = scope.paths.map((p) => `${p.replace(/[\\%_]/g, (c) => `\\${c}`)}%`);
  return sql`${column} like any(${sql.param(patterns)}::text[])`;
}
