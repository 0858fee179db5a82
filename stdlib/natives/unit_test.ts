// Natives of std::unit_test. In: any value. Out: nothing: `destroy` consumes a value whatever
// its abilities, and `poison` (which marks test builds) does nothing in this VM; refusing to
// publish test builds is the publisher's job.

import type { NativeFunction } from '../../vm/runtime/natives.js';
import { NativeFailure } from '../../vm/runtime/natives.js';
import { charge } from './util.js';

const M = '0x1::unit_test::';

export const unitTestNatives: Record<string, NativeFunction> = {
  [M + 'poison']: (ctx) => (charge(ctx, M + 'poison') ? [] : NativeFailure.outOfGas()),
  [M + 'destroy']: (ctx) => (charge(ctx, M + 'destroy') ? [] : NativeFailure.outOfGas()),
};
