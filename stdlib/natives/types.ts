// Natives of sui::types. In: a type argument. Out: whether it is a one-time witness.
//
// Sui's rule: a struct (not an enum, not a primitive), with no type arguments, named after its
// module in upper case, with only the `drop` ability, and no fields or a single `bool` field
// (legacy compilers add a `dummy_field: bool` to empty structs).

import { Ability } from '../../vm/bytecode/module.js';
import type { NativeContext, NativeFunction } from '../../vm/runtime/natives.js';
import { NativeFailure } from '../../vm/runtime/natives.js';
import type { RuntimeType } from '../../vm/runtime/types.js';
import { charge } from './util.js';

const IS_OTW = '0x2::types::is_one_time_witness';

export function isOneTimeWitness(ctx: NativeContext, t: RuntimeType): boolean {
  if (t.kind !== 'datatype' || t.args.length !== 0 || t.name !== t.module.toUpperCase()) return false;
  const layout = ctx.layout(t);
  if (layout === undefined || layout.kind !== 'struct' || layout.abilities !== Ability.drop) return false;
  return layout.fields.length === 0 || (layout.fields.length === 1 && layout.fields[0]!.type.kind === 'bool');
}

export const typesNatives: Record<string, NativeFunction> = {
  [IS_OTW]: (ctx, [t]) => (charge(ctx, IS_OTW) ? [isOneTimeWitness(ctx, t!)] : NativeFailure.outOfGas()),
};
