// Natives of std::vector. In: vectors (by reference or value) and u64 indices. Out: elements,
// references into the vector, or the same execution statuses the vector instructions raise.

import type { NativeFunction } from '../../vm/runtime/natives.js';
import { NativeFailure } from '../../vm/runtime/natives.js';
import { EXECUTION_STATUSES as S } from '../../vm/runtime/status.js';
import type { Value } from '../../vm/runtime/values.js';
import { Ref, u64Index } from '../../vm/runtime/values.js';
import { charge, vec } from './util.js';

const M = '0x1::vector::';
const outOfBounds = (i: Value, len: number) => NativeFailure.status(S.VECTOR_OUT_OF_BOUNDS, `index ${String(i)} out of bounds for length ${len}`);

export const vectorNatives: Record<string, NativeFunction> = {
  [M + 'empty']: (ctx) => (charge(ctx, M + 'empty') ? [[]] : NativeFailure.outOfGas()),
  [M + 'length']: (ctx, _t, [v]) => (charge(ctx, M + 'length') ? [vec(v!).length] : NativeFailure.outOfGas()),
  [M + 'borrow']: (ctx, _t, [v, i]) => {
    if (!charge(ctx, M + 'borrow')) return NativeFailure.outOfGas();
    const items = vec(v!);
    const k = u64Index(i!);
    return k < 0 || k >= items.length ? outOfBounds(i!, items.length) : [new Ref(items, k)];
  },
  [M + 'borrow_mut']: (ctx, _t, [v, i]) => {
    if (!charge(ctx, M + 'borrow_mut')) return NativeFailure.outOfGas();
    const items = vec(v!);
    const k = u64Index(i!);
    return k < 0 || k >= items.length ? outOfBounds(i!, items.length) : [new Ref(items, k)];
  },
  [M + 'push_back']: (ctx, _t, [v, e]) => {
    if (!charge(ctx, M + 'push_back')) return NativeFailure.outOfGas();
    const items = vec(v!);
    if (items.length >= ctx.limits.maxVectorLength) return NativeFailure.status(S.VECTOR_TOO_LONG, `vector longer than ${ctx.limits.maxVectorLength} elements`);
    items.push(e!);
    return [];
  },
  [M + 'pop_back']: (ctx, _t, [v]) => {
    if (!charge(ctx, M + 'pop_back')) return NativeFailure.outOfGas();
    const items = vec(v!);
    return items.length === 0 ? NativeFailure.status(S.VECTOR_OUT_OF_BOUNDS, 'pop from an empty vector') : [items.pop()!];
  },
  [M + 'destroy_empty']: (ctx, _t, [v]) => {
    if (!charge(ctx, M + 'destroy_empty')) return NativeFailure.outOfGas();
    const n = vec(v!).length;
    return n === 0 ? [] : NativeFailure.status(S.VECTOR_UNPACK_LENGTH, `destroy_empty of a vector of length ${n}`);
  },
  [M + 'swap']: (ctx, _t, [v, i, j]) => {
    if (!charge(ctx, M + 'swap')) return NativeFailure.outOfGas();
    const items = vec(v!);
    const a = u64Index(i!);
    const b = u64Index(j!);
    if (a < 0 || a >= items.length) return outOfBounds(i!, items.length);
    if (b < 0 || b >= items.length) return outOfBounds(j!, items.length);
    const t = items[a]!;
    items[a] = items[b]!;
    items[b] = t;
    return [];
  },
};
