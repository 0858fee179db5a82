// Natives of sui::event. In: an event value and its type. Out: the event recorded in the object
// runtime with its BCS contents, sender and emitting package/module; the test-only readers return
// what was emitted so far.

import { BcsError, toBcs } from '../../../vm/runtime/bcs.js';
import type { NativeFunction } from '../../../vm/runtime/natives.js';
import { NativeFailure } from '../../../vm/runtime/natives.js';
import { EXECUTION_STATUSES as S } from '../../../vm/runtime/status.js';
import { copyValue } from '../../../vm/runtime/values.js';
import { LIMITS } from '../../../vm/execution/object-runtime.js';
import { typeString } from '../../../vm/execution/type-tags.js';
import { NATIVE_GAS } from '../../../vm/gas/schedule.js';
import { charge } from '../util.js';
import { noObjectRuntime, objectRuntime } from './runtime.js';

const M = '0x2::event::';

export const eventNatives: Record<string, NativeFunction> = {
  [M + 'emit']: (ctx, [t], [v]) => {
    if (!charge(ctx, M + 'emit')) return NativeFailure.outOfGas();
    const rt = objectRuntime(ctx);
    if (rt === undefined) return noObjectRuntime(M + 'emit');
    if (t!.kind !== 'datatype') return NativeFailure.status(S.NATIVE_ERROR, 'an event must be a struct');
    let contents: Uint8Array;
    try {
      contents = toBcs(v!, t!, (x) => ctx.layout(x), LIMITS.maxEventBytes);
    } catch (e) {
      if (e instanceof BcsError) return NativeFailure.status(e.reason === 'too_large' ? S.VALUE_TOO_LARGE : S.NATIVE_ERROR, `event: ${e.message}`);
      throw e;
    }
    if (!ctx.gas.charge((NATIVE_GAS[M + 'emit']?.perByte ?? 0) * contents.length)) return NativeFailure.outOfGas();
    const event = { packageId: rt.current.packageId, module: rt.current.module, sender: rt.sender, type: typeString(t!), contents };
    if (!rt.emit({ event, type: t!, value: copyValue(v!) })) return NativeFailure.status(S.VALUE_TOO_LARGE, `more than ${LIMITS.maxEvents} events`);
    return [];
  },
  [M + 'num_events']: (ctx) => {
    if (!charge(ctx, M + 'num_events')) return NativeFailure.outOfGas();
    return [objectRuntime(ctx)?.events.length ?? 0];
  },
  [M + 'events_by_type']: (ctx, [t]) => {
    if (!charge(ctx, M + 'events_by_type')) return NativeFailure.outOfGas();
    const events = objectRuntime(ctx)?.events ?? [];
    return [events.filter((e) => e.type === t).map((e) => copyValue(e.value))];
  },
};
