// Shared helpers for the standard-library natives. In: a native's context and arguments. Out:
// gas charging by registered name, and reading common argument shapes (references, vector<u8>).

import { NATIVE_GAS } from '../../vm/gas/schedule.js';
import type { NativeContext } from '../../vm/runtime/natives.js';
import { chargeNative } from '../../vm/runtime/natives.js';
import type { Value } from '../../vm/runtime/values.js';
import { deref } from '../../vm/runtime/values.js';

/** Charges the cost listed in NATIVE_GAS for `name`; false means out of gas. */
export function charge(ctx: NativeContext, name: string, units = 0): boolean {
  const cost = NATIVE_GAS[name];
  return cost === undefined ? true : chargeNative(ctx, cost, units);
}

/** The vector behind a `&vector<T>` / `&mut vector<T>` argument (or a vector passed by value). */
export function vec(v: Value): Value[] {
  return deref(v) as Value[];
}

/** A vector<u8> value as bytes. */
export function bytes(v: Value): Uint8Array {
  return Uint8Array.from(deref(v) as number[]);
}

/** Bytes as a vector<u8> value. */
export function byteVector(b: Uint8Array): Value {
  return Array.from(b);
}
