#!/usr/bin/env node
// The `mofan` command. Plain JavaScript so npm can link it as a bin; tsx compiles the TypeScript
// CLI on the fly with the server's tsconfig, as `npm start` does.
import { fileURLToPath } from 'node:url';
import { register } from 'tsx/esm/api';

process.env.TZ = 'Asia/Shanghai';
register({ tsconfig: fileURLToPath(new URL('../tsconfig.json', import.meta.url)) });
await import('../src/cli/main.ts');
