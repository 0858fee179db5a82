// Natives of sui::dynamic_field. In: parent addresses, child IDs, child values and their types.
// Out: child IDs derived as Sui derives them, and child objects added to, borrowed from and
// removed from the object runtime; aborts with dynamic_field's codes (EFieldAlreadyExists 0,
// EFieldDoesNotExist 1, EFieldTypeMismatch 2, EBCSSerializationFailure 3).
//
// hash_type_and_key: Blake2b-256(0xF0 || parent (32 bytes) || u64_le(len(k_bcs)) || k_bcs ||
// bcs(TypeTag of K)), Sui's derive_dynamic_field_id byte for byte.

import { Ability } from '../../../vm/bytecode/module.js';
import { blake2b256 } from '../../../vm/execution/canonical.js';
import { ABORT } from '../../../vm/execution/object-runtime.js';
import { objectIdOf, typeTagBcs } from '../../../vm/execution/type-tags.js';
import { bytesToHex, hexToBytes } from '../../../vm/objects/object.js';
import { BcsError, toBcs } from '../../../vm/runtime/bcs.js';
import type { NativeContext, NativeFunction, NativeResult } from '../../../vm/runtime/natives.js';
import { NativeFailure } from '../../../vm/runtime/natives.js';
import type { RuntimeType } from '../../../vm/runtime/types.js';
import type { Value } from '../../../vm/runtime/values.js';
import { deref, Ref } from '../../../vm/runtime/values.js';
import { NATIVE_GAS } from '../../../vm/gas/schedule.js';
import { charge } from '../util.js';
import { noObjectRuntime, objectRuntime } from './runtime.js';

const M = '0x2::dynamic_field::';
const E = ABORT.dynamicField;
const CHILD_OBJECT_ID_DOMAIN = 0xf0;

/** The address of the child holding field `keyBcs` (of type `keyType`) of `parent`. */
export function deriveDynamicFieldId(parent: string, keyType: RuntimeType, keyBcs: Uint8Array): string {
  const tag = typeTagBcs(keyType);
  const buf = new Uint8Array(1 + 32 + 8 + keyBcs.length + tag.length);
  buf[0] = CHILD_OBJECT_ID_DOMAIN;
  buf.set(hexToBytes(parent), 1);
  new DataView(buf.buffer).setBigUint64(33, BigInt(keyBcs.length), true);
  buf.set(keyBcs, 41);
  buf.set(tag, 41 + keyBcs.length);
  return bytesToHex(blake2b256(buf));
}

/** The address inside a `&UID` argument. */
function uidAddress(uid: Value): string {
  return ((deref(uid) as Value[])[0] as Value[])[0] as string;
}

function borrow(name: string, mutable: boolean) {
  return (ctx: NativeContext, [t]: readonly RuntimeType[], [uid, id]: Value[]): NativeResult => {
    if (!charge(ctx, M + name)) return NativeFailure.outOfGas();
    const rt = objectRuntime(ctx);
    if (rt === undefined) return noObjectRuntime(M + name);
    const found = rt.typedChild(uidAddress(uid!), id as string, t!);
    if (!found.found) return NativeFailure.abort(found.typeMismatch ? E.EFieldTypeMismatch : E.EFieldDoesNotExist);
    if (mutable) rt.markDirty(found.slot);
    return [new Ref(found.slot.cell, 0)];
  };
}

export const dynamicFieldNatives: Record<string, NativeFunction> = {
  [M + 'hash_type_and_key']: (ctx, [k], [parent, key]) => {
    if (!charge(ctx, M + 'hash_type_and_key')) return NativeFailure.outOfGas();
    let bytes: Uint8Array;
    try {
      bytes = toBcs(key!, k!, (x) => ctx.layout(x), ctx.limits.maxValueBytes);
    } catch (e) {
      if (e instanceof BcsError) return NativeFailure.abort(E.EBCSSerializationFailure);
      throw e;
    }
    if (!ctx.gas.charge((NATIVE_GAS[M + 'hash_type_and_key']?.perByte ?? 0) * bytes.length)) return NativeFailure.outOfGas();
    return [deriveDynamicFieldId(parent as string, k!, bytes)];
  },
  [M + 'add_child_object']: (ctx, [t], [parent, child]) => {
    if (!charge(ctx, M + 'add_child_object')) return NativeFailure.outOfGas();
    const rt = objectRuntime(ctx);
    if (rt === undefined) return noObjectRuntime(M + 'add_child_object');
    const ok = rt.addChild(parent as string, objectIdOf(child), t!, child!, (ctx.abilities(t!) & Ability.store) !== 0);
    return ok ? [] : NativeFailure.abort(E.EFieldAlreadyExists);
  },
  [M + 'borrow_child_object']: borrow('borrow_child_object', false),
  [M + 'borrow_child_object_mut']: borrow('borrow_child_object_mut', true),
  [M + 'remove_child_object']: (ctx, [t], [parent, id]) => {
    if (!charge(ctx, M + 'remove_child_object')) return NativeFailure.outOfGas();
    const rt = objectRuntime(ctx);
    if (rt === undefined) return noObjectRuntime(M + 'remove_child_object');
    const found = rt.typedChild(parent as string, id as string, t!);
    if (!found.found) return NativeFailure.abort(found.typeMismatch ? E.EFieldTypeMismatch : E.EFieldDoesNotExist);
    return [rt.removeChild(found.slot)];
  },
  [M + 'has_child_object']: (ctx, _t, [parent, id]) => {
    if (!charge(ctx, M + 'has_child_object')) return NativeFailure.outOfGas();
    const rt = objectRuntime(ctx);
    if (rt === undefined) return noObjectRuntime(M + 'has_child_object');
    return [rt.child(parent as string, id as string) !== undefined];
  },
  [M + 'has_child_object_with_ty']: (ctx, [t], [parent, id]) => {
    if (!charge(ctx, M + 'has_child_object_with_ty')) return NativeFailure.outOfGas();
    const rt = objectRuntime(ctx);
    if (rt === undefined) return noObjectRuntime(M + 'has_child_object_with_ty');
    return [rt.typedChild(parent as string, id as string, t!).found];
  },
};
