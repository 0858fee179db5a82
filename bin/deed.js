#!/usr/bin/env node
// The `deed` executable: runs the compiled CLI from dist/ (built by `npm install` through the
// `prepare` script, or by `npm run build`). Kept as plain JavaScript so start-up pays for no
// TypeScript compilation.
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const entry = new URL('../dist/cli/main.js', import.meta.url);
if (!existsSync(fileURLToPath(entry))) {
  process.stderr.write('deed: the CLI is not built yet. Run `npm install` (or `npm run build`) in the Deed folder first.\n');
  process.exit(1);
}
const { main } = await import(entry.href);
process.exitCode = await main(process.argv);
