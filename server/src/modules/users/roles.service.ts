import type { CreateRoleRequest, Role, UpdateRoleRequest } from '@mofan/shared';
import type { AppContext } from '../../context';
import { AppError, notFound, versionConflict } from '../../errors';
import { requireGlobalPermission, requirePermission } from '../access/access.rules';
import type { Actor } from '../access/access.types';
import { auditAction } from '../audit/audit.service';
import { countGrantsOfRole, deleteRoleRow, findRoleByCode, findRoleById, findRoles, insertRole, updateRoleRow } from './users.repository';
import { presentRole } from './users.presenter';

export async function listRoles(ctx: AppContext, actor: Actor): Promise<Role[]> {
  requirePermission(actor, 'users.read');
  return (await findRoles(ctx.db)).map(presentRole);
}

export async function createRole(ctx: AppContext, actor: Actor, input: CreateRoleRequest): Promise<Role> {
  requireGlobalPermission(actor, 'roles.write');
  return ctx.db.transaction(async (tx) => {
    if (await findRoleByCode(tx, input.code)) throw new AppError('CONFLICT', '角色编码已存在', [{ field: 'code', message: '角色编码已存在' }]);
    const role = await insertRole(tx, { code: input.code, name: input.name, description: input.description ?? null, permissions: [...new Set(input.permissions)], builtin: false });
    await auditAction(tx, actor, { action: 'role.create', objectType: 'role', objectId: role.id, objectLabel: role.name, result: 'success', details: { permissions: role.permissions } });
    return presentRole(role);
  });
}

export async function updateRole(ctx: AppContext, actor: Actor, id: string, input: UpdateRoleRequest): Promise<Role> {
  requireGlobalPermission(actor, 'roles.write');
  return ctx.db.transaction(async (tx) => {
    const role = await findRoleById(tx, id);
    if (!role) throw notFound('角色');
    if (role.builtin) throw new AppError('CONFLICT', '内置角色不能修改');
    const updated = await updateRoleRow(
      tx,
      id,
      input.version,
      {
        ...(input.name === undefined ? {} : { name: input.name }),
        ...(input.description === undefined ? {} : { description: input.description }),
        ...(input.permissions === undefined ? {} : { permissions: [...new Set(input.permissions)] }),
      },
      ctx.now(),
    );
    if (!updated) throw versionConflict();
    await auditAction(tx, actor, { action: 'role.update', objectType: 'role', objectId: id, objectLabel: updated.name, result: 'success', details: { before: role.permissions, after: updated.permissions } });
    return presentRole(updated);
  });
}

export async function deleteRole(ctx: AppContext, actor: Actor, id: string): Promise<void> {
  requireGlobalPermission(actor, 'roles.write');
  await ctx.db.transaction(async (tx) => {
    const role = await findRoleById(tx, id);
    if (!role) throw notFound('角色');
    if (role.builtin) throw new AppError('CONFLICT', '内置角色不能删除');
    if ((await countGrantsOfRole(tx, id)) > 0) throw new AppError('CONFLICT', '该角色仍授予了账号，请先撤销授权');
    await deleteRoleRow(tx, id);
    await auditAction(tx, actor, { action: 'role.delete', objectType: 'role', objectId: id, objectLabel: role.name, result: 'success' });
  });
}
