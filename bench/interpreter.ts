// Interpreter throughput on compiled Move. In: bench/programs/workloads.move, compiled by the
// real compiler and run by the real runtime (gas metered, as transactions are). Out: per
// workload, instructions executed per second and the ratio of its time to the same algorithm
// written by hand in TypeScript with the same overflow checks, measured in the same run.
//
// Instruction counts come from a second runtime that prices every instruction at one gas unit
// (RuntimeOptions.countInstructions), so they are exact, not estimates.

import { readFileSync } from 'node:fs';
import { compileSources } from '../compiler/index.js';
import { SourceFile } from '../compiler/diagnostics/source.js';
import type { CompiledModule } from '../vm/bytecode/module.js';
import { BudgetGasMeter, UnmeteredGasMeter } from '../vm/gas/meter.js';
import { Runtime, V, toJs } from '../vm/runtime/index.js';
import { registerStdlibNatives } from '../stdlib/natives/index.js';

export interface InterpreterRow {
  workload: string;
  instructions: number;
  interpMs: number;
  instructionsPerSec: number;
  tsMs: number;
  /** Interpreter time / hand-written TypeScript time. */
  ratio: number;
}

const U64_MAX = 18446744073709551615;

/** Overflow-checked u64 helpers for the hand-written versions (values here stay below 2^53). */
function add(a: number, b: number): number {
  const r = a + b;
  if (r > U64_MAX) throw new RangeError('overflow');
  return r;
}
function mul(a: number, b: number): number {
  const r = a * b;
  if (r > U64_MAX || !Number.isSafeInteger(r)) throw new RangeError('overflow');
  return r;
}
function sub(a: number, b: number): number {
  if (b > a) throw new RangeError('underflow');
  return a - b;
}
function mod(a: number, b: number): number {
  if (b === 0) throw new RangeError('division by zero');
  return a % b;
}

const HAND: Record<string, (n: number) => number> = {
  arith_loop(n) {
    let acc = 0;
    for (let i = 0; i < n; i = add(i, 1)) acc = add(add(acc, mul(i, 3)), 1);
    return acc;
  },
  vector_push_sum(n) {
    const v: number[] = [];
    for (let i = 0; i < n; i = add(i, 1)) v.push(i);
    let sum = 0;
    for (let j = 0; j < v.length; j = add(j, 1)) sum = add(sum, v[j]!);
    return sum;
  },
  struct_updates(n) {
    const a = { balance: 0, nonce: 0, flags: 0 };
    for (let i = 0; i < n; i = add(i, 1)) {
      a.balance = add(a.balance, 2);
      a.nonce = add(a.nonce, 1);
      if (mod(a.balance, 3) === 0) a.flags ^= 1;
    }
    return a.balance + a.nonce + a.flags;
  },
  fib(n) {
    const f = (k: number): number => (k < 2 ? k : add(f(sub(k, 1)), f(sub(k, 2))));
    return f(n);
  },
  sort(n) {
    // 1103515245 * x overflows 2^53 for large x: use bigint for the generator, as u64 needs.
    const v: number[] = [];
    let x = 12345n;
    for (let i = 0; i < n; i = add(i, 1)) {
      x = (x * 1103515245n + 12345n) % 2147483648n;
      v.push(Number(x));
    }
    for (let k = 1; k < n; k = add(k, 1)) {
      let j = k;
      while (j > 0 && v[sub(j, 1)]! > v[j]!) {
        const t = v[j - 1]!;
        v[j - 1] = v[j]!;
        v[j] = t;
        j = sub(j, 1);
      }
    }
    let check = 0;
    for (let m = 0; m < n; m = add(m, 1)) check = mod(add(mul(check, 31), v[m]!), 1000000007);
    return check;
  },
};

const WORKLOADS: Array<[string, number]> = [
  ['arith_loop', 1_000_000],
  ['vector_push_sum', 200_000],
  ['struct_updates', 300_000],
  ['fib', 22],
  ['sort', 600],
];

function median(xs: number[]): number {
  const s = xs.slice().sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)]!;
}

function compileWorkloads(): CompiledModule[] {
  const path = 'bench/programs/workloads.move';
  const source = new SourceFile(path, readFileSync(path, 'utf8'));
  const r = compileSources([{ source, package: { name: 'bench', edition: '2024', addresses: new Map([['bench', 0xbe0n]]) } }], { std: true, sui: true });
  if (!r.ok || !r.modules) throw new Error('bench/programs/workloads.move does not compile');
  return [...r.modules.values()];
}

export function benchInterpreter(runs = 5): InterpreterRow[] {
  const modules = compileWorkloads();
  const metered = new Runtime({ natives: registerStdlibNatives() });
  const counting = new Runtime({ natives: registerStdlibNatives(), countInstructions: true });
  for (const vm of [metered, counting]) {
    const r = vm.load(modules);
    if (r.status !== 'ok') throw new Error(r.error.message);
  }
  const id = { address: '0x' + (0xbe0).toString(16).padStart(64, '0'), name: 'workloads' };
  const rows: InterpreterRow[] = [];
  for (const [name, n] of WORKLOADS) {
    const count = new UnmeteredGasMeter();
    const first = counting.call(id, name, [], [V.u64(n)], count);
    if (first.status !== 'ok') throw new Error(`${name}: ${first.error.message}`);
    const expected = BigInt(HAND[name]!(n));
    if (BigInt(toJs(first.returns[0]!) as number | bigint) !== expected) throw new Error(`${name}: interpreter and TypeScript disagree`);
    const interp: number[] = [];
    const ts: number[] = [];
    // Interleaved so that machine drift hits both sides alike.
    for (let i = 0; i < runs; i++) {
      let t = performance.now();
      const r = metered.call(id, name, [], [V.u64(n)], new BudgetGasMeter(Number.MAX_SAFE_INTEGER));
      interp.push(performance.now() - t);
      if (r.status !== 'ok') throw new Error(`${name}: ${r.error.message}`);
      t = performance.now();
      HAND[name]!(n);
      ts.push(performance.now() - t);
    }
    const interpMs = median(interp);
    const tsMs = Math.max(median(ts), 0.001);
    rows.push({ workload: `${name}(${n})`, instructions: count.used(), interpMs, instructionsPerSec: Math.round(count.used() / (interpMs / 1000)), tsMs, ratio: interpMs / tsMs });
  }
  return rows;
}
