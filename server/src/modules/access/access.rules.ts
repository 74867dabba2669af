import type { Permission, PostRole } from '@mofan/shared';
import { forbidden } from '../../errors';
import type { Actor, Scope } from './access.types';

/** Built-in roles. Their permission lists are re-applied at every start. */
export const BUILTIN_ROLES: { code: string; name: string; description: string; permissions: Permission[] }[] = [
  {
    code: 'system_admin',
    name: '系统管理员',
    description: '全部权限，通常授予全局范围',
    permissions: ['org.read', 'org.write', 'people.read', 'people.write', 'people.import', 'people.export', 'users.read', 'users.write', 'roles.write', 'audit.read', 'records.read', 'records.write', 'catalogue.write', 'calendar.write', 'tasks.read', 'tasks.write', 'directives.read', 'directives.handle', 'directives.supervise', 'office.write', 'inspections.read', 'inspections.write', 'rectifications.handle', 'leave.approve', 'requests.handle', 'integrity.write'],
  },
  {
    code: 'committee_admin',
    name: '工委管理员',
    description: '机关工委：维护所辖组织、人员和账号，督查督办所辖单位',
    permissions: ['org.read', 'org.write', 'people.read', 'people.write', 'people.import', 'people.export', 'users.read', 'users.write', 'records.read', 'records.write', 'catalogue.write', 'tasks.read', 'tasks.write', 'directives.read', 'directives.handle', 'directives.supervise', 'office.write', 'inspections.read', 'inspections.write', 'rectifications.handle', 'leave.approve', 'requests.handle', 'integrity.write'],
  },
  {
    code: 'unit_admin',
    name: '单位管理员',
    description: '单位党务/人事干部：维护本单位组织、花名册、账号、台账和任务清单，督办本单位科室',
    permissions: ['org.read', 'org.write', 'people.read', 'people.write', 'people.import', 'people.export', 'users.read', 'users.write', 'records.read', 'records.write', 'catalogue.write', 'tasks.read', 'tasks.write', 'directives.read', 'directives.handle', 'directives.supervise', 'office.write', 'inspections.read', 'inspections.write', 'rectifications.handle', 'leave.approve', 'requests.handle', 'integrity.write'],
  },
  {
    code: 'leader',
    name: '领导',
    description: '一把手、班子成员、科室负责人：查看所辖范围，维护所辖任务清单，承办督办件',
    permissions: ['org.read', 'people.read', 'people.export', 'records.read', 'tasks.read', 'tasks.write', 'directives.read', 'directives.handle', 'inspections.read', 'rectifications.handle', 'leave.approve', 'requests.handle'],
  },
  {
    code: 'branch_secretary',
    name: '支部书记',
    description: '支部书记与支部委员：查看本支部，登记本支部台账',
    permissions: ['org.read', 'people.read', 'records.read', 'records.write'],
  },
  {
    code: 'supervisor',
    name: '督查督办员',
    description: '督查室、督办科：立项、交办、审核、销号、催办所辖范围的督办件，查看任务清单',
    permissions: ['org.read', 'tasks.read', 'directives.read', 'directives.supervise', 'inspections.read', 'inspections.write'],
  },
  {
    code: 'auditor',
    name: '安全审计员',
    description: '查看审计日志',
    permissions: ['audit.read'],
  },
];

/**
 * Posts give their holder a role over a subtree without anyone granting it: a 一把手 or 班子成员
 * sees the unit, a 科室负责人 the 科室, a 支部书记 or 委员 the branch. Ending the post ends the reach.
 */
export const POST_DERIVED_ROLE: Partial<Record<PostRole, { roleCode: string; scope: 'unit' | 'node' }>> = {
  top_leader: { roleCode: 'leader', scope: 'unit' },
  leadership_member: { roleCode: 'leader', scope: 'unit' },
  department_head: { roleCode: 'leader', scope: 'node' },
  branch_secretary: { roleCode: 'branch_secretary', scope: 'node' },
  branch_committee_member: { roleCode: 'branch_secretary', scope: 'node' },
  discipline_member: { roleCode: 'branch_secretary', scope: 'node' },
};

export function scopeOf(actor: Actor, permission: Permission): Scope {
  const paths: string[] = [];
  for (const g of actor.grants) {
    if (!g.permissions.has(permission)) continue;
    if (g.scopePath === null) return { all: true };
    paths.push(g.scopePath);
  }
  return { all: false, paths: [...new Set(paths)] };
}

export function scopeCovers(scope: Scope, path: string): boolean {
  return scope.all || scope.paths.some((p) => path.startsWith(p));
}

export function hasPermissionSomewhere(actor: Actor, permission: Permission): boolean {
  return actor.grants.some((g) => g.permissions.has(permission));
}

/** Throws 403 unless the actor holds the permission over the node at `path`. */
export function requirePermissionAt(actor: Actor, permission: Permission, paths: string | readonly string[]): void {
  const scope = scopeOf(actor, permission);
  const list = typeof paths === 'string' ? [paths] : paths;
  if (!list.some((p) => scopeCovers(scope, p))) throw forbidden();
}

/** Throws 403 unless the actor holds the permission over some subtree (for lists and forms). */
export function requirePermission(actor: Actor, permission: Permission): Scope {
  const scope = scopeOf(actor, permission);
  if (!scope.all && scope.paths.length === 0) throw forbidden('没有该操作的权限');
  return scope;
}

/** Throws 403 unless the actor holds the permission system-wide. */
export function requireGlobalPermission(actor: Actor, permission: Permission): void {
  if (!scopeOf(actor, permission).all) throw forbidden('该操作需要全局权限');
}
