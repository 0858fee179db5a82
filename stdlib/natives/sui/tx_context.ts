// Natives of sui::tx_context. In: a transaction digest and a creation count, or nothing. Out:
// derived object IDs (SPEC §2: Blake2b-256(0xF1 || digest || u64_le(count))) and the gas facts of
// the running transaction: reference gas price, gas price, budget, sponsor. `replace` (test
// only) overrides those facts for the rest of a test.

import { deriveObjectId } from '../../../vm/objects/object.js';
import type { NativeFunction } from '../../../vm/runtime/natives.js';
import { NativeFailure } from '../../../vm/runtime/natives.js';
import { u64 } from '../../../vm/runtime/values.js';
import type { Value } from '../../../vm/runtime/values.js';
import { bytes, charge } from '../util.js';
import { txInfo } from './runtime.js';

const M = '0x2::tx_context::';
const E_BAD_TX_HASH_LENGTH = 0;

export const txContextNatives: Record<string, NativeFunction> = {
  [M + 'derive_id']: (ctx, _t, [hash, count]) => {
    if (!charge(ctx, M + 'derive_id')) return NativeFailure.outOfGas();
    const digest = bytes(hash!);
    if (digest.length !== 32) return NativeFailure.abort(E_BAD_TX_HASH_LENGTH);
    return [deriveObjectId(digest, Number(count as number | bigint))];
  },
  [M + 'native_rgp']: (ctx) => (charge(ctx, M + 'native_rgp') ? [u64(txInfo(ctx).rgp)] : NativeFailure.outOfGas()),
  [M + 'native_gas_price']: (ctx) => (charge(ctx, M + 'native_gas_price') ? [u64(txInfo(ctx).gasPrice)] : NativeFailure.outOfGas()),
  [M + 'native_gas_budget']: (ctx) => (charge(ctx, M + 'native_gas_budget') ? [u64(txInfo(ctx).gasBudget)] : NativeFailure.outOfGas()),
  [M + 'native_sponsor']: (ctx) => (charge(ctx, M + 'native_sponsor') ? [txInfo(ctx).sponsor.slice()] : NativeFailure.outOfGas()),
  [M + 'replace']: (ctx, _t, args: Value[]) => {
    if (!charge(ctx, M + 'replace')) return NativeFailure.outOfGas();
    const info = txInfo(ctx);
    info.rgp = Number(args[5] as number | bigint);
    info.gasPrice = args[6] as number | bigint;
    info.gasBudget = args[7] as number | bigint;
    info.sponsor = (args[8] as string[]).slice();
    return [];
  },
};
