import fs from 'node:fs';
import path from 'node:path';

const FILE = path.resolve(import.meta.dirname, '../docs/benchmarks.md');
const HEADER = '# Benchmarks\n\nWritten by `npm run bench`. Figures are ratios against a floor measured in the same run, with the absolute numbers and the machine.\n';

/** Replaces (or appends) one `## title` section of docs/benchmarks.md, keeping the others. */
export function writeBenchmarkSection(title: string, body: string): void {
  const current = fs.existsSync(FILE) ? fs.readFileSync(FILE, 'utf8') : HEADER;
  const sections = current.split(/^## /m);
  const head = sections.shift() ?? HEADER;
  const kept = sections.filter((s) => !s.startsWith(`${title}\n`));
  const stamp = `Measured ${new Date().toISOString().slice(0, 10)}.`;
  kept.push(`${title}\n\n${stamp}\n\n${body}\n\n`);
  fs.writeFileSync(FILE, `${head.trimEnd()}\n\n${kept.map((s) => `## ${s.trimEnd()}\n`).join('\n')}`);
}
