// Builds dist/ once before the suite, so CLI tests run the same compiled `deed` that users run.
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

export default function setup(): void {
  // For quick runs of suites that never start the CLI (DEED_SKIP_BUILD=1 npx vitest run test/x).
  if (process.env['DEED_SKIP_BUILD'] === '1') return;
  const root = fileURLToPath(new URL('..', import.meta.url));
  execFileSync(process.execPath, [fileURLToPath(new URL('../node_modules/typescript/bin/tsc', import.meta.url)), '-p', 'tsconfig.build.json'], {
    cwd: root,
    stdio: 'inherit',
  });
}
