// Records and arbitraries for the object tests: small builders (coins, packages, transaction
// digests by number) and fast-check generators of records whose values follow values.ts's rules.

import fc from 'fast-check';
import { blake2b256, digestFromBytes, withDigest } from '../../../vm/objects/encoding.js';
import { bytesToHex, normalizeAddress, type Address, type Digest, type ObjectId, type ObjectRecord, type Owner } from '../../../vm/objects/object.js';
import { U128_MAX, U256_MAX, U64_MAX, u64, type Value } from '../../../vm/runtime/values.js';
import type { CommitBatch } from '../../../vm/objects/store.js';

export const COIN_TYPE = `${normalizeAddress('0x2')}::coin::Coin<${normalizeAddress('0x2')}::sui::SUI>`;

/** A transaction digest named by a number (any string works as a name). */
export function txDigest(n: number | string): Digest {
  return digestFromBytes(blake2b256(new TextEncoder().encode(`tx ${n}`)));
}

export const addr = (n: number): Address => normalizeAddress(n.toString(16));
export const oid = (n: number): ObjectId => normalizeAddress((0x1000 + n).toString(16));

export function coin(id: ObjectId, version: number, owner: Address, balance: number | bigint, prev: Digest = txDigest(`v${version}`)): ObjectRecord {
  return withDigest({
    id,
    version,
    owner: { AddressOwner: owner },
    data: { kind: 'move', type: COIN_TYPE, hasPublicTransfer: true, contents: [[[id]], [u64(balance)]] },
    previousTransaction: prev,
    storageRebate: 988,
  });
}

export function withOwner(r: ObjectRecord, version: number, owner: Owner): ObjectRecord {
  return withDigest({ ...r, version, owner, previousTransaction: txDigest(`v${version}`) });
}

// --- Arbitraries ------------------------------------------------------------------------------

const address = fc.uint8Array({ minLength: 32, maxLength: 32 }).map(bytesToHex);
const digest = fc.uint8Array({ minLength: 32, maxLength: 32 }).map(digestFromBytes);
const version = fc.oneof(fc.nat(1000), fc.integer({ min: 0, max: Number.MAX_SAFE_INTEGER }));

/** Values in their one canonical form: u64 a number up to 2^53-1, else a bigint. */
const leaf: fc.Arbitrary<Value> = fc.oneof(
  fc.boolean(),
  fc.nat(0xff),
  fc.integer({ min: 0, max: 0xffffffff }),
  fc.bigInt(0n, U64_MAX).map((b) => u64(b)),
  fc.bigInt(0n, U128_MAX),
  fc.bigInt(0n, U256_MAX),
  address,
);

export const value: fc.Arbitrary<Value> = fc.letrec<{ v: Value }>((tie) => ({
  v: fc.oneof({ depthSize: 'small', withCrossShrink: true }, leaf, fc.array(tie('v'), { maxLength: 5 })),
})).v;

const owner: fc.Arbitrary<Owner> = fc.oneof(
  address.map((a) => ({ AddressOwner: a })),
  address.map((a) => ({ ObjectOwner: a })),
  version.map((v) => ({ Shared: { initialSharedVersion: v } })),
  fc.constant('Immutable' as const),
);

const data: fc.Arbitrary<ObjectRecord['data']> = fc.oneof(
  fc.record({ kind: fc.constant('move' as const), type: fc.string({ minLength: 1, maxLength: 40 }), hasPublicTransfer: fc.boolean(), contents: value }),
  fc.record({
    kind: fc.constant('package' as const),
    modules: fc.array(fc.tuple(fc.string({ maxLength: 12 }), fc.uint8Array({ maxLength: 64 })), { maxLength: 4 }),
  }),
);

export const record: fc.Arbitrary<ObjectRecord> = fc
  .record({ id: address, version, owner, data, previousTransaction: digest, storageRebate: version })
  .map((r) => withDigest(r));

/** A stored transaction with placeholder bytes, named for its digest. */
export const tx = (name: string) => ({ digest: txDigest(name), transaction: Uint8Array.of(1, 2, 3), effects: new TextEncoder().encode(`effects of ${name}`) });
export const batch = (b: Partial<CommitBatch>): CommitBatch => ({ transactions: [], written: [], removed: [], ...b });

/** A random history over a few ids: writes with new owners and removals, versions always rising; transactions named `${prefix}${n}`. */
export function randomHistory(maxBatches: number, prefix: string): fc.Arbitrary<CommitBatch[]> {
  return fc.array(fc.array(fc.tuple(fc.nat(7), fc.nat(3), fc.boolean()), { minLength: 1, maxLength: 6 }), { minLength: 1, maxLength: maxBatches }).map((steps) => {
    const batches: CommitBatch[] = [];
    let version = 1;
    steps.forEach((changes, n) => {
      const seen = new Set<number>();
      const b = batch({ transactions: [tx(`${prefix}${n}`)] });
      for (const [i, owner, remove] of changes) {
        if (seen.has(i)) continue;
        seen.add(i);
        version++;
        if (remove) b.removed.push({ id: oid(i), version });
        else b.written.push(coin(oid(i), version, addr(owner), version * 10));
      }
      batches.push(b);
    });
    return batches;
  });
}
