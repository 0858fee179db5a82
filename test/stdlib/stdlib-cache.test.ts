// The on-disk cache of the standard library's parsed trees: a hit gives the same trees as
// parsing, a corrupt entry is a miss that gets rewritten, and a changed source misses.

import { mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { SourceFile } from '../../compiler/diagnostics/source.js';
import { cachedAsts } from '../../compiler/package/stdlib-cache.js';
import { parseFile } from '../../compiler/parser/index.js';
import { bundledSources, stdlibRoot } from '../../stdlib/index.js';

const saved = process.env['DEED_CACHE_DIR'];
afterEach(() => {
  if (saved === undefined) delete process.env['DEED_CACHE_DIR'];
  else process.env['DEED_CACHE_DIR'] = saved;
});

describe('stdlib parse cache', () => {
  it('returns the parsed trees, from disk the second time', () => {
    const dir = mkdtempSync(join(tmpdir(), 'deed-cache-'));
    process.env['DEED_CACHE_DIR'] = dir;
    const sources = bundledSources('std');
    let parses = 0;
    const parse = (f: SourceFile) => {
      parses++;
      return parseFile(f).ast;
    };
    const first = cachedAsts(stdlibRoot(), 'std', sources, parse);
    expect(parses).toBe(sources.length);
    expect(readdirSync(dir)).toHaveLength(1);
    const second = cachedAsts(stdlibRoot(), 'std', sources, parse);
    expect(parses).toBe(sources.length);
    expect(second).toEqual(first);
  });

  it('treats a corrupt entry as a miss and rewrites it', () => {
    const dir = mkdtempSync(join(tmpdir(), 'deed-cache-'));
    process.env['DEED_CACHE_DIR'] = dir;
    const sources = [new SourceFile('[x]/a.move', 'module 0x1::a { public fun f(): u64 { 1 } }')];
    const parse = (f: SourceFile) => parseFile(f).ast;
    cachedAsts(stdlibRoot(), 'x', sources, parse);
    const [entry] = readdirSync(dir);
    writeFileSync(join(dir, entry!), 'not a serialized value at all');
    const again = cachedAsts(stdlibRoot(), 'x', sources, parse);
    expect(again[0]!.modules[0]!.name.name).toBe('a');
  });

  it('misses when a source changes', () => {
    const dir = mkdtempSync(join(tmpdir(), 'deed-cache-'));
    process.env['DEED_CACHE_DIR'] = dir;
    const parse = (f: SourceFile) => parseFile(f).ast;
    cachedAsts(stdlibRoot(), 'x', [new SourceFile('[x]/a.move', 'module 0x1::a {}')], parse);
    const changed = cachedAsts(stdlibRoot(), 'x', [new SourceFile('[x]/a.move', 'module 0x1::b {}')], parse);
    expect(changed[0]!.modules[0]!.name.name).toBe('b');
    expect(readdirSync(dir)).toHaveLength(2);
  });
});
