/**
 * Writes docs/burden.md from the catalogue: per activity kind, the fields and steps a record asks
 * for (the burden rule of domain.md §3). `npm run docs:burden`; a test fails when it is stale.
 */
import fs from 'node:fs';
import path from 'node:path';
import { burdenMarkdown } from '@mofan/shared';

export const BURDEN_DOC = path.resolve(import.meta.dirname, '../docs/burden.md');

if (process.argv[1] && path.resolve(process.argv[1]) === path.resolve(import.meta.filename)) {
  fs.writeFileSync(BURDEN_DOC, burdenMarkdown());
  console.log(`已写入 ${BURDEN_DOC}`);
}
