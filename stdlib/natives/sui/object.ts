// Natives of sui::object. In: object references and addresses. Out: a reference to an object's
// UID (its first field), and the record of new and deleted IDs in the object runtime.

import type { NativeFunction } from '../../../vm/runtime/natives.js';
import { NativeFailure } from '../../../vm/runtime/natives.js';
import type { Value } from '../../../vm/runtime/values.js';
import { Ref } from '../../../vm/runtime/values.js';
import { charge } from '../util.js';
import { objectRuntime } from './runtime.js';

const M = '0x2::object::';

export const objectNatives: Record<string, NativeFunction> = {
  [M + 'borrow_uid']: (ctx, _t, [obj]) => {
    if (!charge(ctx, M + 'borrow_uid')) return NativeFailure.outOfGas();
    const r = obj as Ref;
    // A `key` struct's first field is its UID.
    return [new Ref(r.c[r.i] as Value[], 0)];
  },
  [M + 'delete_impl']: (ctx, _t, [id]) => {
    if (!charge(ctx, M + 'delete_impl')) return NativeFailure.outOfGas();
    objectRuntime(ctx)?.deleteId(id as string);
    return [];
  },
  [M + 'record_new_uid']: (ctx, _t, [id]) => {
    if (!charge(ctx, M + 'record_new_uid')) return NativeFailure.outOfGas();
    objectRuntime(ctx)?.recordNewId(id as string);
    return [];
  },
};
