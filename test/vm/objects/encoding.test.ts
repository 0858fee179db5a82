// The canonical object encoding: round trips over arbitrary records (fast-check), one encoding per
// record and per value form, a fixed record's digest pinned (guards the layout against accidental
// change), decoding that answers every input without throwing, and SPEC §2's object-ID derivation
// checked against a hand-assembled preimage.

import { blake2b } from '@noble/hashes/blake2.js';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { base58Encode } from '../../../vm/objects/base58.js';
import { decodeObject, digestBytes, encodeObject, objectDigest, ObjectEncodeError, sealObject, storageSize, withDigest } from '../../../vm/objects/encoding.js';
import { deriveObjectId, type ObjectRecord } from '../../../vm/objects/object.js';
import { V } from '../../../vm/runtime/values.js';
import { addr, coin, oid, record, txDigest } from './fixtures.js';

function roundTrip(r: ObjectRecord): void {
  const bytes = encodeObject(r);
  const d = decodeObject(bytes);
  if (!d.ok) throw new Error(d.message);
  expect(d.record).toEqual(r);
  expect(Buffer.from(encodeObject(d.record)).equals(Buffer.from(bytes))).toBe(true);
}

describe('object encoding', () => {
  it('round-trips arbitrary records, byte for byte', () => {
    fc.assert(fc.property(record, roundTrip), { numRuns: 400 });
  });

  it('seals a record (digest and bytes from one packing) exactly as withDigest and encodeObject do', () => {
    fc.assert(
      fc.property(record, (r) => {
        const { digest: _, ...body } = r;
        const sealed = sealObject(body);
        expect(sealed.record).toEqual(withDigest(body));
        expect(Buffer.from(sealed.bytes).equals(Buffer.from(encodeObject(sealed.record)))).toBe(true);
        const d = decodeObject(sealed.bytes);
        expect(d.ok).toBe(true);
      }),
      { numRuns: 300 },
    );
  });

  it('keeps each value in the JS form it was written in', () => {
    const forms = [5, 5n, 2 ** 32, 2 ** 53 - 1, 2n ** 53n, 2n ** 64n - 1n, 2n ** 200n, 0, 0n, true, V.address('0x2')];
    const r = withDigest({ ...coin(oid(1), 1, addr(1), 1), data: { kind: 'move', type: 'T', hasPublicTransfer: false, contents: forms } });
    const d = decodeObject(encodeObject(r));
    expect(d.ok && d.record.data.kind === 'move' && d.record.data.contents).toEqual(forms);
    const contents = d.ok && d.record.data.kind === 'move' ? (d.record.data.contents as unknown[]) : [];
    expect(contents.map((v) => typeof v)).toEqual(forms.map((v) => typeof v));
    // The number and the bigint 5 are different values, with different encodings and digests.
    const five = (v: number | bigint): ObjectRecord => withDigest({ ...r, data: { kind: 'move', type: 'T', hasPublicTransfer: false, contents: [v] } });
    expect(five(5).digest).not.toBe(five(5n).digest);
  });

  it('does not depend on the key order of the record handed in', () => {
    const r = coin(oid(2), 3, addr(7), 1000);
    const shuffled = { storageRebate: r.storageRebate, previousTransaction: r.previousTransaction, data: r.data, owner: r.owner, digest: r.digest, version: r.version, id: r.id };
    expect(encodeObject(shuffled)).toEqual(encodeObject(r));
  });

  it('pins the digest of a fixed record', () => {
    const r = coin(oid(1), 1, addr(0xa11ce), 1_000_000_000n);
    expect(r.digest).toBe('CkXG8DtFFwYSwVuCvGXrvJVbdNAFYZAeAcsA5jnApc2E');
    expect(objectDigest(r)).toBe(r.digest);
    // The digest covers every field but itself.
    expect(base58Encode(blake2b(encodeObject(r), { dkLen: 32 }))).not.toBe(r.digest);
    expect(storageSize(r)).toBe(encodeObject(r).length);
    expect(storageSize(r)).toBe(PINNED_SIZE);
  });

  it('gives a different digest when any field changes', () => {
    const r = coin(oid(1), 1, addr(1), 10);
    const variants: Array<Omit<ObjectRecord, 'digest'>> = [
      { ...r, id: oid(2) },
      { ...r, version: 2 },
      { ...r, owner: { ObjectOwner: addr(1) } },
      { ...r, owner: 'Immutable' },
      { ...r, owner: { Shared: { initialSharedVersion: 1 } } },
      { ...r, data: { ...r.data, hasPublicTransfer: false } as ObjectRecord['data'] },
      { ...r, previousTransaction: txDigest('other') },
      { ...r, storageRebate: 0 },
    ];
    const digests = new Set([r.digest, ...variants.map(objectDigest)]);
    expect(digests.size).toBe(variants.length + 1);
  });

  it('refuses to encode values outside the model', () => {
    const bad = (contents: unknown): void => {
      expect(() => encodeObject({ ...coin(oid(1), 1, addr(1), 1), data: { kind: 'move', type: 'T', hasPublicTransfer: true, contents: contents as never } })).toThrow(ObjectEncodeError);
    };
    bad(-1);
    bad(1.5);
    bad(2 ** 53);
    bad(-1n);
    bad(2n ** 256n);
    bad('0x2');
    bad(V.ref(1));
    bad(null);
    expect(() => encodeObject({ ...coin(oid(1), 1, addr(1), 1), id: '0x1' })).toThrow(/id/);
    expect(() => encodeObject({ ...coin(oid(1), 1, addr(1), 1), digest: 'nope' })).toThrow(/digest/);
  });

  it('decodes every input to a record or a message, never a throw', () => {
    const good = encodeObject(coin(oid(1), 1, addr(1), 77));
    fc.assert(
      fc.property(fc.oneof(fc.uint8Array({ maxLength: 300 }), fc.tuple(fc.nat(good.length - 1), fc.nat(255)).map(([i, b]) => Uint8Array.from(good).fill(b, i, i + 1))), (bytes) => {
        const d = decodeObject(bytes);
        if (d.ok) expect(Buffer.from(encodeObject(d.record)).equals(Buffer.from(bytes))).toBe(true);
        else expect(typeof d.message).toBe('string');
      }),
      { numRuns: 2000 },
    );
    expect(decodeObject(undefined as never)).toEqual({ ok: false, message: 'expected bytes' });
    const truncated = decodeObject(good.subarray(0, good.length - 3));
    expect(truncated.ok).toBe(false);
    // Deep nesting and huge declared lengths are refused, not a stack overflow or an allocation.
    expect(decodeObject(new Uint8Array(300_000).fill(0x91)).ok).toBe(false);
    expect(decodeObject(Uint8Array.of(0xdd, 0xff, 0xff, 0xff, 0xff, 0x01)).ok).toBe(false);
    expect(decodeObject(new Uint8Array(5 << 20))).toEqual({ ok: false, message: `${5 << 20} bytes; the limit is ${4 << 20}` });
  });

  it('detects a record whose digest does not match its contents', () => {
    const r = coin(oid(1), 1, addr(1), 77);
    const forged = { ...coin(oid(1), 1, addr(1), 78), digest: r.digest };
    const d = decodeObject(encodeObject(forged));
    expect(d.ok ? '' : d.message).toMatch(/does not match/);
    expect(decodeObject(encodeObject(forged), { verifyDigest: false }).ok).toBe(true);
  });

  it('refuses non-canonical encodings of the same record', () => {
    // 5 written as a float64 decodes to the same number; only the canonical bytes are accepted.
    const r = withDigest({ ...coin(oid(1), 5, addr(1), 1) });
    const bytes = encodeObject(r);
    const versionAt = 1 + 1 + 2 + 32; // array header, format, bin header, id
    expect(bytes[versionAt]).toBe(5);
    const longer = new Uint8Array([...bytes.subarray(0, versionAt), 0xcb, ...Buffer.from('4014000000000000', 'hex'), ...bytes.subarray(versionAt + 1)]);
    const d = decodeObject(longer);
    expect(d.ok ? '' : d.message).toMatch(/canonical/);
  });
});

describe('sealed decoding (a store reading its own bytes)', () => {
  it('accepts exactly what the full check accepts, on sealed records and on every one-byte change of them', () => {
    fc.assert(
      fc.property(record, fc.nat(), fc.nat(255), (r, at, b) => {
        const { digest: _, ...body } = r;
        const { bytes } = sealObject(body);
        const s = decodeObject(bytes, { sealed: true });
        expect(s).toEqual(decodeObject(bytes));
        const changed = Uint8Array.from(bytes);
        changed[at % bytes.length] = b;
        const full = decodeObject(changed);
        const sealed = decodeObject(changed, { sealed: true });
        expect(sealed.ok).toBe(full.ok);
        if (sealed.ok && full.ok) expect(sealed.record).toEqual(full.record);
      }),
      { numRuns: 400 },
    );
  });

  it('rejects a wrong digest, a digest not in its sealed place, and garbage, without throwing', () => {
    const r = coin(oid(1), 1, addr(1), 77);
    const forged = { ...coin(oid(1), 1, addr(1), 78), digest: r.digest };
    const d = decodeObject(encodeObject(forged), { sealed: true });
    expect(d.ok ? '' : d.message).toMatch(/does not match/);
    // The same record with its digest written as bin16 instead of bin8: it decodes, but is not the sealed layout.
    const good = encodeObject(r);
    const bin16 = new Uint8Array([...good.subarray(0, good.length - 34), 0xc5, 0, 32, ...good.subarray(good.length - 32)]);
    expect(decodeObject(bin16, { sealed: true }).ok).toBe(false);
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 300 }), (bytes) => {
        const x = decodeObject(bytes, { sealed: true });
        if (!x.ok) expect(typeof x.message).toBe('string');
      }),
      { numRuns: 1000 },
    );
  });
});

describe('object ID derivation (SPEC §2)', () => {
  it('is Blake2b-256(0xF1 || txDigest || u64_le(index)), checked on a hand-assembled preimage', () => {
    const tx = txDigest('publish');
    const raw = digestBytes(tx);
    for (const index of [0, 1, 255, 256, 0x1234_5678_9a]) {
      const pre: number[] = [0xf1, ...raw];
      let n = index;
      for (let i = 0; i < 8; i++) {
        pre.push(n % 256);
        n = Math.floor(n / 256);
      }
      const expected = '0x' + Buffer.from(blake2b(Uint8Array.from(pre), { dkLen: 32 })).toString('hex');
      expect(deriveObjectId(raw, index)).toBe(expected);
    }
  });

  it('matches a pinned value', () => {
    expect(deriveObjectId(new Uint8Array(32), 0)).toBe(PINNED_ID);
  });
});

const PINNED_SIZE = 348;
const PINNED_ID = '0x034401905bebdf8c04f3cd5f04f442a39372c8dc321c29edfb4f9cb30b23ab96';
