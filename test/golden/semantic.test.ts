// Golden tests of the semantic stages for the areas without a test file of their own, the
// corpus size the static-semantics issue asks for, and the sharing analysis's expectations
// written in test/golden/sharing/*.move as `// Expect: fun NAME -> fast|consensus|depends`.

import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { compileSources } from '../../compiler/index.js';
import { SourceFile } from '../../compiler/diagnostics/source.js';
import { countCases, goldenCases, goldenTests } from './golden.js';

const SEMANTIC_AREAS = ['names', 'types', 'abilities', 'linearity', 'references', 'objects', 'declarations', 'editions', 'unused', 'valid', 'sharing'];

describe('semantic golden corpus', () => {
  it('has at least 120 invalid and 40 valid programs', () => {
    let valid = 0;
    let invalid = 0;
    for (const area of SEMANTIC_AREAS) {
      const c = countCases(area);
      valid += c.valid;
      invalid += c.invalid;
    }
    expect(invalid).toBeGreaterThanOrEqual(120);
    expect(valid).toBeGreaterThanOrEqual(40);
  });
});

for (const area of ['abilities', 'references', 'editions', 'objects', 'unused', 'valid', 'sharing']) {
  describe(`${area} golden files`, () => goldenTests(area));
}

describe('sharing expectations', () => {
  for (const name of goldenCases('sharing')) {
    it(name, () => {
      const path = `test/golden/sharing/${name}`;
      const text = readFileSync(path, 'utf8');
      const addresses = new Map<string, bigint>([['std', 1n], ['sui', 2n], ['test', 0x42n]]);
      const r = compileSources([{ source: new SourceFile(path, text), package: { name: 'test', edition: '2024', addresses } }], { std: true, sui: true });
      const expectations = [...text.matchAll(/^\/\/ Expect: fun (?:\w+::)?(\w+) -> (\w+)/gm)];
      expect(expectations.length).toBeGreaterThan(0);
      for (const [, fn, cls] of expectations) {
        expect(r.sharing?.functions.find((f) => f.name === fn)?.classification, `${fn}`).toBe(cls);
      }
    });
  }
});
