// Golden transactional scripts: every test/scripts/*.move runs on a fresh in-memory chain and its
// output must equal the .exp file next to it (x.move -> x.exp), as `deed script x.move --check`
// would say. `UPDATE_GOLDEN=1` rewrites the .exp files from the current output. The output must
// not depend on the run either: each script runs twice and both outputs must agree.

import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { runScript } from '../../cli/scripting/index.js';

const update = process.env['UPDATE_GOLDEN'] === '1';
const dir = 'test/scripts';
const scripts = readdirSync(dir)
  .filter((f) => f.endsWith('.move'))
  .sort();

describe('transactional scripts', () => {
  it('has scripts covering every command', () => {
    const all = scripts.map((s) => readFileSync(`${dir}/${s}`, 'utf8')).join('\n');
    for (const c of ['init', 'publish', 'run', 'programmable', 'view-object', 'next-epoch']) expect(all).toContain(`//# ${c}`);
    for (const c of ['SplitCoins', 'MergeCoins', 'TransferObjects', 'MakeMoveVec', '::']) expect(all).toMatch(new RegExp(`//> .*${c.replace(/[()]/g, '\\$&')}`));
  });

  for (const name of scripts) {
    it(name, () => {
      const text = readFileSync(`${dir}/${name}`, 'utf8');
      const first = runScript(text, name);
      expect(runScript(text, name).output, `${name}: two runs disagree`).toBe(first.output);
      const exp = `${dir}/${name.replace(/\.move$/, '.exp')}`;
      if (update) {
        writeFileSync(exp, first.output);
        return;
      }
      expect(existsSync(exp), `${exp} is missing (run UPDATE_GOLDEN=1 npx vitest run test/scripts to create it)`).toBe(true);
      expect(first.output, `${name}: output differs from ${exp} (run UPDATE_GOLDEN=1 npm test to accept)`).toBe(readFileSync(exp, 'utf8'));
    });
  }
});
