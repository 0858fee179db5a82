// Integer semantics: every binary operator at every width against a bigint reference model
// (fast-check), the abort conditions (overflow, underflow, division by zero, shift width, cast
// range) and u256 edge values.

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { PrimType } from '../../../vm/bytecode/module.js';
import { Op } from '../../../vm/bytecode/opcodes.js';
import { EXECUTION_STATUSES, V } from '../../../vm/runtime/index.js';
import type { Value } from '../../../vm/runtime/index.js';
import { call, failed, loaded, mid, ModuleBuilder, ok } from './build.js';

const WIDTHS = ['u8', 'u16', 'u32', 'u64', 'u128', 'u256'] as const;
type W = (typeof WIDTHS)[number];
const BITS: Record<W, number> = { u8: 8, u16: 16, u32: 32, u64: 64, u128: 128, u256: 256 };
const OPS = { add: Op.Add, sub: Op.Sub, mul: Op.Mul, div: Op.Div, mod: Op.Mod, or: Op.BitOr, and: Op.BitAnd, xor: Op.Xor, shl: Op.Shl, shr: Op.Shr, lt: Op.Lt, gt: Op.Gt, le: Op.Le, ge: Op.Ge, eq: Op.Eq, neq: Op.Neq } as const;
type OpName = keyof typeof OPS;
const CASTS = [Op.CastU8, Op.CastU16, Op.CastU32, Op.CastU64, Op.CastU128, Op.CastU256];

const M = mid('0xa', 'arith');
const b = new ModuleBuilder('0xa', 'arith');
for (const w of WIDTHS) {
  for (const [name, op] of Object.entries(OPS)) {
    const shift = name === 'shl' || name === 'shr';
    const cmp = ['lt', 'gt', 'le', 'ge', 'eq', 'neq'].includes(name);
    b.fn(`${name}_${w}`, { params: [w, shift ? 'u8' : w], returns: [cmp ? 'bool' : w] }, [[Op.MoveLoc, 0], [Op.MoveLoc, 1], [op], [Op.Ret]]);
  }
  WIDTHS.forEach((to, i) => {
    b.fn(`cast_${w}_${to}`, { params: [w], returns: [to] }, [[Op.MoveLoc, 0], [CASTS[i]!], [Op.Ret]]);
  });
}
const vm = loaded([b.build()]);

const max = (w: W): bigint => (1n << BigInt(BITS[w])) - 1n;
const val = (w: W, n: bigint): Value => (w === 'u64' ? V.u64(n) : w === 'u128' || w === 'u256' ? n : Number(n));
const big = (v: Value): bigint => BigInt(v as number | bigint);

/** The reference model: the result, or 'arith' for an ARITHMETIC_ERROR. */
function model(op: OpName, w: W, x: bigint, y: bigint): bigint | boolean | 'arith' {
  const m = max(w);
  const fit = (r: bigint) => (r < 0n || r > m ? 'arith' : r);
  switch (op) {
    case 'add': return fit(x + y);
    case 'sub': return fit(x - y);
    case 'mul': return fit(x * y);
    case 'div': return y === 0n ? 'arith' : x / y;
    case 'mod': return y === 0n ? 'arith' : x % y;
    case 'or': return x | y;
    case 'and': return x & y;
    case 'xor': return x ^ y;
    case 'shl': return y >= BigInt(BITS[w]) ? 'arith' : (x << y) & m;
    case 'shr': return y >= BigInt(BITS[w]) ? 'arith' : x >> y;
    case 'lt': return x < y;
    case 'gt': return x > y;
    case 'le': return x <= y;
    case 'ge': return x >= y;
    case 'eq': return x === y;
    case 'neq': return x !== y;
  }
}

function run(op: OpName, w: W, x: bigint, y: bigint): bigint | boolean | 'arith' {
  const shift = op === 'shl' || op === 'shr';
  const r = call(vm, M, `${op}_${w}`, [val(w, x), shift ? Number(y) : val(w, y)]);
  if (r.status === 'error') {
    expect(r.error.name).toBe('ARITHMETIC_ERROR');
    return 'arith';
  }
  const out = r.returns[0]!;
  if (typeof out === 'boolean') return out;
  // The representation must be canonical for the width.
  if (w === 'u8' || w === 'u16' || w === 'u32') expect(typeof out).toBe('number');
  if (w === 'u128' || w === 'u256') expect(typeof out).toBe('bigint');
  if (w === 'u64') expect(typeof out === 'number' ? Number.isSafeInteger(out) : (out as bigint) > BigInt(Number.MAX_SAFE_INTEGER)).toBe(true);
  return big(out);
}

/** Integers of width w, biased towards the edges where the representations switch. */
function intOf(w: W): fc.Arbitrary<bigint> {
  const m = max(w);
  const edges = [0n, 1n, 2n, m, m - 1n, m / 2n, m / 2n + 1n, 0xffffffffn & m, (1n << 32n) & m, BigInt(Number.MAX_SAFE_INTEGER) & m, (BigInt(Number.MAX_SAFE_INTEGER) + 1n) & m];
  return fc.oneof(fc.constantFrom(...edges), fc.bigInt({ min: 0n, max: m }), fc.bigInt({ min: 0n, max: m < 1000n ? m : 1000n }));
}

describe('integer operators agree with a bigint model', () => {
  for (const w of WIDTHS) {
    it(`${w}`, () => {
      fc.assert(
        fc.property(fc.constantFrom(...(Object.keys(OPS) as OpName[])), intOf(w), intOf(w), fc.nat({ max: BITS[w] + 3 }), (op, x, y, s) => {
          const rhs = op === 'shl' || op === 'shr' ? BigInt(Math.min(s, 255)) : y;
          expect(run(op, w, x, rhs)).toEqual(model(op, w, x, rhs));
        }),
        { numRuns: 400 },
      );
    });
  }
});

describe('abort conditions', () => {
  for (const w of WIDTHS) {
    it(`${w}: overflow, underflow, division by zero, shift width`, () => {
      const m = max(w);
      expect(run('add', w, m, 1n)).toBe('arith');
      expect(run('mul', w, m, 2n)).toBe('arith');
      expect(run('sub', w, 0n, 1n)).toBe('arith');
      expect(run('div', w, 1n, 0n)).toBe('arith');
      expect(run('mod', w, 1n, 0n)).toBe('arith');
      // The shift amount is a u8, so u256 shifts can never reach the width.
      if (BITS[w] < 256) {
        expect(run('shl', w, 1n, BigInt(BITS[w]))).toBe('arith');
        expect(run('shr', w, 1n, BigInt(BITS[w]))).toBe('arith');
      }
      expect(run('add', w, m - 1n, 1n)).toBe(m);
      expect(run('shl', w, 1n, BigInt(BITS[w] - 1))).toBe(1n << BigInt(BITS[w] - 1));
      expect(run('shl', w, m, 1n)).toBe(m - 1n);
    });
  }

  it('casts abort when the value does not fit, at every pair of widths', () => {
    for (const from of WIDTHS) {
      for (const to of WIDTHS) {
        const top = max(from);
        const r = call(vm, M, `cast_${from}_${to}`, [val(from, top)]);
        if (top <= max(to)) expect(big(ok(r)[0]!)).toBe(top);
        else {
          expect(failed(r).name).toBe('ARITHMETIC_ERROR');
          expect(big(ok(call(vm, M, `cast_${from}_${to}`, [val(from, max(to))]))[0]!)).toBe(max(to));
        }
      }
    }
  });

  it('u64 results switch representation at 2^53 and back', () => {
    const safe = BigInt(Number.MAX_SAFE_INTEGER);
    expect(ok(call(vm, M, 'add_u64', [V.u64(safe), V.u64(1)]))[0]).toBe(safe + 1n);
    expect(ok(call(vm, M, 'sub_u64', [V.u64(safe + 1n), V.u64(1)]))[0]).toBe(Number.MAX_SAFE_INTEGER);
    expect(ok(call(vm, M, 'eq_u64', [V.u64(safe + 1n), V.u64(safe + 1n)]))[0]).toBe(true);
    expect(ok(call(vm, M, 'lt_u64', [V.u64(5), V.u64(safe + 10n)]))[0]).toBe(true);
    expect(ok(call(vm, M, 'cast_u128_u64', [5n]))[0]).toBe(5);
  });

  it('u256 edge values', () => {
    const m = max('u256');
    expect(run('mul', 'u256', 1n << 128n, (1n << 128n) - 1n)).toBe((1n << 256n) - (1n << 128n));
    expect(run('mul', 'u256', 1n << 128n, 1n << 128n)).toBe('arith');
    expect(run('xor', 'u256', m, 0n)).toBe(m);
    expect(run('shr', 'u256', m, 255n)).toBe(1n);
    expect(run('div', 'u256', m, m)).toBe(1n);
    expect(run('sub', 'u256', m, m)).toBe(0n);
  });

  it('reports ARITHMETIC_ERROR with the status code and location', () => {
    const e = failed(call(vm, M, 'add_u8', [255, 1]));
    expect(e.code).toBe(EXECUTION_STATUSES.ARITHMETIC_ERROR.code);
    expect(e.location).toMatchObject({ module: M, function: 'add_u8', offset: 2, line: 102 });
  });
});

// Keep the PrimType import honest: every width is a primitive type name.
const _widths: readonly PrimType[] = WIDTHS;
void _widths;
