import { forbidden } from '../../errors';
import { scopeCovers, scopeOf } from '../access/access.rules';
import type { Actor, Scope } from '../access/access.types';

/**
 * 廉政风险点 and 三重一大 are kept by those with integrity.write over the unit and read by them
 * and by 督查 staff (inspections.read).
 */
export function integrityReadScope(actor: Actor): Scope {
  const write = scopeOf(actor, 'integrity.write');
  const inspect = scopeOf(actor, 'inspections.read');
  if (write.all || inspect.all) return { all: true };
  return { all: false, paths: [...new Set([...write.paths, ...inspect.paths])] };
}

/** 403 unless the actor reads integrity records somewhere (for lists). */
export function requireIntegrityReader(actor: Actor): Scope {
  const scope = integrityReadScope(actor);
  if (!scope.all && scope.paths.length === 0) throw forbidden('没有该操作的权限');
  return scope;
}

/** 403 unless the actor reads integrity records over the node at `path`. */
export function requireIntegrityReadAt(actor: Actor, path: string): void {
  if (!scopeCovers(integrityReadScope(actor), path)) throw forbidden();
}
