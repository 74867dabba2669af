import fs from 'node:fs';
import path from 'node:path';
import { burdenMarkdown, burdenTable } from '@mofan/shared';
import { describe, expect, it } from 'vitest';

const DOC = path.resolve(import.meta.dirname, '../../../../docs/burden.md');

describe('docs/burden.md', () => {
  it('is generated from the catalogue as it is now (run `npm run docs:burden` after changing it)', () => {
    expect(fs.readFileSync(DOC, 'utf8')).toBe(burdenMarkdown());
  });

  it('never makes a photo a condition of a record', () => {
    expect(burdenTable().every((row) => !row.photoRequired)).toBe(true);
  });
});
