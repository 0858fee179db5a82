// Test helper: runs the built `deed` CLI against one store folder in a fresh temporary directory,
// as a user would, in text or `--json` form.

import { spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export function chainCli(prefix: string) {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  const store = join(dir, 'store');
  const deed = (...args: string[]) => {
    const r = spawnSync(process.execPath, [join(process.cwd(), 'bin/deed.js'), ...args, '--store', store], { cwd: dir, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
    return { code: r.status, stdout: r.stdout, stderr: r.stderr };
  };
  const json = (...args: string[]) => {
    const r = deed(...args, '--json');
    return { code: r.code, out: JSON.parse(r.stdout) as Record<string, any>, stderr: r.stderr };
  };
  return { dir, store, deed, json };
}
