// Natives of std::hash. In: bytes. Out: their SHA2-256 or SHA3-256 digest (32 bytes).

import { sha256 } from '@noble/hashes/sha2.js';
import { sha3_256 } from '@noble/hashes/sha3.js';
import type { NativeFunction } from '../../vm/runtime/natives.js';
import { NativeFailure } from '../../vm/runtime/natives.js';
import { byteVector, bytes, charge } from './util.js';

/** A native `fun name(data: vector<u8>): vector<u8>` computing `hash`, charged per input byte. */
export const hashWith =
  (name: string, hash: (b: Uint8Array) => Uint8Array): NativeFunction =>
  (ctx, _t, [data]) => {
    const input = bytes(data!);
    if (!charge(ctx, name, input.length)) return NativeFailure.outOfGas();
    return [byteVector(hash(input))];
  };

export const hashNatives: Record<string, NativeFunction> = {
  '0x1::hash::sha2_256': hashWith('0x1::hash::sha2_256', (b) => sha256(b)),
  '0x1::hash::sha3_256': hashWith('0x1::hash::sha3_256', (b) => sha3_256(b)),
};
