// Parser throughput: a generated 50,000-line Move file in, lines per second out (median of
// several runs, after a warm-up). Lexing is timed on its own too, to see where time goes.

import { SourceFile } from '../compiler/diagnostics/source.js';
import { parseFile } from '../compiler/parser/index.js';
import { moveLexer } from '../compiler/parser/tokens.js';

/** A deterministic module of roughly `lines` lines mixing every common construct. */
export function generateSource(lines: number): string {
  const out: string[] = ['module bench::big {', '    use sui::coin::{Self, Coin};', '    use sui::balance::Balance;', ''];
  let i = 0;
  while (out.length < lines - 1) {
    out.push(
      `    /// Item number ${i}.`,
      `    public struct Item${i}<phantom T> has key, store {`,
      `        id: UID,`,
      `        value: u64,`,
      `        tags: vector<vector<u8>>,`,
      `    }`,
      ``,
      `    public enum State${i} has copy, drop { Idle, Busy(u64), Done { code: u16 } }`,
      ``,
      `    public fun work${i}<T: drop>(item: &mut Item${i}<T>, n: u64, ctx: &mut TxContext): u64 {`,
      `        let mut acc = 0u64;`,
      `        let mut j = 0;`,
      `        while (j < n) {`,
      `            if (j % 3 == 0 && item.value > 10) { acc = acc + (j as u64) * 2 } else { acc = acc ^ (j << 1) };`,
      `            j = j + 1;`,
      `        };`,
      `        let v = vector[1, 2, 3, ${i}];`,
      `        v.do!(|x| acc = acc + x);`,
      `        let s = match (State${i}::Busy(acc)) { State${i}::Busy(k) if (k > 5) => k, State${i}::Done { code } => (code as u64), _ => 0 };`,
      `        assert!(s >= 0, 0x${(i % 256).toString(16)});`,
      `        item.value = item.value + s + tx_context::epoch(ctx);`,
      `        'outer: loop { if (acc > 100) break 'outer; acc = acc + 7 };`,
      `        b"bytes\\n".length() + x"00ff".length() + acc`,
      `    }`,
      ``,
    );
    i++;
  }
  out.push('}');
  return out.join('\n') + '\n';
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)]!;
}

export function benchParse(runs = 7): { lines: number; lexLinesPerSec: number; parseLinesPerSec: number; medianMs: number } {
  const text = generateSource(50_000);
  const lines = text.split('\n').length - 1;
  const file = new SourceFile('big.move', text);
  // Warm-up: builds the parser (grammar analysis) and lets the JIT settle.
  const warm = parseFile(file);
  if (warm.diagnostics.length > 0) throw new Error(`benchmark source has diagnostics: ${warm.diagnostics[0]!.message}`);
  const lexTimes: number[] = [];
  const parseTimes: number[] = [];
  for (let r = 0; r < runs; r++) {
    let t = performance.now();
    moveLexer.tokenize(text);
    lexTimes.push(performance.now() - t);
    t = performance.now();
    parseFile(file);
    parseTimes.push(performance.now() - t);
  }
  const lexMs = median(lexTimes);
  const parseMs = median(parseTimes);
  return { lines, lexLinesPerSec: Math.round(lines / (lexMs / 1000)), parseLinesPerSec: Math.round(lines / (parseMs / 1000)), medianMs: Math.round(parseMs) };
}
