// The bundled standard library and every example package go through the pipeline (as far as
// it exists) without a diagnostic, in ordinary and in test builds.

import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { compilePackage, compileSources } from '../../compiler/index.js';

const render = (ds: ReadonlyArray<{ code: string; message: string; primary: { span: { file: string; start: number } } }>) =>
  ds.map((d) => `${d.primary.span.file}@${d.primary.span.start} ${d.code} ${d.message}`);

describe('standard library and examples', () => {
  for (const test of [false, true]) {
    it(`the standard library is clean (${test ? 'test' : 'ordinary'} build)`, () => {
      const r = compileSources([], { std: true, sui: true }, { test });
      expect(render(r.diagnostics)).toEqual([]);
      expect(r.names!.table.modules.size).toBeGreaterThan(40);
    });
  }

  for (const name of readdirSync('examples').sort()) {
    it(`examples/${name} builds cleanly with its tests`, () => {
      const r = compilePackage(`examples/${name}`, { test: true });
      expect(render(r.diagnostics)).toEqual([]);
    });
  }
});
