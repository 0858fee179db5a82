// Natives of std::bcs. In: a reference to any value and its type. Out: its BCS bytes
// (vm/runtime/bcs.ts), or VALUE_TOO_LARGE past the value-size limit.

import { BcsError, toBcs } from '../../vm/runtime/bcs.js';
import type { NativeFunction } from '../../vm/runtime/natives.js';
import { NativeFailure } from '../../vm/runtime/natives.js';
import { EXECUTION_STATUSES as S } from '../../vm/runtime/status.js';
import { NATIVE_GAS } from '../../vm/gas/schedule.js';
import { byteVector, charge } from './util.js';

const TO_BYTES = '0x1::bcs::to_bytes';

export const bcsNatives: Record<string, NativeFunction> = {
  [TO_BYTES]: (ctx, [t], [v]) => {
    if (!charge(ctx, TO_BYTES, 0)) return NativeFailure.outOfGas();
    let out: Uint8Array;
    try {
      out = toBcs(v!, t!, (x) => ctx.layout(x), ctx.limits.maxValueBytes);
    } catch (e) {
      if (e instanceof BcsError) return NativeFailure.status(e.reason === 'too_large' ? S.VALUE_TOO_LARGE : S.NATIVE_ERROR, e.message);
      throw e;
    }
    // The per-byte part is known only once the encoding exists.
    if (!ctx.gas.charge((NATIVE_GAS[TO_BYTES]?.perByte ?? 0) * out.length)) return NativeFailure.outOfGas();
    return [byteVector(out)];
  },
};
