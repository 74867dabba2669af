import { and, eq } from 'drizzle-orm';
import { auditLog } from '../src/db/schema/index';
import { type NodeRef, type UnitFixture, createUnit, createUser } from './factories';
import { type Session, type TestApp, login } from './test-app';

/** A page of a list endpoint, as tests read it. */
export interface Page<T> {
  items: T[];
  total: number;
  page: number;
  pageSize: number;
}

/** Two units A and B of one city (new, or the one given), each with its unit_admin signed in. */
export interface TwoUnits {
  a: UnitFixture;
  b: UnitFixture;
  adminA: Session;
  adminB: Session;
}

export async function createTwoUnits(t: TestApp, city?: NodeRef): Promise<TwoUnits> {
  const a = await createUnit(t, city);
  const b = await createUnit(t, a.city);
  const userA = await createUser(t, [{ role: 'unit_admin', scope: a.unit }]);
  const userB = await createUser(t, [{ role: 'unit_admin', scope: b.unit }]);
  return { a, b, adminA: await login(t, userA.username, userA.password), adminB: await login(t, userB.username, userB.password) };
}

/** The audit entries of one action on one object. */
export async function auditEntriesOf(t: TestApp, action: string, objectId: string) {
  return t.ctx.db
    .select()
    .from(auditLog)
    .where(and(eq(auditLog.action, action), eq(auditLog.objectId, objectId)));
}
