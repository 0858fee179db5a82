// Natives of std::string. In: UTF-8 byte vectors and byte indices. Out: validity checks,
// sub-strings and search results with Rust's `str` semantics (what Move's natives use).

import type { NativeFunction } from '../../vm/runtime/natives.js';
import { NativeFailure } from '../../vm/runtime/natives.js';
import { EXECUTION_STATUSES as S } from '../../vm/runtime/status.js';
import { u64Index } from '../../vm/runtime/values.js';
import { charge, vec } from './util.js';

const M = '0x1::string::';
const strict = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

export function isValidUtf8(b: Uint8Array): boolean {
  try {
    strict.decode(b);
    return true;
  } catch {
    return false;
  }
}

export const stringNatives: Record<string, NativeFunction> = {
  [M + 'internal_check_utf8']: (ctx, _t, [v]) => {
    const b = vec(v!) as number[];
    if (!charge(ctx, M + 'internal_check_utf8', b.length)) return NativeFailure.outOfGas();
    return [isValidUtf8(Uint8Array.from(b))];
  },
  [M + 'internal_is_char_boundary']: (ctx, _t, [v, i]) => {
    if (!charge(ctx, M + 'internal_is_char_boundary')) return NativeFailure.outOfGas();
    const b = vec(v!) as number[];
    const k = u64Index(i!);
    if (k === 0 || k === b.length) return [true];
    if (k < 0 || k > b.length) return [false];
    // Not a continuation byte (10xxxxxx).
    return [(b[k]! & 0xc0) !== 0x80];
  },
  [M + 'internal_sub_string']: (ctx, _t, [v, i, j]) => {
    const b = vec(v!) as number[];
    const from = u64Index(i!);
    const to = u64Index(j!);
    if (from < 0 || to < 0 || from > to || to > b.length) return NativeFailure.status(S.VECTOR_OUT_OF_BOUNDS, `sub_string ${String(i)}..${String(j)} of ${b.length} bytes`);
    if (!charge(ctx, M + 'internal_sub_string', to - from)) return NativeFailure.outOfGas();
    return [b.slice(from, to)];
  },
  [M + 'internal_index_of']: (ctx, _t, [v, r]) => {
    const hay = vec(v!) as number[];
    const needle = vec(r!) as number[];
    if (!charge(ctx, M + 'internal_index_of', hay.length * Math.max(1, needle.length))) return NativeFailure.outOfGas();
    outer: for (let start = 0; start + needle.length <= hay.length; start++) {
      for (let k = 0; k < needle.length; k++) if (hay[start + k] !== needle[k]) continue outer;
      return [start];
    }
    return [hay.length];
  },
};
