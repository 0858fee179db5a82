// Golden tests for the front end: every test/golden/parser/*.move either parses cleanly (no
// .exp file) or renders exactly the diagnostics in its .exp file.
// `UPDATE_GOLDEN=1 npm test` rewrites the .exp files from the current output.

import { existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { renderDiagnostics } from '../../compiler/diagnostics/render.js';
import { SourceFile, SourceMap } from '../../compiler/diagnostics/source.js';
import { parseFile } from '../../compiler/parser/index.js';

const dir = 'test/golden/parser';
const update = process.env['UPDATE_GOLDEN'] === '1';
const cases = readdirSync(dir).filter((f) => f.endsWith('.move')).sort();

function render(name: string): string {
  const file = new SourceFile(`${dir}/${name}`, readFileSync(`${dir}/${name}`, 'utf8'));
  const sources = new SourceMap();
  sources.add(file);
  const { diagnostics } = parseFile(file);
  return diagnostics.length === 0 ? '' : renderDiagnostics(diagnostics, sources, { color: false });
}

describe('parser golden files', () => {
  it('has the corpus the issue asks for', () => {
    const invalid = cases.filter((c) => existsSync(`${dir}/${c.replace(/\.move$/, '.exp')}`));
    expect(cases.length - invalid.length).toBeGreaterThanOrEqual(40);
    expect(invalid.length).toBeGreaterThanOrEqual(25);
  });

  for (const name of cases) {
    it(name, () => {
      const expPath = `${dir}/${name.replace(/\.move$/, '.exp')}`;
      const actual = render(name);
      if (update) {
        if (actual) writeFileSync(expPath, actual);
        else if (existsSync(expPath)) rmSync(expPath);
        return;
      }
      const expected = existsSync(expPath) ? readFileSync(expPath, 'utf8') : '';
      expect(actual, `${name}: output differs from ${expected ? expPath : 'a clean parse'} (run UPDATE_GOLDEN=1 npm test to accept)`).toBe(expected);
    });
  }
});
