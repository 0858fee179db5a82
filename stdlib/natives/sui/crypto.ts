// Natives of sui::hash and sui::ed25519. In: byte vectors. Out: Blake2b-256 and Keccak-256
// digests (32 bytes), and whether an ed25519 signature of a message verifies under a public key
// (false, never an abort, for malformed keys or signatures, as in Sui).

import { ed25519 } from '@noble/curves/ed25519.js';
import { blake2b } from '@noble/hashes/blake2.js';
import { keccak_256 } from '@noble/hashes/sha3.js';
import type { NativeFunction } from '../../../vm/runtime/natives.js';
import { NativeFailure } from '../../../vm/runtime/natives.js';
import { hashWith } from '../hash.js';
import { bytes, charge } from '../util.js';

const HASH = '0x2::hash::';
const ED = '0x2::ed25519::ed25519_verify';

export const cryptoNatives: Record<string, NativeFunction> = {
  [HASH + 'blake2b256']: hashWith(HASH + 'blake2b256', (b) => blake2b(b, { dkLen: 32 })),
  [HASH + 'keccak256']: hashWith(HASH + 'keccak256', (b) => keccak_256(b)),
  [ED]: (ctx, _t, [sig, pk, msg]) => {
    const message = bytes(msg!);
    if (!charge(ctx, ED, message.length)) return NativeFailure.outOfGas();
    const s = bytes(sig!);
    const k = bytes(pk!);
    if (s.length !== 64 || k.length !== 32) return [false];
    try {
      return [ed25519.verify(s, message, k)];
    } catch {
      return [false];
    }
  },
};
