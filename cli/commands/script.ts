// `deed script FILE [--check | --update]`: runs a transactional script on a fresh in-memory
// chain. In: the script file (and FILE.exp for --check). Out: the output on stdout; with
// --check, exit 1 and a diff when the output differs from FILE.exp; with --update, FILE.exp
// rewritten. A script with errors in it (unknown names, bad options, compile errors) exits 1
// unless --check finds exactly that output expected.

import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { lineDiff, runScript } from '../scripting/index.js';

export interface ScriptOutcome {
  code: number;
  stdout: string;
  stderr: string;
}

export function scriptCommand(file: string, opts: { check?: boolean; update?: boolean }): ScriptOutcome {
  if (opts.check && opts.update) return { code: 2, stdout: '', stderr: 'deed: give --check or --update, not both\n' };
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (e) {
    return { code: 1, stdout: '', stderr: `deed: cannot read ${file}: ${(e as NodeJS.ErrnoException).code ?? String(e)}\n` };
  }
  // The base name only, so the output does not depend on where the script is run from.
  const result = runScript(text, path.basename(file));
  const exp = `${file}.exp`.replace(/\.move\.exp$/, '.exp');
  const errors = result.scriptErrors > 0 ? `deed: ${file}: ${result.scriptErrors} task${result.scriptErrors === 1 ? '' : 's'} could not run (see the Error lines)\n` : '';
  if (opts.update) {
    writeFileSync(exp, result.output);
    return { code: 0, stdout: `wrote ${exp}\n`, stderr: errors };
  }
  if (opts.check) {
    if (!existsSync(exp)) return { code: 1, stdout: '', stderr: `deed: no ${exp} to compare with (create it with --update)\n` };
    const diff = lineDiff(readFileSync(exp, 'utf8'), result.output, { expected: exp, actual: `${file} (actual output)` });
    if (diff === '') return { code: 0, stdout: `${file}: output matches ${exp}\n`, stderr: '' };
    return { code: 1, stdout: '', stderr: `deed: ${file}: the output differs from ${exp} (run with --update to accept it)\n${diff}` };
  }
  return { code: errors ? 1 : 0, stdout: result.output, stderr: errors };
}
