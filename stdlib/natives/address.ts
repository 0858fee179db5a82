// Natives of sui::address. In: addresses, u256 integers, 32-byte vectors. Out: the conversions
// between them (an address read as a big-endian integer), aborting with EAddressParseError (0)
// on input of the wrong length.

import type { NativeFunction } from '../../vm/runtime/natives.js';
import { NativeFailure } from '../../vm/runtime/natives.js';
import { addressValue } from '../../vm/runtime/values.js';
import { bytes, charge } from './util.js';

const M = '0x2::address::';
const E_ADDRESS_PARSE_ERROR = 0;

export const addressNatives: Record<string, NativeFunction> = {
  [M + 'to_u256']: (ctx, _t, [a]) => (charge(ctx, M + 'to_u256') ? [BigInt(a as string)] : NativeFailure.outOfGas()),
  [M + 'from_u256']: (ctx, _t, [n]) => (charge(ctx, M + 'from_u256') ? [addressValue(n as bigint)] : NativeFailure.outOfGas()),
  [M + 'from_bytes']: (ctx, _t, [v]) => {
    const b = bytes(v!);
    if (!charge(ctx, M + 'from_bytes', b.length)) return NativeFailure.outOfGas();
    if (b.length !== 32) return NativeFailure.abort(E_ADDRESS_PARSE_ERROR);
    return ['0x' + Array.from(b, (x) => x.toString(16).padStart(2, '0')).join('')];
  },
};
