// Interpreter benchmarks. In: nothing (modules are built by hand here). Out: medians of a few
// runs, as { name, value, unit } rows: the integer-representation micro-benchmark that chose the
// value model (vm/runtime/values.ts), and interpreter throughput on loops, calls, vectors and
// u128 arithmetic. Runs in a few seconds.

import type { CompiledModule, FunctionDef, SigType } from '../vm/bytecode/module.js';
import type { Instr } from '../vm/bytecode/opcodes.js';
import { Op } from '../vm/bytecode/opcodes.js';
import { UnmeteredGasMeter } from '../vm/gas/meter.js';
import { NativeRegistry, Runtime, V } from '../vm/runtime/index.js';
import type { Value } from '../vm/runtime/index.js';

export interface BenchRow {
  name: string;
  value: number;
  unit: string;
}

function median(xs: number[]): number {
  const s = xs.slice().sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)]!;
}

// --- 1. Integer representation: one dispatch loop per value model ----------------------------
// Program: i = 0; s = 0; while (i < n) { s = s + i * 3; i = i + 1 }, overflow-checked, in the
// shape of the interpreter (operand stack, switch dispatch). One function per model so that each
// has its own type feedback, and rounds interleaved so that machine drift hits all alike.
//   u64 as bigint   the all-bigint model (and the "u64 bigint" hybrid: same code for u64)
//   u64 dual        number below 2^53, bigint above (chosen)
//   u32 as bigint   what all-bigint costs the small types
//   u32 as number   the hybrid's small types (chosen)
const KERNEL = new Int32Array([0, 0, 0, 2, 3, 0, 4, 15, 0, 1, 0, 0, 1, 0, 5, 0, 6, 0, 2, 1, 0, 0, 1, 1, 6, 0, 2, 0, 7, 0, 8, 0]);
const M64 = (1n << 64n) - 1n;
const M32 = 0xffffffff;
const M32N = 0xffffffffn;

function kernelBig(n: number, max: bigint): bigint {
  const loc: bigint[] = [0n, 0n, BigInt(n)];
  const consts = [3n, 1n];
  const st: Array<bigint | boolean> = [];
  let pc = 0;
  for (;;) {
    const op = KERNEL[pc * 2]!;
    const a = KERNEL[pc * 2 + 1]!;
    pc++;
    switch (op) {
      case 0: st.push(loc[a]!); break;
      case 1: st.push(consts[a]!); break;
      case 2: loc[a] = st.pop() as bigint; break;
      case 3: { const y = st.pop() as bigint; st[st.length - 1] = (st[st.length - 1] as bigint) < y; break; }
      case 4: if (!st.pop()) pc = a; break;
      case 5: { const y = st.pop() as bigint; const r = (st[st.length - 1] as bigint) * y; if (r > max) throw new Error('overflow'); st[st.length - 1] = r; break; }
      case 6: { const y = st.pop() as bigint; const r = (st[st.length - 1] as bigint) + y; if (r > max) throw new Error('overflow'); st[st.length - 1] = r; break; }
      case 7: pc = a; break;
      case 8: return loc[1]!;
    }
  }
}

function kernelDual(n: number): number | bigint {
  const loc: Array<number | bigint> = [0, 0, n];
  const consts = [3, 1];
  const st: Array<number | bigint | boolean> = [];
  let pc = 0;
  for (;;) {
    const op = KERNEL[pc * 2]!;
    const a = KERNEL[pc * 2 + 1]!;
    pc++;
    switch (op) {
      case 0: st.push(loc[a]!); break;
      case 1: st.push(consts[a]!); break;
      case 2: loc[a] = st.pop() as number | bigint; break;
      case 3: { const y = st.pop() as number; st[st.length - 1] = (st[st.length - 1] as number) < y; break; }
      case 4: if (!st.pop()) pc = a; break;
      case 5:
      case 6: {
        const y = st.pop() as number | bigint;
        const x = st[st.length - 1] as number | bigint;
        if (typeof x === 'number' && typeof y === 'number') {
          const r = op === 5 ? x * y : x + y;
          if (r <= Number.MAX_SAFE_INTEGER) {
            st[st.length - 1] = r;
            break;
          }
        }
        const r = op === 5 ? BigInt(x) * BigInt(y) : BigInt(x) + BigInt(y);
        if (r > M64) throw new Error('overflow');
        st[st.length - 1] = r;
        break;
      }
      case 7: pc = a; break;
      case 8: return loc[1]!;
    }
  }
}

function kernelSmall(n: number): number {
  const loc: number[] = [0, 0, n];
  const consts = [3, 1];
  const st: Array<number | boolean> = [];
  let pc = 0;
  for (;;) {
    const op = KERNEL[pc * 2]!;
    const a = KERNEL[pc * 2 + 1]!;
    pc++;
    switch (op) {
      case 0: st.push(loc[a]!); break;
      case 1: st.push(consts[a]!); break;
      case 2: loc[a] = st.pop() as number; break;
      case 3: { const y = st.pop() as number; st[st.length - 1] = (st[st.length - 1] as number) < y; break; }
      case 4: if (!st.pop()) pc = a; break;
      case 5: { const y = st.pop() as number; const r = (st[st.length - 1] as number) * y; if (r > M32) throw new Error('overflow'); st[st.length - 1] = r; break; }
      case 6: { const y = st.pop() as number; const r = (st[st.length - 1] as number) + y; if (r > M32) throw new Error('overflow'); st[st.length - 1] = r; break; }
      case 7: pc = a; break;
      case 8: return loc[1]!;
    }
  }
}

function repeat(times: number, f: () => unknown): void {
  for (let i = 0; i < times; i++) f();
}

function integerModels(): BenchRow[] {
  const n64 = 1_000_000;
  // Small enough that s = 3 * n^2 / 2 fits in u32.
  const n32 = 50_000;
  const models: Array<[string, () => unknown, number]> = [
    ['int-kernel u64 as bigint (all-bigint model)', () => kernelBig(n64, M64), n64],
    ['int-kernel u64 dual number/bigint (chosen)', () => kernelDual(n64), n64],
    ['int-kernel u32 as bigint (all-bigint model)', () => repeat(20, () => kernelBig(n32, M32N)), 20 * n32],
    ['int-kernel u32 as number (chosen)', () => repeat(20, () => kernelSmall(n32)), 20 * n32],
  ];
  const samples = models.map(() => [] as number[]);
  for (const [, f] of models) f();
  for (let round = 0; round < 5; round++) {
    models.forEach(([, f], i) => {
      const t = performance.now();
      f();
      samples[i]!.push(performance.now() - t);
    });
  }
  return models.map(([name, , n], i) => ({ name, value: Math.round((n / median(samples[i]!)) * 1000), unit: 'iterations/s' }));
}

// --- 2. The real interpreter ------------------------------------------------------------------
const ADDR = '0x' + '0'.repeat(63) + 'b';

function module(fns: Array<{ name: string; params: SigType[]; returns: SigType[]; locals: SigType[]; code: Instr[] }>): CompiledModule {
  return {
    version: 1,
    moduleHandles: [{ address: ADDR, name: 'bench' }],
    datatypeHandles: [],
    functionHandles: fns.map((f) => ({ module: 0, name: f.name, typeParams: [], params: f.params, returns: f.returns })),
    friends: [],
    structs: [],
    enums: [],
    functions: fns.map(
      (f, i): FunctionDef => ({ handle: i, visibility: 'public', entry: false, native: false, locals: f.locals, code: f.code, lines: [], attributes: [] }),
    ),
    constants: [],
    identifiers: [],
    metadata: { sourceFile: 'bench.move', sharing: { types: [], functions: [] } },
  };
}

/** sum_loop(n): while (i < n) { s = s + i * 3; i = i + 1 } — 13 instructions per iteration. */
const sumLoop = (t: 'u64' | 'u128') => ({
  name: `sum_${t}`,
  params: [t] as SigType[],
  returns: [t] as SigType[],
  locals: [t, t] as SigType[],
  code: [
    [t === 'u64' ? Op.LdU64 : Op.LdU128, 0n], [Op.StLoc, 1], [t === 'u64' ? Op.LdU64 : Op.LdU128, 0n], [Op.StLoc, 2],
    [Op.CopyLoc, 2], [Op.CopyLoc, 0], [Op.Lt], [Op.BrFalse, 19],
    [Op.CopyLoc, 1], [Op.CopyLoc, 2], [t === 'u64' ? Op.LdU64 : Op.LdU128, 3n], [Op.Mul], [Op.Add], [Op.StLoc, 1],
    [Op.CopyLoc, 2], [t === 'u64' ? Op.LdU64 : Op.LdU128, 1n], [Op.Add], [Op.StLoc, 2], [Op.Branch, 4],
    [Op.MoveLoc, 1], [Op.Ret],
  ] as Instr[],
});

/** fib(n), naive recursion: calls per second. */
const fib = {
  name: 'fib',
  params: ['u64'] as SigType[],
  returns: ['u64'] as SigType[],
  locals: [] as SigType[],
  code: [
    [Op.CopyLoc, 0], [Op.LdU64, 2n], [Op.Lt], [Op.BrFalse, 6], [Op.MoveLoc, 0], [Op.Ret],
    [Op.CopyLoc, 0], [Op.LdU64, 1n], [Op.Sub], [Op.Call, 2, []],
    [Op.MoveLoc, 0], [Op.LdU64, 2n], [Op.Sub], [Op.Call, 2, []],
    [Op.Add], [Op.Ret],
  ] as Instr[],
};

/** vec(n): push 0..n-1, then sum by index. */
const vec = {
  name: 'vec',
  params: ['u64'] as SigType[],
  returns: ['u64'] as SigType[],
  locals: [['vector', 'u64'], 'u64', 'u64'] as SigType[],
  code: [
    [Op.VecPack, 'u64', 0], [Op.StLoc, 1], [Op.LdU64, 0n], [Op.StLoc, 2],
    /* 4 */ [Op.CopyLoc, 2], [Op.CopyLoc, 0], [Op.Lt], [Op.BrFalse, 16],
    [Op.MutBorrowLoc, 1], [Op.CopyLoc, 2], [Op.VecPushBack, 'u64'],
    [Op.CopyLoc, 2], [Op.LdU64, 1n], [Op.Add], [Op.StLoc, 2], [Op.Branch, 4],
    /* 16 */ [Op.LdU64, 0n], [Op.StLoc, 3], [Op.LdU64, 0n], [Op.StLoc, 2],
    /* 20 */ [Op.CopyLoc, 2], [Op.CopyLoc, 0], [Op.Lt], [Op.BrFalse, 36],
    [Op.CopyLoc, 3], [Op.ImmBorrowLoc, 1], [Op.CopyLoc, 2], [Op.VecImmBorrow, 'u64'], [Op.ReadRef], [Op.Add], [Op.StLoc, 3],
    [Op.CopyLoc, 2], [Op.LdU64, 1n], [Op.Add], [Op.StLoc, 2], [Op.Branch, 20],
    /* 36 */ [Op.MoveLoc, 3], [Op.Ret],
  ] as Instr[],
};

function interpreterRows(): BenchRow[] {
  const vm = new Runtime({ natives: new NativeRegistry() });
  const loaded = vm.load([module([sumLoop('u64'), sumLoop('u128'), fib, vec])]);
  if (loaded.status !== 'ok') throw new Error(loaded.error.message);
  const id = { address: ADDR, name: 'bench' };
  const run = (fn: string, arg: Value) => {
    const r = vm.call(id, fn, [], [arg], new UnmeteredGasMeter());
    if (r.status !== 'ok') throw new Error(r.error.message);
  };
  const perSec = (count: number, ms: number) => Math.round((count / ms) * 1000);
  const loopN = 300_000;
  const vecN = 100_000;
  // fib(20) makes 21891 calls. Rounds interleave the workloads so that drift hits all alike.
  const work: Array<[string, () => void, number, string]> = [
    ['interpreter u64 loop (dual numbers)', () => run('sum_u64', V.u64(loopN)), loopN * 15, 'instructions/s'],
    ['interpreter u128 loop (bigints)', () => run('sum_u128', V.u128(loopN)), loopN * 15, 'instructions/s'],
    ['interpreter calls (fib 20)', () => run('fib', V.u64(20)), 21891, 'calls/s'],
    ['interpreter vector push + indexed sum', () => run('vec', V.u64(vecN)), vecN, 'elements/s'],
  ];
  const samples = work.map(() => [] as number[]);
  for (const [, f] of work) f();
  for (let round = 0; round < 5; round++) {
    work.forEach(([, f], i) => {
      const t = performance.now();
      f();
      samples[i]!.push(performance.now() - t);
    });
  }
  return work.map(([name, , count, unit], i) => ({ name, value: perSec(count, median(samples[i]!)), unit }));
}

export async function runVmBench(): Promise<BenchRow[]> {
  return [...integerModels(), ...interpreterRows()];
}

if (process.argv[1] !== undefined && /bench[\\/]vm\.(ts|js)$/.test(process.argv[1])) {
  for (const row of await runVmBench()) console.log(`${row.name}: ${row.value.toLocaleString('en-US')} ${row.unit}`);
}
