// The bundled standard library's sources must parse cleanly and survive a print/parse round
// trip. (Type checking them is the static-semantics stage's job.)

import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { SourceFile } from '../../compiler/diagnostics/source.js';
import { parseFile } from '../../compiler/parser/index.js';
import { printFile } from '../../compiler/parser/printer.js';
import { stripSpans } from '../parser/strip-spans.js';

const files = ['std', 'sui'].flatMap((pkg) =>
  readdirSync(`stdlib/${pkg}`)
    .filter((f) => f.endsWith('.move'))
    .sort()
    .map((f) => `stdlib/${pkg}/${f}`),
);

describe('standard library sources', () => {
  it('exist', () => {
    expect(files.length).toBeGreaterThan(0);
  });

  for (const path of files) {
    it(`${path} parses cleanly and round-trips`, () => {
      const first = parseFile(new SourceFile(path, readFileSync(path, 'utf8')));
      expect(first.diagnostics.map((d) => `${d.code} ${d.message} @${d.primary.span.start}`)).toEqual([]);
      const again = parseFile(new SourceFile(path, printFile(first.ast)));
      expect(again.diagnostics).toEqual([]);
      expect(stripSpans(again.ast)).toEqual(stripSpans(first.ast));
    });
  }
});
