import type { AuditListQuery } from '@mofan/shared';
import type { AppContext } from '../../context';
import type { DbOrTx } from '../../db/client';
import { requirePermission } from '../access/access.rules';
import type { Actor } from '../access/access.types';
import { type AuditEntryInput, findAuditEntries, insertAuditEntry } from './audit.repository';
import { presentAuditEntry } from './audit.presenter';

type ActorEntry = Omit<AuditEntryInput, 'userId' | 'username' | 'ip'>;

/** Records what an actor did. Call it inside the transaction of the change it describes. */
export async function auditAction(db: DbOrTx, actor: Pick<Actor, 'userId' | 'username' | 'ip'>, entry: ActorEntry): Promise<void> {
  await insertAuditEntry(db, { userId: actor.userId, username: actor.username, ip: actor.ip, ...entry });
}

export { insertAuditEntry };

/** Shanghai midnight of a business date, as an instant. */
function startOfShanghaiDay(date: string): Date {
  return new Date(`${date}T00:00:00+08:00`);
}

export async function listAuditEntries(ctx: AppContext, actor: Actor, query: AuditListQuery) {
  // Entries without an org path (logins, system actions) are only for system-wide auditors.
  const scope = requirePermission(actor, 'audit.read');
  const to = query.to ? new Date(startOfShanghaiDay(query.to).getTime() + 86_400_000) : undefined;
  const { rows, total } = await findAuditEntries(
    ctx.db,
    scope,
    {
      username: query.username,
      action: query.action,
      result: query.result,
      fromInstant: query.from ? startOfShanghaiDay(query.from) : undefined,
      toInstant: to,
    },
    query.page,
    query.pageSize,
  );
  return { items: rows.map(presentAuditEntry), total, page: query.page, pageSize: query.pageSize };
}
