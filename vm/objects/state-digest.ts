// The state digest both stores keep: live objects' (id, version, digest) in, a running 32-byte
// accumulator and its base58 digest out. One definition, so MemoryStore and LmdbStore agree.
//
// Definition (STATE_DIGEST_VERSION 1):
//
//   leaf(o)     = Blake2b-256(id[32] || u64_le(version) || digest[32])          72 bytes hashed
//   acc         = sum of leaf(o) over the live objects o, each read as a 256-bit little-endian
//                 integer, modulo 2^256 (32 zero bytes for an empty store)
//   stateDigest = base58(Blake2b-256(acc))
//
// At each commit the store folds in the batch's changes: for every object the batch touches,
// `acc -= leaf(old live version)` if it was live and `acc += leaf(new live version)` if it is live
// afterwards; nothing else. So the digest is a function of the live set alone: equal histories give
// equal digests (as store.ts promises), and so do the same transactions committed in batches of
// any size, which is what lets a parallel run be compared with the sequential oracle digest for
// digest, and what lets a reopened store be checked against a recount of its live objects.
//
// An additive set hash detects accidental divergence (a missed write, a wrong version) but is not
// a commitment against an adversary who picks objects to force a collision (Wagner's generalised
// birthday attack); MuHash (multiplication modulo a large prime) would be the upgrade if that
// ever matters.

import { base58Encode } from './base58.js';
import { blake2b256, digestBytes } from './encoding.js';
import { hexToBytes, type Digest, type ObjectId } from './object.js';

export const STATE_DIGEST_VERSION = 1;

export interface ObjectKey {
  id: ObjectId;
  version: number;
  digest: Digest;
}

export function stateLeaf(o: ObjectKey): Uint8Array {
  return leafOf(o.id, o.version, digestBytes(o.digest));
}

/** The leaf from the digest's bytes (where they are at hand, as when a record is sealed). */
export function leafOf(id: ObjectId, version: number, digest: Uint8Array): Uint8Array {
  const buf = new Uint8Array(72);
  buf.set(hexToBytes(id), 0);
  new DataView(buf.buffer).setBigUint64(32, BigInt(version), true);
  buf.set(digest, 40);
  return blake2b256(buf);
}

/** Leaves an executor computed, as CommitBatch.leaves holds them: [id, version, leaf]. */
export type KnownLeaf = [ObjectId, number, Uint8Array];

/** acc += leaf (mod 2^256), in place. */
export function accAdd(acc: Uint8Array, leaf: Uint8Array): void {
  let carry = 0;
  for (let i = 0; i < 32; i++) {
    const s = acc[i]! + leaf[i]! + carry;
    acc[i] = s & 0xff;
    carry = s >> 8;
  }
}

/** acc -= leaf (mod 2^256), in place. */
export function accSub(acc: Uint8Array, leaf: Uint8Array): void {
  let borrow = 0;
  for (let i = 0; i < 32; i++) {
    const s = acc[i]! - leaf[i]! - borrow;
    acc[i] = s & 0xff;
    borrow = s < 0 ? 1 : 0;
  }
}

export function digestOfAccumulator(acc: Uint8Array): Digest {
  return base58Encode(blake2b256(acc));
}

/** The state digest recomputed from scratch over a set of live objects (any order). */
export function stateDigestOf(live: Iterable<ObjectKey>): Digest {
  const acc = new Uint8Array(32);
  for (const o of live) accAdd(acc, stateLeaf(o));
  return digestOfAccumulator(acc);
}
