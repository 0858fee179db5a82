// The diagnostic renderer and JSON form: positions, carets, secondary labels, notes, tabs,
// colour only on request, and the code table's consistency.

import { describe, expect, it } from 'vitest';
import { CODES, categoryOf, severityOf, type DiagnosticCode } from '../../compiler/diagnostics/codes.js';
import { diagnostic } from '../../compiler/diagnostics/diagnostic.js';
import { diagnosticToJson, renderDiagnostic } from '../../compiler/diagnostics/render.js';
import { SourceFile, SourceMap } from '../../compiler/diagnostics/source.js';

const text = 'module a::m {\n    fun f() {\n\tlet x = 1\n        let y = 2;\n    }\n}\n';
const file = new SourceFile('src/m.move', text);
const sources = new SourceMap();
sources.add(file);
const at = (needle: string, occurrence = 0) => {
  let i = -1;
  for (let k = 0; k <= occurrence; k++) i = text.indexOf(needle, i + 1);
  return { file: 'src/m.move', start: i, end: i + needle.length };
};

describe('renderer', () => {
  it('shows file:line:col, the source line and carets under the span', () => {
    const d = diagnostic('E01002', at('let', 1), { message: 'expected `;`, found `let`', label: 'expected `;` before this' });
    expect(renderDiagnostic(d, sources)).toBe(
      [
        'error[E01002]: expected `;`, found `let`',
        ' --> src/m.move:4:9',
        '  |',
        '4 |         let y = 2;',
        '  |         ^^^ expected `;` before this',
        '',
      ].join('\n'),
    );
  });

  it('shows secondary labels on their own lines, expands tabs, and prints notes', () => {
    const d = diagnostic('E01002', at('let', 1), {
      label: 'here',
      secondary: [{ span: at('1'), message: 'add `;` here' }],
      notes: ['statements end with `;`'],
    });
    const out = renderDiagnostic(d, sources);
    expect(out).toContain('3 |     let x = 1\n  |             - add `;` here\n4 |');
    expect(out).toContain('  = note: statements end with `;`');
    expect(out).not.toContain('\t');
  });

  it('marks gaps between distant lines', () => {
    const d = diagnostic('E01002', at('}', 1), { label: 'b', secondary: [{ span: at('module'), message: 'a' }] });
    expect(renderDiagnostic(d, sources)).toContain('...');
  });

  it('colours only when asked', () => {
    const d = diagnostic('E01001', at('x'));
    expect(renderDiagnostic(d, sources, { color: false })).not.toMatch(/\u001b\[/);
    expect(renderDiagnostic(d, sources, { color: true })).toMatch(/\u001b\[/);
  });

  it('gives a JSON form with 1-based positions', () => {
    const d = diagnostic('W11002', at('fun'), { message: 'no sources', label: 'lbl' });
    expect(diagnosticToJson(d, sources)).toMatchObject({
      severity: 'warning',
      code: 'W11002',
      message: 'no sources',
      file: 'src/m.move',
      line: 2,
      column: 5,
      endLine: 2,
      endColumn: 8,
      label: 'lbl',
    });
  });
});

describe('code table', () => {
  it('names every code by category and severity', () => {
    for (const code of Object.keys(CODES) as DiagnosticCode[]) {
      expect(code).toMatch(/^[EW]\d{5}$/);
      expect(categoryOf(code)).toBeDefined();
      expect(severityOf(code)).toBe(code.startsWith('E') ? 'error' : 'warning');
      expect(CODES[code].title.length).toBeGreaterThan(0);
    }
  });
});

describe('diagnostics reference', () => {
  it('docs/DIAGNOSTICS.md is fresh (npm run docs rewrites it)', async () => {
    const { readFileSync } = await import('node:fs');
    const { renderReference } = await import('../../compiler/diagnostics/reference.js');
    expect(readFileSync('docs/DIAGNOSTICS.md', 'utf8'), 'docs/DIAGNOSTICS.md is stale: run npm run docs').toBe(renderReference());
  });
});
