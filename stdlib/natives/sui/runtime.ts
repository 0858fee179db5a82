// How the object natives find their per-transaction state. In: a native's context. Out: the
// object runtime (vm/execution/object-runtime.ts) when the caller installed one, or the failure
// those natives return without it.

import type { ObjectRuntime, TxInfo } from '../../../vm/execution/object-runtime.js';
import { OBJECT_RUNTIME_KEY, TX_INFO_KEY } from '../../../vm/execution/object-runtime.js';
import type { NativeContext } from '../../../vm/runtime/natives.js';
import { NativeFailure } from '../../../vm/runtime/natives.js';
import { EXECUTION_STATUSES as S } from '../../../vm/runtime/status.js';

export function objectRuntime(ctx: NativeContext): ObjectRuntime | undefined {
  return ctx.extensions.get(OBJECT_RUNTIME_KEY) as ObjectRuntime | undefined;
}

export function noObjectRuntime(name: string): NativeFailure {
  return NativeFailure.status(S.NATIVE_ERROR, `${name} needs the object runtime of a transaction (or a test scenario)`);
}

/** Reference gas price of a local chain (Sui mainnet's order of magnitude), in MIST per gas unit. */
export const DEFAULT_RGP = 1000;

export function txInfo(ctx: NativeContext): TxInfo {
  let info = ctx.extensions.get(TX_INFO_KEY) as TxInfo | undefined;
  if (info === undefined) {
    info = { rgp: DEFAULT_RGP, gasPrice: DEFAULT_RGP, gasBudget: 0, sponsor: [] };
    ctx.extensions.set(TX_INFO_KEY, info);
  }
  return info;
}
