// The interpreter. In: a loaded entry function, its type arguments and argument values, a gas
// meter and per-call extensions. Out: the returned values, or an ExecutionError with the status,
// location (module, function, instruction, source line) and abort code.
//
// One loop runs every frame: calls push a Frame record on an explicit array and returns pop it,
// so Move recursion never becomes JS recursion (no JS stack overflow; the call-depth limit is
// an ordinary check). All frames share one operand stack: a call moves its arguments from the
// stack into the callee's locals, and a return leaves the results on it for the caller.
//
// Gas: each basic block's base cost is charged when control enters it (code.ts `gas`), so a
// straight run of instructions costs one meter call; copies and comparisons of containers add
// their per-cell cost where they happen. The total for a run that completes is the same as
// charging before every instruction; a block that aborts midway has paid for the whole block.
//
// Any JS exception that escapes an instruction is an interpreter bug and is reported as
// INTERPRETER_INVARIANT_VIOLATION at the instruction that raised it.

import { showModuleId } from '../bytecode/module.js';
import type { GasMeter } from '../gas/meter.js';
import type { StatusInfo } from '../status.js';
import { INVARIANT_STATUSES } from '../status.js';
import { X } from './code.js';
import type { ExecutionError, ExecutionLocation } from './errors.js';
import { executionError } from './errors.js';
import type { CallSite, LoadedFunction, Loader } from './loader.js';
import { TypeDepthError } from './loader.js';
import type { Limits, NativeContext, NativeFunction } from './natives.js';
import { NativeFailure } from './natives.js';
import { EXECUTION_STATUSES as S } from './status.js';
import type { RuntimeType } from './types.js';
import type { Value } from './values.js';
import { copyValue, lastCells, MAX_SAFE, Ref, U64_MAX, u64, valuesEqual } from './values.js';

export type CallResult = { status: 'ok'; returns: Value[] } | { status: 'error'; error: ExecutionError };

/** A suspended caller: where to resume and with what. */
class Frame {
  constructor(
    readonly fn: LoadedFunction,
    readonly pc: number,
    readonly locals: Value[],
    readonly tys: readonly RuntimeType[],
  ) {}
}


export function location(fn: LoadedFunction, offset: number): ExecutionLocation {
  const loc: ExecutionLocation = { module: fn.module.id, function: fn.name, offset };
  const lines = fn.def.lines;
  if (lines.length >= offset * 4 + 4) {
    loc.line = lines[offset * 4]!;
    loc.column = lines[offset * 4 + 1]!;
  }
  return loc;
}

export interface RunOptions {
  loader: Loader;
  limits: Readonly<Limits>;
  meter: GasMeter;
  extensions: Map<string, unknown>;
  print: (line: string) => void;
}

/** Runs `entry` to completion. Arguments must already match its parameters (index.ts checks). */
export function run(opts: RunOptions, entry: LoadedFunction, entryTys: readonly RuntimeType[], args: Value[]): CallResult {
  const { loader, limits, meter } = opts;
  const { copyPerCell: COPY_PER_CELL, readPerCell: READ_PER_CELL, eqPerCell: EQ_PER_CELL } = loader.costModel;
  const frames: Frame[] = [];
  const stack: Value[] = [];
  let fn = entry;
  // The running function as closures see it (updated on call and return only), so that `fn`
  // itself stays a register in the hot loop rather than a captured context slot.
  const live = { fn: entry };

  const ctx: NativeContext = {
    gas: meter,
    limits,
    extensions: opts.extensions,
    layout: (t) => loader.layout(t),
    abilities: (t) => loader.abilities(t),
    print: opts.print,
    stackTrace: () => [...frames.map((f) => f.fn.qualified), live.fn.qualified],
  };

  const callNative = (callee: LoadedFunction, native: NativeFunction, tys: readonly RuntimeType[], caller: LoadedFunction, offset: number): CallResult | undefined => {
    const argv = stack.splice(stack.length - callee.paramCount);
    const res = native(ctx, tys, argv);
    if (res instanceof NativeFailure) {
      const loc = location(callee, 0);
      const what = res.kind === 'abort' ? `aborted with code ${res.abortCode}` : res.message;
      return { status: 'error', error: executionError(res.status, `${callee.qualified}: ${what}`, loc, res.kind === 'abort' ? res.abortCode : undefined) };
    }
    if (res.length !== callee.returnCount) return failAt(INVARIANT_STATUSES.INTERPRETER_INVARIANT_VIOLATION, `native ${callee.qualified} returned ${res.length} values, expected ${callee.returnCount}`, caller, offset);
    for (let i = 0; i < res.length; i++) stack.push(res[i]!);
    return undefined;
  };

  // An entry that is itself native runs without a frame.
  if (entry.def.native) {
    const native = loader.resolveNative(entry);
    if (native === undefined) return failAt(S.MISSING_NATIVE, `no native registered for ${entry.qualified}`, entry, 0);
    for (const v of args) stack.push(v);
    try {
      return callNative(entry, native, entryTys, entry, 0) ?? { status: 'ok', returns: stack.splice(0) };
    } catch (e) {
      return failAt(INVARIANT_STATUSES.INTERPRETER_INVARIANT_VIOLATION, `native raised ${String(e)}`, entry, 0);
    }
  }

  let code = entry.code!;
  let ops = code.ops;
  let A = code.a;
  let B = code.b;
  let Xs = code.x;
  let gas = code.gas;
  let tys = entryTys;
  let locals: Value[] = new Array<Value>(entry.localCount);
  for (let i = 0; i < args.length; i++) locals[i] = args[i]!;
  const maxDepth = limits.maxCallDepth;
  const maxVec = limits.maxVectorLength;
  let pc = 0;
  let cur = 0;

  try {
    for (;;) {
      cur = pc++;
      const g = gas[cur]!;
      if (g !== 0 && !meter.charge(g)) return failAt(S.OUT_OF_GAS, 'out of gas', fn, cur);
      switch (ops[cur]) {
        case X.Nop:
          break;
        case X.Pop:
          stack.pop();
          break;
        case X.Ret: {
          const caller = frames.pop();
          if (caller === undefined) return { status: 'ok', returns: stack.splice(stack.length - fn.returnCount) };
          fn = caller.fn;
          live.fn = fn;
          pc = caller.pc;
          locals = caller.locals;
          tys = caller.tys;
          code = fn.code!;
          ops = code.ops;
          A = code.a;
          B = code.b;
          Xs = code.x;
          gas = code.gas;
          break;
        }
        case X.BrTrue:
          if (stack.pop() as boolean) pc = A[cur]!;
          break;
        case X.BrFalse:
          if (!(stack.pop() as boolean)) pc = A[cur]!;
          break;
        case X.Branch:
          pc = A[cur]!;
          break;
        case X.LdVal:
          stack.push(Xs[cur] as Value);
          break;
        case X.LdConstCopy: {
          const v = copyValue(Xs[cur] as Value);
          if (!meter.charge(lastCells * COPY_PER_CELL)) return failAt(S.OUT_OF_GAS, 'out of gas', fn, cur);
          stack.push(v);
          break;
        }
        case X.CopyLoc: {
          const v = locals[A[cur]!]!;
          if (Array.isArray(v)) {
            const c = copyValue(v);
            if (!meter.charge(lastCells * COPY_PER_CELL)) return failAt(S.OUT_OF_GAS, 'out of gas', fn, cur);
            stack.push(c);
          } else stack.push(v);
          break;
        }
        case X.MoveLoc: {
          const i = A[cur]!;
          stack.push(locals[i]!);
          locals[i] = undefined as unknown as Value;
          break;
        }
        case X.StLoc:
          locals[A[cur]!] = stack.pop()!;
          break;
        case X.BorrowLoc:
          stack.push(new Ref(locals, A[cur]!));
          break;
        case X.BorrowField: {
          const r = stack.pop() as Ref;
          stack.push(new Ref(r.c[r.i] as Value[], A[cur]!));
          break;
        }
        case X.Call:
        case X.CallGeneric: {
          const site = Xs[cur] as CallSite;
          const callee = site.target;
          if (frames.length + 1 >= maxDepth) return failAt(S.CALL_STACK_OVERFLOW, `call depth exceeds ${maxDepth}`, fn, cur);
          let calleeTys = site.fixed;
          if (calleeTys === undefined) {
            calleeTys = site.cache.get(tys);
            if (calleeTys === undefined) {
              try {
                calleeTys = loader.siteTypes(site, tys);
              } catch (e) {
                if (e instanceof TypeDepthError) return failAt(S.TYPE_TOO_DEEP, e.message, fn, cur);
                throw e;
              }
            }
          }
          const np = callee.paramCount;
          const nl: Value[] = new Array<Value>(callee.localCount);
          for (let i = np - 1; i >= 0; i--) nl[i] = stack.pop()!;
          frames.push(new Frame(fn, pc, locals, tys));
          fn = callee;
          live.fn = fn;
          code = callee.code!;
          ops = code.ops;
          A = code.a;
          B = code.b;
          Xs = code.x;
          gas = code.gas;
          locals = nl;
          tys = calleeTys;
          pc = 0;
          break;
        }
        case X.CallNative: {
          const site = Xs[cur] as CallSite;
          const callee = site.target;
          const native = callee.native ?? loader.resolveNative(callee);
          if (native === undefined) return failAt(S.MISSING_NATIVE, `no native registered for ${callee.qualified}`, fn, cur);
          let calleeTys = site.fixed;
          if (calleeTys === undefined) {
            try {
              calleeTys = loader.siteTypes(site, tys);
            } catch (e) {
              if (e instanceof TypeDepthError) return failAt(S.TYPE_TOO_DEEP, e.message, fn, cur);
              throw e;
            }
          }
          const failed = callNative(callee, native, calleeTys, fn, cur);
          if (failed !== undefined) return failed;
          break;
        }
        case X.Pack:
          stack.push(stack.splice(stack.length - A[cur]!));
          break;
        case X.Unpack: {
          const s = stack.pop() as Value[];
          for (let i = 0; i < s.length; i++) stack.push(s[i]!);
          break;
        }
        case X.PackVariant: {
          const n = A[cur]!;
          const v: Value[] = new Array<Value>(n + 1);
          v[0] = B[cur]!;
          for (let i = n; i >= 1; i--) v[i] = stack.pop()!;
          stack.push(v);
          break;
        }
        case X.UnpackVariant: {
          const v = stack.pop() as Value[];
          if (v[0] !== B[cur]) return failAt(S.VARIANT_MISMATCH, `expected variant ${B[cur]}, found ${String(v[0])}`, fn, cur);
          for (let i = 1; i < v.length; i++) stack.push(v[i]!);
          break;
        }
        case X.UnpackVariantRef: {
          const r = stack.pop() as Ref;
          const v = r.c[r.i] as Value[];
          if (v[0] !== B[cur]) return failAt(S.VARIANT_MISMATCH, `expected variant ${B[cur]}, found ${String(v[0])}`, fn, cur);
          for (let i = 1; i < v.length; i++) stack.push(new Ref(v, i));
          break;
        }
        case X.VariantSwitch: {
          const r = stack.pop() as Ref;
          const tag = (r.c[r.i] as Value[])[0] as number;
          const target = (Xs[cur] as Uint32Array)[tag];
          if (target === undefined) return failAt(INVARIANT_STATUSES.INTERPRETER_INVARIANT_VIOLATION, `variant ${tag} has no jump target`, fn, cur);
          pc = target;
          break;
        }
        case X.ReadRef: {
          const r = stack.pop() as Ref;
          const v = r.c[r.i]!;
          if (Array.isArray(v)) {
            const c = copyValue(v);
            if (!meter.charge(lastCells * READ_PER_CELL)) return failAt(S.OUT_OF_GAS, 'out of gas', fn, cur);
            stack.push(c);
          } else stack.push(v);
          break;
        }
        case X.WriteRef: {
          const r = stack.pop() as Ref;
          r.c[r.i] = stack.pop()!;
          break;
        }

        // --- u8/u16/u32: numbers; A = max, B = bits -------------------------------------------
        case X.AddS: {
          const y = stack.pop() as number;
          const z = (stack[stack.length - 1] as number) + y;
          if (z > A[cur]!) return failAt(S.ARITHMETIC_ERROR, 'addition overflows', fn, cur);
          stack[stack.length - 1] = z;
          break;
        }
        case X.SubS: {
          const y = stack.pop() as number;
          const z = (stack[stack.length - 1] as number) - y;
          if (z < 0) return failAt(S.ARITHMETIC_ERROR, 'subtraction underflows', fn, cur);
          stack[stack.length - 1] = z;
          break;
        }
        case X.MulS: {
          const y = stack.pop() as number;
          const z = (stack[stack.length - 1] as number) * y;
          if (z > A[cur]!) return failAt(S.ARITHMETIC_ERROR, 'multiplication overflows', fn, cur);
          stack[stack.length - 1] = z;
          break;
        }
        case X.DivS: {
          const y = stack.pop() as number;
          if (y === 0) return failAt(S.ARITHMETIC_ERROR, 'division by zero', fn, cur);
          stack[stack.length - 1] = Math.floor((stack[stack.length - 1] as number) / y);
          break;
        }
        case X.ModS: {
          const y = stack.pop() as number;
          if (y === 0) return failAt(S.ARITHMETIC_ERROR, 'remainder by zero', fn, cur);
          stack[stack.length - 1] = (stack[stack.length - 1] as number) % y;
          break;
        }
        case X.BitOrS: {
          const y = stack.pop() as number;
          stack[stack.length - 1] = ((stack[stack.length - 1] as number) | y) >>> 0;
          break;
        }
        case X.BitAndS: {
          const y = stack.pop() as number;
          stack[stack.length - 1] = ((stack[stack.length - 1] as number) & y) >>> 0;
          break;
        }
        case X.XorS: {
          const y = stack.pop() as number;
          stack[stack.length - 1] = ((stack[stack.length - 1] as number) ^ y) >>> 0;
          break;
        }
        case X.ShlS: {
          const s = stack.pop() as number;
          if (s >= B[cur]!) return failAt(S.ARITHMETIC_ERROR, `shift by ${s} is not less than the bit width`, fn, cur);
          const v = stack[stack.length - 1] as number;
          stack[stack.length - 1] = B[cur] === 32 ? (v << s) >>> 0 : (v << s) & A[cur]!;
          break;
        }
        case X.ShrS: {
          const s = stack.pop() as number;
          if (s >= B[cur]!) return failAt(S.ARITHMETIC_ERROR, `shift by ${s} is not less than the bit width`, fn, cur);
          stack[stack.length - 1] = (stack[stack.length - 1] as number) >>> s;
          break;
        }

        // --- u64: a number when <= 2^53 - 1, else a bigint (values.ts) -------------------------
        case X.AddU64: {
          const y = stack.pop() as number | bigint;
          const x = stack[stack.length - 1] as number | bigint;
          if (typeof x === 'number' && typeof y === 'number') {
            const z = x + y;
            stack[stack.length - 1] = z <= MAX_SAFE ? z : BigInt(x) + BigInt(y);
          } else {
            const z = BigInt(x) + BigInt(y);
            if (z > U64_MAX) return failAt(S.ARITHMETIC_ERROR, 'addition overflows', fn, cur);
            stack[stack.length - 1] = z;
          }
          break;
        }
        case X.SubU64: {
          const y = stack.pop() as number | bigint;
          const x = stack[stack.length - 1] as number | bigint;
          if (typeof x === 'number' && typeof y === 'number') {
            const z = x - y;
            if (z < 0) return failAt(S.ARITHMETIC_ERROR, 'subtraction underflows', fn, cur);
            stack[stack.length - 1] = z;
          } else {
            const z = BigInt(x) - BigInt(y);
            if (z < 0n) return failAt(S.ARITHMETIC_ERROR, 'subtraction underflows', fn, cur);
            stack[stack.length - 1] = u64(z);
          }
          break;
        }
        case X.MulU64: {
          const y = stack.pop() as number | bigint;
          const x = stack[stack.length - 1] as number | bigint;
          if (typeof x === 'number' && typeof y === 'number') {
            const z = x * y;
            if (z <= MAX_SAFE) {
              stack[stack.length - 1] = z;
              break;
            }
          }
          const z = BigInt(x) * BigInt(y);
          if (z > U64_MAX) return failAt(S.ARITHMETIC_ERROR, 'multiplication overflows', fn, cur);
          stack[stack.length - 1] = u64(z);
          break;
        }
        case X.DivU64: {
          const y = stack.pop() as number | bigint;
          const x = stack[stack.length - 1] as number | bigint;
          if (y === 0) return failAt(S.ARITHMETIC_ERROR, 'division by zero', fn, cur);
          stack[stack.length - 1] = typeof x === 'number' && typeof y === 'number' ? Math.floor(x / y) : u64(BigInt(x) / BigInt(y));
          break;
        }
        case X.ModU64: {
          const y = stack.pop() as number | bigint;
          const x = stack[stack.length - 1] as number | bigint;
          if (y === 0) return failAt(S.ARITHMETIC_ERROR, 'remainder by zero', fn, cur);
          stack[stack.length - 1] = typeof x === 'number' && typeof y === 'number' ? x % y : u64(BigInt(x) % BigInt(y));
          break;
        }
        case X.BitOrU64: {
          const y = stack.pop() as number | bigint;
          const x = stack[stack.length - 1] as number | bigint;
          stack[stack.length - 1] = typeof x === 'number' && typeof y === 'number' && x <= 0xffffffff && y <= 0xffffffff ? (x | y) >>> 0 : u64(BigInt(x) | BigInt(y));
          break;
        }
        case X.BitAndU64: {
          const y = stack.pop() as number | bigint;
          const x = stack[stack.length - 1] as number | bigint;
          stack[stack.length - 1] = typeof x === 'number' && typeof y === 'number' && x <= 0xffffffff && y <= 0xffffffff ? (x & y) >>> 0 : u64(BigInt(x) & BigInt(y));
          break;
        }
        case X.XorU64: {
          const y = stack.pop() as number | bigint;
          const x = stack[stack.length - 1] as number | bigint;
          stack[stack.length - 1] = typeof x === 'number' && typeof y === 'number' && x <= 0xffffffff && y <= 0xffffffff ? (x ^ y) >>> 0 : u64(BigInt(x) ^ BigInt(y));
          break;
        }
        case X.ShlU64: {
          const s = stack.pop() as number;
          if (s >= 64) return failAt(S.ARITHMETIC_ERROR, `shift by ${s} is not less than the bit width`, fn, cur);
          const x = stack[stack.length - 1] as number | bigint;
          if (typeof x === 'number') {
            // Scaling by a power of two is exact in floating point while the result is safe.
            const z = x * 2 ** s;
            if (z <= MAX_SAFE) {
              stack[stack.length - 1] = z;
              break;
            }
          }
          stack[stack.length - 1] = u64((BigInt(x) << BigInt(s)) & U64_MAX);
          break;
        }
        case X.ShrU64: {
          const s = stack.pop() as number;
          if (s >= 64) return failAt(S.ARITHMETIC_ERROR, `shift by ${s} is not less than the bit width`, fn, cur);
          const x = stack[stack.length - 1] as number | bigint;
          stack[stack.length - 1] = typeof x === 'number' ? Math.floor(x / 2 ** s) : u64(x >> BigInt(s));
          break;
        }

        // --- u128/u256: bigints; Xs = max, B = bits ------------------------------------------
        case X.AddB: {
          const y = stack.pop() as bigint;
          const z = (stack[stack.length - 1] as bigint) + y;
          if (z > (Xs[cur] as bigint)) return failAt(S.ARITHMETIC_ERROR, 'addition overflows', fn, cur);
          stack[stack.length - 1] = z;
          break;
        }
        case X.SubB: {
          const y = stack.pop() as bigint;
          const z = (stack[stack.length - 1] as bigint) - y;
          if (z < 0n) return failAt(S.ARITHMETIC_ERROR, 'subtraction underflows', fn, cur);
          stack[stack.length - 1] = z;
          break;
        }
        case X.MulB: {
          const y = stack.pop() as bigint;
          const z = (stack[stack.length - 1] as bigint) * y;
          if (z > (Xs[cur] as bigint)) return failAt(S.ARITHMETIC_ERROR, 'multiplication overflows', fn, cur);
          stack[stack.length - 1] = z;
          break;
        }
        case X.DivB: {
          const y = stack.pop() as bigint;
          if (y === 0n) return failAt(S.ARITHMETIC_ERROR, 'division by zero', fn, cur);
          stack[stack.length - 1] = (stack[stack.length - 1] as bigint) / y;
          break;
        }
        case X.ModB: {
          const y = stack.pop() as bigint;
          if (y === 0n) return failAt(S.ARITHMETIC_ERROR, 'remainder by zero', fn, cur);
          stack[stack.length - 1] = (stack[stack.length - 1] as bigint) % y;
          break;
        }
        case X.BitOrB: {
          const y = stack.pop() as bigint;
          stack[stack.length - 1] = (stack[stack.length - 1] as bigint) | y;
          break;
        }
        case X.BitAndB: {
          const y = stack.pop() as bigint;
          stack[stack.length - 1] = (stack[stack.length - 1] as bigint) & y;
          break;
        }
        case X.XorB: {
          const y = stack.pop() as bigint;
          stack[stack.length - 1] = (stack[stack.length - 1] as bigint) ^ y;
          break;
        }
        case X.ShlB: {
          const s = stack.pop() as number;
          if (s >= B[cur]!) return failAt(S.ARITHMETIC_ERROR, `shift by ${s} is not less than the bit width`, fn, cur);
          stack[stack.length - 1] = ((stack[stack.length - 1] as bigint) << BigInt(s)) & (Xs[cur] as bigint);
          break;
        }
        case X.ShrB: {
          const s = stack.pop() as number;
          if (s >= B[cur]!) return failAt(S.ARITHMETIC_ERROR, `shift by ${s} is not less than the bit width`, fn, cur);
          stack[stack.length - 1] = (stack[stack.length - 1] as bigint) >> BigInt(s);
          break;
        }

        case X.Or: {
          const y = stack.pop() as boolean;
          stack[stack.length - 1] = (stack[stack.length - 1] as boolean) || y;
          break;
        }
        case X.And: {
          const y = stack.pop() as boolean;
          stack[stack.length - 1] = (stack[stack.length - 1] as boolean) && y;
          break;
        }
        case X.Not:
          stack[stack.length - 1] = !(stack[stack.length - 1] as boolean);
          break;
        case X.EqPrim: {
          const y = stack.pop();
          stack[stack.length - 1] = stack[stack.length - 1] === y;
          break;
        }
        case X.NeqPrim: {
          const y = stack.pop();
          stack[stack.length - 1] = stack[stack.length - 1] !== y;
          break;
        }
        case X.EqDeep:
        case X.NeqDeep: {
          const y = stack.pop()!;
          const eq = valuesEqual(stack[stack.length - 1]!, y);
          if (!meter.charge(lastCells * EQ_PER_CELL)) return failAt(S.OUT_OF_GAS, 'out of gas', fn, cur);
          stack[stack.length - 1] = ops[cur] === X.EqDeep ? eq : !eq;
          break;
        }
        // Comparisons are exact across number and bigint (u64's two forms).
        case X.Lt: {
          const y = stack.pop() as number;
          stack[stack.length - 1] = (stack[stack.length - 1] as number) < y;
          break;
        }
        case X.Gt: {
          const y = stack.pop() as number;
          stack[stack.length - 1] = (stack[stack.length - 1] as number) > y;
          break;
        }
        case X.Le: {
          const y = stack.pop() as number;
          stack[stack.length - 1] = (stack[stack.length - 1] as number) <= y;
          break;
        }
        case X.Ge: {
          const y = stack.pop() as number;
          stack[stack.length - 1] = (stack[stack.length - 1] as number) >= y;
          break;
        }
        case X.CastSmall: {
          const v = stack[stack.length - 1] as number | bigint;
          const max = A[cur]!;
          if (v > max) return failAt(S.ARITHMETIC_ERROR, `cast of ${v} does not fit`, fn, cur);
          if (typeof v === 'bigint') stack[stack.length - 1] = Number(v);
          break;
        }
        case X.CastU64: {
          const v = stack[stack.length - 1] as number | bigint;
          if (typeof v === 'bigint') {
            if (v > U64_MAX) return failAt(S.ARITHMETIC_ERROR, `cast of ${v} does not fit`, fn, cur);
            stack[stack.length - 1] = u64(v);
          }
          break;
        }
        case X.CastBig: {
          const v = stack[stack.length - 1] as number | bigint;
          if (typeof v === 'number') stack[stack.length - 1] = BigInt(v);
          else if (v > (Xs[cur] as bigint)) return failAt(S.ARITHMETIC_ERROR, `cast of ${v} does not fit`, fn, cur);
          break;
        }
        case X.Abort: {
          const c = stack.pop() as number | bigint;
          const codeValue = BigInt(c);
          return { status: 'error', error: executionError(S.ABORTED, `${fn.qualified}: aborted with code ${codeValue}`, location(fn, cur), codeValue) };
        }
        case X.VecPack: {
          const n = A[cur]!;
          if (n > maxVec) return failAt(S.VECTOR_TOO_LONG, `vector of ${n} elements exceeds ${maxVec}`, fn, cur);
          stack.push(stack.splice(stack.length - n));
          break;
        }
        case X.VecLen: {
          const r = stack.pop() as Ref;
          stack.push((r.c[r.i] as Value[]).length);
          break;
        }
        case X.VecBorrow: {
          const i = stack.pop() as number | bigint;
          const r = stack.pop() as Ref;
          const v = r.c[r.i] as Value[];
          if (typeof i !== 'number' || i >= v.length) return failAt(S.VECTOR_OUT_OF_BOUNDS, `index ${i} out of bounds for length ${v.length}`, fn, cur);
          stack.push(new Ref(v, i));
          break;
        }
        case X.VecPushBack: {
          const e = stack.pop()!;
          const r = stack.pop() as Ref;
          const v = r.c[r.i] as Value[];
          if (v.length >= maxVec) return failAt(S.VECTOR_TOO_LONG, `vector longer than ${maxVec} elements`, fn, cur);
          v.push(e);
          break;
        }
        case X.VecPopBack: {
          const r = stack.pop() as Ref;
          const v = r.c[r.i] as Value[];
          if (v.length === 0) return failAt(S.VECTOR_OUT_OF_BOUNDS, 'pop from an empty vector', fn, cur);
          stack.push(v.pop()!);
          break;
        }
        case X.VecUnpack: {
          const v = stack.pop() as Value[];
          if (v.length !== A[cur]) return failAt(S.VECTOR_UNPACK_LENGTH, `expected ${A[cur]} elements, found ${v.length}`, fn, cur);
          for (let i = 0; i < v.length; i++) stack.push(v[i]!);
          break;
        }
        case X.VecSwap: {
          const j = stack.pop() as number | bigint;
          const i = stack.pop() as number | bigint;
          const r = stack.pop() as Ref;
          const v = r.c[r.i] as Value[];
          if (typeof i !== 'number' || typeof j !== 'number' || i >= v.length || j >= v.length) return failAt(S.VECTOR_OUT_OF_BOUNDS, `swap ${i}, ${j} out of bounds for length ${v.length}`, fn, cur);
          const t = v[i]!;
          v[i] = v[j]!;
          v[j] = t;
          break;
        }
        case X.Trap:
          return failAt(INVARIANT_STATUSES.INTERPRETER_INVARIANT_VIOLATION, 'reached code the loader found unreachable', fn, cur);
        default:
          return failAt(INVARIANT_STATUSES.INTERPRETER_INVARIANT_VIOLATION, `unknown internal opcode ${ops[cur]}`, fn, cur);
      }
    }
  } catch (e) {
    return failAt(INVARIANT_STATUSES.INTERPRETER_INVARIANT_VIOLATION, `internal error: ${e instanceof Error ? e.message : String(e)}`, fn, cur);
  }
}

function failAt(status: StatusInfo, message: string, fn: LoadedFunction, offset: number): CallResult {
  return { status: 'error', error: executionError(status, `${fn.qualified}: ${message}`, location(fn, offset)) };
}

/** `0x2::coin::split` for a location, for messages. */
export function showLocation(loc: ExecutionLocation): string {
  return `${showModuleId(loc.module)}::${loc.function}@${loc.offset}${loc.line === undefined ? '' : ` (line ${loc.line})`}`;
}
