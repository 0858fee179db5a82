// Runtime types and values: interning, Sui-format names, u64 canonical form, copying and
// equality of containers.

import { describe, expect, it } from 'vitest';
import { internTypes, showType, T, typeName, V } from '../../../vm/runtime/index.js';
import { copyValue, valuesEqual } from '../../../vm/runtime/values.js';
import { mid } from './build.js';

describe('runtime types', () => {
  it('interns equal types to the same object and lists to the same array', () => {
    const a = T.datatype(mid('0x2', 'coin'), 'Coin', [T.vector(T.u8)]);
    const b = T.datatype(mid('0x02', 'coin'), 'Coin', [T.vector(T.u8)]);
    expect(a).toBe(b);
    expect(internTypes([a, T.u64])).toBe(internTypes([b, T.u64]));
    expect(a.depth).toBe(3);
  });
  it('names types as Sui does: full addresses without 0x, arguments separated by a bare comma', () => {
    const pair = T.datatype(mid('0xa', 'm'), 'P', [T.u64, T.datatype(mid('0x2', 'sui'), 'SUI')]);
    expect(typeName(pair)).toBe(`${'0'.repeat(63)}a::m::P<u64,${'0'.repeat(63)}2::sui::SUI>`);
    expect(showType(pair)).toBe('0xa::m::P<u64, 0x2::sui::SUI>');
    expect(typeName(T.vector(T.address))).toBe('vector<address>');
  });
});

describe('values', () => {
  it('keeps u64 canonical: a number up to 2^53 - 1, a bigint above', () => {
    expect(V.u64(5n)).toBe(5);
    expect(V.u64(2 ** 53 - 1)).toBe(Number.MAX_SAFE_INTEGER);
    expect(V.u64(2n ** 53n)).toBe(2n ** 53n);
    expect(() => V.u64(-1)).toThrow(RangeError);
    expect(() => V.u64(1n << 64n)).toThrow(RangeError);
    expect(() => V.u8(256)).toThrow(RangeError);
  });
  it('copies containers deeply and compares them structurally', () => {
    const v = V.struct(1, V.vector([V.bytes('ab'), V.bytes('c')]));
    const c = copyValue(v) as unknown[];
    expect(c).toEqual(v);
    ((c[1] as unknown[])[0] as number[]).push(1);
    expect(valuesEqual(v, V.struct(1, V.vector([V.bytes('ab'), V.bytes('c')])))).toBe(true);
    expect(valuesEqual(v, c as never)).toBe(false);
    expect(V.address(1n)).toBe('0x' + '0'.repeat(63) + '1');
  });
});
