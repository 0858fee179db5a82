// Natives of sui::transfer. In: an object value (or a parent address and a receiving ticket) and
// the object's type. Out: the object's new owner recorded in the object runtime, or the received
// object; aborts with transfer's codes (ESharedNonNewObject 0, EReceivingObjectTypeMismatch 2,
// EUnableToReceiveObject 3).

import { Ability } from '../../../vm/bytecode/module.js';
import type { Owner } from '../../../vm/objects/object.js';
import { objectIdOf } from '../../../vm/execution/type-tags.js';
import type { NativeContext, NativeFunction, NativeResult } from '../../../vm/runtime/natives.js';
import { NativeFailure } from '../../../vm/runtime/natives.js';
import type { RuntimeType } from '../../../vm/runtime/types.js';
import type { Value } from '../../../vm/runtime/values.js';
import { charge } from '../util.js';
import { noObjectRuntime, objectRuntime } from './runtime.js';

const M = '0x2::transfer::';

function move(name: string, owner: (args: Value[]) => Owner) {
  return (ctx: NativeContext, [t]: readonly RuntimeType[], args: Value[]): NativeResult => {
    if (!charge(ctx, M + name)) return NativeFailure.outOfGas();
    const rt = objectRuntime(ctx);
    if (rt === undefined) return noObjectRuntime(M + name);
    const obj = args[0]!;
    const code = rt.transfer(objectIdOf(obj), owner(args), t!, obj, (ctx.abilities(t!) & Ability.store) !== 0);
    return code === undefined ? [] : NativeFailure.abort(code);
  };
}

export const transferNatives: Record<string, NativeFunction> = {
  [M + 'transfer_impl']: move('transfer_impl', (a) => ({ AddressOwner: a[1] as string })),
  // The initial shared version is the transaction's Lamport version, known only at the end; the
  // executor fills it in (or keeps the original one for a shared input shared again).
  [M + 'share_object_impl']: move('share_object_impl', () => ({ Shared: { initialSharedVersion: 0 } })),
  [M + 'freeze_object_impl']: move('freeze_object_impl', () => 'Immutable'),
  [M + 'receive_impl']: (ctx, [t], [parent, id, version]) => {
    if (!charge(ctx, M + 'receive_impl')) return NativeFailure.outOfGas();
    const rt = objectRuntime(ctx);
    if (rt === undefined) return noObjectRuntime(M + 'receive_impl');
    const v = version as number | bigint;
    const r = rt.receive(parent as string, (id as Value[])[0] as string, typeof v === 'bigint' ? -1 : v, t!);
    if ('abort' in r) return NativeFailure.abort(r.abort);
    return [r.value];
  },
};
