// Full-pipeline compile throughput: a generated package of valid Move (about 20,000 lines, in
// several modules) through parsing, names, typing and the ownership checks, in lines per second;
// and the time to compile the bundled standard library in a fresh process, with and without the
// on-disk cache of its parsed trees, and warm (later builds in the same process).

import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { compileSources } from '../compiler/index.js';
import { SourceFile } from '../compiler/diagnostics/source.js';

/** One module of roughly `functions * 22` lines that type-checks cleanly. */
export function generateModule(index: number, functions: number): string {
  const out: string[] = [`module bench::m${index} {`, '    use sui::coin::Coin;', '    use sui::sui::SUI;', ''];
  out.push(
    `    public struct Vault${index} has key, store { id: UID, total: u64, log: vector<u64> }`,
    `    public enum Mode${index} has copy, drop { Idle, Busy(u64), Done { code: u16 } }`,
    '',
  );
  for (let f = 0; f < functions; f++) {
    out.push(
      `    public fun work${f}(v: &mut Vault${index}, n: u64, ctx: &mut TxContext): u64 {`,
      '        let mut acc = 0u64;',
      '        let mut i = 0;',
      '        while (i < n) {',
      '            if (i % 3 == 0 && v.total > 10) { acc = acc + (i as u64) * 2 } else { acc = acc ^ (i << 1) };',
      '            i = i + 1;',
      '        };',
      `        let mode = if (acc > 100) Mode${index}::Busy(acc) else Mode${index}::Done { code: 7 };`,
      '        let s = match (mode) {',
      `            Mode${index}::Busy(k) => k,`,
      `            Mode${index}::Done { code } => (code as u64),`,
      `            Mode${index}::Idle => 0,`,
      '        };',
      '        v.log.push_back(s);',
      '        v.total = v.total + s + ctx.epoch();',
      `        let total = v.log.fold!(0, |a, x| a + x);`,
      '        assert!(total >= s, 1);',
      '        total',
      '    }',
      '',
    );
  }
  out.push(
    `    public fun create(ctx: &mut TxContext): Vault${index} { Vault${index} { id: object::new(ctx), total: 0, log: vector[] } }`,
    `    public fun share(v: Vault${index}) { transfer::public_share_object(v) }`,
    `    public fun coin_value(c: &Coin<SUI>): u64 { c.value() }`,
    '}',
  );
  return out.join('\n') + '\n';
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)]!;
}

const ADDRESSES = new Map<string, bigint>([['std', 1n], ['sui', 2n], ['bench', 0x42n]]);

export function benchCompile(runs = 5): { lines: number; linesPerSec: number; medianMs: number; diagnostics: number } {
  const files = Array.from({ length: 10 }, (_, i) => new SourceFile(`bench/m${i}.move`, generateModule(i, 90)));
  const lines = files.reduce((n, f) => n + f.lineCount, 0);
  const inputs = files.map((source) => ({ source, package: { name: 'bench', edition: '2024' as const, addresses: ADDRESSES } }));
  const warm = compileSources(inputs, { std: true, sui: true });
  const times: number[] = [];
  for (let r = 0; r < runs; r++) {
    const t = performance.now();
    compileSources(inputs, { std: true, sui: true });
    times.push(performance.now() - t);
  }
  const ms = median(times);
  return { lines, linesPerSec: Math.round(lines / (ms / 1000)), medianMs: Math.round(ms), diagnostics: warm.diagnostics.length };
}

/**
 * The standard library alone: in fresh processes without the on-disk cache (parsing it), in
 * fresh processes with the cache (decoding it), and warm in this process.
 */
export function benchStdlib(runs = 5): { coldMs: number; cachedMs: number; warmMs: number } {
  const script = fileURLToPath(new URL('./stdlib-cold.js', import.meta.url));
  const run = (env: NodeJS.ProcessEnv) => Number(execFileSync(process.execPath, [script], { encoding: 'utf8', env: { ...process.env, ...env } }).trim());
  const cold: number[] = [];
  const cached: number[] = [];
  run({});
  for (let r = 0; r < runs; r++) {
    cold.push(run({ DEED_NO_CACHE: '1' }));
    cached.push(run({}));
  }
  compileSources([], { std: true, sui: true });
  const warm: number[] = [];
  for (let r = 0; r < runs; r++) {
    const t = performance.now();
    compileSources([], { std: true, sui: true });
    warm.push(performance.now() - t);
  }
  return { coldMs: Math.round(median(cold)), cachedMs: Math.round(median(cached)), warmMs: Math.round(median(warm)) };
}
