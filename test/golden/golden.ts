// Shared golden-test runner: every test/golden/<area>/*.move either compiles cleanly (no .exp
// file) or renders exactly the diagnostics in its .exp file. `UPDATE_GOLDEN=1 npm test`
// rewrites the .exp files from the current output.
//
// The parser area runs the parser alone; every other area runs the compiler pipeline on the one
// file against the bundled standard library, in test mode, with named addresses `std`, `sui`
// and `test` (0x42). A first line `// Edition: legacy` selects legacy rules; otherwise 2024.
// A header line `// Dependency package NAME: 0x42::m, ...` compiles those modules as a package
// of their own, a dependency of the root package that holds the file's other modules.

import { existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { expect, it } from 'vitest';
import { compileSources } from '../../compiler/index.js';
import { renderDiagnostics } from '../../compiler/diagnostics/render.js';
import { SourceFile, SourceMap } from '../../compiler/diagnostics/source.js';
import type { PackageContext } from '../../compiler/names/index.js';
import { parseFile } from '../../compiler/parser/index.js';

const update = process.env['UPDATE_GOLDEN'] === '1';

export function goldenCases(area: string): string[] {
  return readdirSync(`test/golden/${area}`)
    .filter((f) => f.endsWith('.move'))
    .sort();
}

function render(area: string, name: string): string {
  const path = `test/golden/${area}/${name}`;
  const file = new SourceFile(path, readFileSync(path, 'utf8'));
  if (area === 'parser') {
    const sources = new SourceMap();
    sources.add(file);
    const { diagnostics } = parseFile(file);
    return diagnostics.length === 0 ? '' : renderDiagnostics(diagnostics, sources, { color: false });
  }
  const edition = /^\/\/ Edition: legacy/m.test(file.text.split('\n', 3).join('\n')) ? 'legacy' : '2024';
  const addresses = new Map<string, bigint>([['std', 0x1n], ['sui', 0x2n], ['test', 0x42n]]);
  const root: PackageContext = { name: 'test', edition, addresses };
  const r = compileSources(packageInputs(file, root), { std: true, sui: true }, { test: true });
  // Every unit was a copy of the file with other packages' modules blanked: show the whole file.
  r.sources.add(file);
  return r.diagnostics.length === 0 ? '' : renderDiagnostics(r.diagnostics, r.sources, { color: false });
}

/**
 * The file as one unit of the root package, or, with `// Dependency package` headers, one unit
 * per package: the same text with the other packages' modules blanked out, so that every offset
 * (and so every rendered line) stays the file's own.
 */
function packageInputs(file: SourceFile, root: PackageContext): Array<{ source: SourceFile; package: PackageContext }> {
  const deps = [...file.text.matchAll(/^\/\/ Dependency package (\w+): (.+)$/gm)].map(([, name, modules]) => ({ name: name!, modules: new Set(modules!.split(',').map((m) => m.trim())) }));
  if (deps.length === 0) return [{ source: file, package: root }];
  const modules = parseFile(file).ast.modules.map((m) => ({ id: `${m.address && 'value' in m.address ? `0x${m.address.value.toString(16)}` : (m.address?.name ?? '')}::${m.name.name}`, span: m.span }));
  const owner = (id: string): string => deps.find((d) => d.modules.has(id))?.name ?? root.name;
  const only = (pkg: string): SourceFile => {
    let text = file.text;
    for (const m of modules) {
      if (owner(m.id) === pkg) continue;
      text = text.slice(0, m.span.start) + text.slice(m.span.start, m.span.end).replace(/[^\n]/g, ' ') + text.slice(m.span.end);
    }
    return new SourceFile(file.name, text);
  };
  return [...deps.map((d) => ({ source: only(d.name), package: { ...root, name: d.name } })), { source: only(root.name), package: root }];
}

/** Registers one vitest case per file of the area. */
export function goldenTests(area: string): void {
  for (const name of goldenCases(area)) {
    it(name, () => {
      const expPath = `test/golden/${area}/${name.replace(/\.move$/, '.exp')}`;
      const actual = render(area, name);
      if (update) {
        if (actual) writeFileSync(expPath, actual);
        else if (existsSync(expPath)) rmSync(expPath);
        return;
      }
      const expected = existsSync(expPath) ? readFileSync(expPath, 'utf8') : '';
      expect(actual, `${name}: output differs from ${expected ? expPath : 'a clean compile'} (run UPDATE_GOLDEN=1 npm test to accept)`).toBe(expected);
    });
  }
}

export function countCases(area: string): { valid: number; invalid: number } {
  const cases = goldenCases(area);
  const invalid = cases.filter((c) => existsSync(`test/golden/${area}/${c.replace(/\.move$/, '.exp')}`)).length;
  return { valid: cases.length - invalid, invalid };
}
