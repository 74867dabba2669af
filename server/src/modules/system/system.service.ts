import type { SystemInfo } from '@mofan/shared';
import type { AppContext } from '../../context';
import type { DbOrTx } from '../../db/client';
import { readSetting, writeSetting } from './system.repository';

const DEMO_KEY = 'demo';

export async function isDemoInstance(db: DbOrTx): Promise<boolean> {
  return (await readSetting(db, DEMO_KEY)) === true;
}

export async function markDemoInstance(db: DbOrTx): Promise<void> {
  await writeSetting(db, DEMO_KEY, true);
}

export async function describeSystem(ctx: AppContext): Promise<SystemInfo> {
  return { name: '模范机关建设平台', demo: await isDemoInstance(ctx.db), passwordPolicy: ctx.config.passwordPolicy };
}
