// Fuzzing the front end: 5,000 random and mutated inputs must never make it throw, and must
// never produce an internal-error diagnostic. Inputs are generated from a fixed seed so a
// failure reproduces; the failing input is printed.

import { readdirSync, readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { SourceFile } from '../../compiler/diagnostics/source.js';
import { parseFile } from '../../compiler/parser/index.js';

const dir = 'test/golden/parser';
const corpus = readdirSync(dir)
  .filter((f) => f.endsWith('.move'))
  .sort()
  .map((f) => readFileSync(`${dir}/${f}`, 'utf8'));

// Fragments that steer random text toward the interesting corners of the lexer and parser.
const FRAGMENTS = [
  'module', 'a::m', '{', '}', '(', ')', '[', ']', '<', '>', '>>', '<<', ';', ',', ':', '::', '.', '..',
  'fun', 'public', '(package)', 'entry', 'native', 'macro', 'struct', 'enum', 'has', 'copy', 'drop', 'key',
  'store', 'phantom', 'let', 'mut', '&mut', '&', '*', '=', '==', '=>', '!', '!=', '|', '||', '&&', 'if',
  'else', 'while', 'loop', 'break', 'continue', 'return', 'abort', 'match', 'as', 'use', 'fun', 'friend',
  'const', "'a", "'a:", 'b"x\\n"', 'b"', 'x"0f"', 'x"0', '0x', '0xFFu8', '10u7', '1_000', '@0x2', '@', '#[',
  '#[test]', '/*', '*/', '//', '\n', ' ', 'vector', 'vector<u8>[', 'x', 'y', 'S', '$f', '_', '"', '\\', 'é', '\u0000',
];

function parseNoThrow(text: string): void {
  let result;
  try {
    result = parseFile(new SourceFile('fuzz.move', text));
  } catch (err) {
    throw new Error(`front end threw on input ${JSON.stringify(text)}: ${String(err)}`);
  }
  const ice = result.diagnostics.find((d) => d.code === 'E00001');
  if (ice) throw new Error(`internal error on input ${JSON.stringify(text)}: ${ice.message}`);
  expect(result.ast.kind).toBe('File');
}

type Edit = { op: 'delete' | 'insert' | 'swap'; at: number; len: number; text: string };

const editArb: fc.Arbitrary<Edit> = fc.record({
  op: fc.constantFrom('delete', 'insert', 'swap'),
  at: fc.nat(),
  len: fc.integer({ min: 1, max: 8 }),
  text: fc.oneof(fc.constantFrom(...FRAGMENTS), fc.string({ maxLength: 4 })),
}) as fc.Arbitrary<Edit>;

function mutate(source: string, edits: Edit[]): string {
  let s = source;
  for (const e of edits) {
    const at = s.length === 0 ? 0 : e.at % s.length;
    if (e.op === 'delete') s = s.slice(0, at) + s.slice(at + e.len);
    else if (e.op === 'insert') s = s.slice(0, at) + e.text + s.slice(at);
    else {
      const b = s.length === 0 ? 0 : (at * 7 + e.len * 13) % s.length;
      const [i, j] = at < b ? [at, b] : [b, at];
      if (i !== j) s = s.slice(0, i) + s[j] + s.slice(i + 1, j) + s[i] + s.slice(j + 1);
    }
  }
  return s;
}

describe('front end fuzzing', () => {
  it('survives 3,000 mutated corpus files', () => {
    fc.assert(
      fc.property(fc.nat({ max: corpus.length - 1 }), fc.array(editArb, { minLength: 1, maxLength: 6 }), (i, edits) => {
        parseNoThrow(mutate(corpus[i]!, edits));
      }),
      { numRuns: 3000, seed: 20261124 },
    );
  });

  it('survives 1,500 random token soups', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...FRAGMENTS), { maxLength: 120 }), (parts) => {
        parseNoThrow(parts.join(' '));
      }),
      { numRuns: 1500, seed: 7 },
    );
  });

  it('survives 500 arbitrary strings', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 400, unit: 'binary' }), (text) => {
        parseNoThrow(text);
      }),
      { numRuns: 500, seed: 99 },
    );
  });

  it('reports, rather than overflows, pathological nesting', () => {
    for (const text of [
      'module a::m { fun f() { ' + '('.repeat(50_000) + ' } }',
      'module a::m { fun f() { ' + '!'.repeat(50_000) + 'x } }',
      'module a::m { fun f() { ' + 'return '.repeat(20_000) + ' } }',
      'module a::m { fun f(): ' + 'vector<'.repeat(20_000) + ' }',
      'module a::m { fun f() { ' + 'if (x) '.repeat(20_000) + ' 1 } }',
    ]) {
      const r = parseFile(new SourceFile('deep.move', text));
      expect(r.diagnostics.some((d) => d.code === 'E01009')).toBe(true);
    }
  });
});
