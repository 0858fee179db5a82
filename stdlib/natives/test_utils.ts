// Natives of sui::test_utils. In: any value, or a one-time-witness type. Out: nothing for
// `destroy` (it consumes any value); the witness value for `create_one_time_witness`, which
// aborts with 0 when the type is not a one-time witness.

import type { NativeFunction } from '../../vm/runtime/natives.js';
import { NativeFailure } from '../../vm/runtime/natives.js';
import { isOneTimeWitness } from './types.js';
import { charge } from './util.js';

const M = '0x2::test_utils::';

export const testUtilsNatives: Record<string, NativeFunction> = {
  [M + 'destroy']: (ctx) => (charge(ctx, M + 'destroy') ? [] : NativeFailure.outOfGas()),
  [M + 'create_one_time_witness']: (ctx, [t]) => {
    if (!charge(ctx, M + 'create_one_time_witness')) return NativeFailure.outOfGas();
    if (!isOneTimeWitness(ctx, t!)) return NativeFailure.abort(0);
    const layout = ctx.layout(t!)!;
    return [layout.kind === 'struct' && layout.fields.length === 1 ? [true] : []];
  },
};
