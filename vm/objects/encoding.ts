// The canonical object encoding: an ObjectRecord in, bytes out (encodeObject), and any bytes in, a
// record or a message out (decodeObject, never a throw). Also the object digest, digest text
// (base58) <-> bytes, and the storage size the gas meter charges for.
//
// Layout: one MessagePack value (msgpackr, useRecords: false, big-integer extension), an array in
// a fixed field order, so bytes never depend on the key order of the objects handed in:
//
//   [format, id, version, owner, data, previousTransaction, storageRebate, digest]
//
//   format               OBJECT_FORMAT (1)
//   id, digests          32-byte bin (ids are `0x`+hex text, digests base58 text in memory)
//   version, rebate      non-negative safe integers (msgpack int, or float64 above 2^32: msgpackr's
//                        form for JS numbers; decoding re-encodes, so only that form is accepted)
//   owner                [0, address] AddressOwner | [1, id] ObjectOwner
//                        | [2, initialSharedVersion] Shared | [3] Immutable
//   data                 [0, type, hasPublicTransfer, contents] Move object
//                        | [1, [[name, bytes], ...]] package (modules in the order given)
//   contents (a Value)   bool; number (u8..u32, u64 <= 2^53-1); bigint (u64 above, u128, u256;
//                        msgpack int64/uint64 or extension 0x42); address as a 32-byte bin;
//                        struct/vector/enum as an array
//
// One form per value: msgpackr writes JS numbers as msgpack ints/floats and bigints as int64/uint64
// or extension 0x42, and with int64AsType 'bigint' reads each back in the JS type it was written
// in, so a number never comes back as a bigint or the reverse. The run-time values already follow
// values.ts's rule (a u64 is a number exactly when it is at most 2^53-1), so each u64 has one
// encoding. Values carry no types, so a u128 that happens to be small stays a bigint, as it should.
//
// The digest is Blake2b-256 of the same array without its last element (the digest itself): the
// canonical encoding of every other field, SPEC §2. Decoding checks the framing, the shape, that
// re-encoding gives the same bytes (one byte string per record) and that the digest matches; a
// store's own bytes (`sealed`) get the digest checked over the preimage they hold instead.

import { blake2b } from '@noble/hashes/blake2.js';
import { Packr } from 'msgpackr';
import { base58Decode, base58Encode } from './base58.js';
import type { Digest, MoveObjectData, ObjectRecord, Owner, PackageData } from './object.js';
import { Ref, U256_MAX, type Value } from '../runtime/values.js';

export const OBJECT_FORMAT = 1;
/** Larger byte strings are refused unread (Sui caps objects at 250 KB and packages at 100 KB). */
export const MAX_OBJECT_BYTES = 4 << 20;
/** Deepest nesting of a stored value: far beyond real Move types, shallow enough for recursion. */
export const MAX_VALUE_DEPTH = 128;

const packr = new Packr({ useRecords: false, useBigIntExtension: true, int64AsType: 'bigint' });
// msgpackr returns views into a shared 8 KB buffer; stored bytes get an exact-size copy of their own.
const packOwned = (v: unknown): Uint8Array => new Uint8Array(packr.pack(v));
const ADDRESS_RE = /^0x[0-9a-f]{64}$/;

export class ObjectEncodeError extends Error {
  override name = 'ObjectEncodeError';
}

// --- Digest text ------------------------------------------------------------------------------

/** A 32-byte digest as Sui prints it (base58). */
export function digestFromBytes(bytes: Uint8Array): Digest {
  if (bytes.length !== 32) throw new RangeError('a digest has 32 bytes');
  return base58Encode(bytes);
}

/** The 32 bytes of a base58 digest; undefined when the text is not one. */
export function tryDigestBytes(digest: string): Uint8Array | undefined {
  if (typeof digest !== 'string' || digest.length > 44) return undefined;
  const b = base58Decode(digest);
  return b && b.length === 32 ? b : undefined;
}

/** The 32 bytes of a base58 digest (throws RangeError when the text is not one). */
export function digestBytes(digest: Digest): Uint8Array {
  const b = tryDigestBytes(digest);
  if (!b) throw new RangeError(`${digest} is not a 32-byte base58 digest`);
  return b;
}

export function blake2b256(bytes: Uint8Array): Uint8Array {
  return blake2b(bytes, { dkLen: 32 });
}

// --- Encoding ---------------------------------------------------------------------------------

function bad(at: string, what: string): never {
  throw new ObjectEncodeError(`cannot encode object: ${at}: ${what}`);
}

function idBin(id: unknown, at: string): Uint8Array {
  if (typeof id !== 'string' || !ADDRESS_RE.test(id)) bad(at, 'expected 0x and 64 lowercase hex digits');
  return Buffer.from(id.slice(2), 'hex');
}

function digestBin(d: unknown, at: string): Uint8Array {
  const b = typeof d === 'string' ? tryDigestBytes(d) : undefined;
  return b ?? bad(at, 'expected a base58 digest of 32 bytes');
}

function safeUint(n: unknown, at: string): number {
  if (typeof n !== 'number' || !Number.isSafeInteger(n) || n < 0) bad(at, 'expected a non-negative safe integer');
  return n === 0 ? 0 : n; // -0 becomes 0
}

function lowerValue(v: Value, depth: number): unknown {
  switch (typeof v) {
    case 'boolean':
      return v;
    case 'number':
      if (!Number.isSafeInteger(v) || v < 0) bad('contents', `${v} is not an unsigned integer value`);
      return v === 0 ? 0 : v;
    case 'bigint':
      if (v < 0n || v > U256_MAX) bad('contents', `${v} is out of range`);
      return v;
    case 'string':
      return idBin(v, 'contents');
  }
  if (v instanceof Ref) bad('contents', 'a reference cannot be stored');
  if (!Array.isArray(v)) bad('contents', `not a value: ${String(v)}`);
  if (depth >= MAX_VALUE_DEPTH) bad('contents', `nested deeper than ${MAX_VALUE_DEPTH}`);
  const out = new Array<unknown>(v.length);
  for (let i = 0; i < v.length; i++) out[i] = lowerValue(v[i]!, depth + 1);
  return out;
}

function lowerOwner(o: Owner): unknown[] {
  if (o === 'Immutable') return [3];
  if (typeof o !== 'object' || o === null) bad('owner', `unknown owner ${JSON.stringify(o)}`);
  if ('AddressOwner' in o) return [0, idBin(o.AddressOwner, 'owner.AddressOwner')];
  if ('ObjectOwner' in o) return [1, idBin(o.ObjectOwner, 'owner.ObjectOwner')];
  if ('Shared' in o) return [2, safeUint(o.Shared?.initialSharedVersion, 'owner.Shared.initialSharedVersion')];
  return bad('owner', `unknown owner ${JSON.stringify(o)}`);
}

function lowerData(d: MoveObjectData | PackageData): unknown[] {
  if (d?.kind === 'move') {
    if (typeof d.type !== 'string' || d.type.length === 0) bad('data.type', 'expected a type string');
    if (typeof d.hasPublicTransfer !== 'boolean') bad('data.hasPublicTransfer', 'expected a boolean');
    return [0, d.type, d.hasPublicTransfer, lowerValue(d.contents, 0)];
  }
  if (d?.kind === 'package') {
    if (!Array.isArray(d.modules)) bad('data.modules', 'expected an array');
    return [
      1,
      d.modules.map((m, i) => {
        if (!Array.isArray(m) || typeof m[0] !== 'string' || !(m[1] instanceof Uint8Array)) bad(`data.modules[${i}]`, 'expected [name, bytes]');
        return [m[0], m[1]];
      }),
    ];
  }
  return bad('data', 'expected kind "move" or "package"');
}

/** Every field but the digest, lowered to the array that is packed (the digest preimage). */
function lowerBody(r: Omit<ObjectRecord, 'digest'>): unknown[] {
  if (typeof r !== 'object' || r === null) bad('record', 'expected an object');
  return [
    OBJECT_FORMAT,
    idBin(r.id, 'id'),
    safeUint(r.version, 'version'),
    lowerOwner(r.owner),
    lowerData(r.data),
    digestBin(r.previousTransaction, 'previousTransaction'),
    safeUint(r.storageRebate, 'storageRebate'),
  ];
}

/** The object digest: Blake2b-256 of the canonical encoding of every field but the digest. */
export function objectDigest(record: Omit<ObjectRecord, 'digest'>): Digest {
  return base58Encode(blake2b256(packr.pack(lowerBody(record))));
}

/**
 * The record with its digest, and its canonical bytes, from one packing of the digest preimage:
 * the full encoding is the preimage's array with one more element, so its header byte goes from
 * fixarray 7 to fixarray 8 and the digest follows as bin8 of 32 bytes. Executors that make
 * records use this, so the commit does not encode and hash them again (CommitBatch.encoded).
 */
export function sealObject(record: Omit<ObjectRecord, 'digest'>): { record: ObjectRecord; bytes: Uint8Array } {
  const preimage = packr.pack(lowerBody(record));
  const hash = blake2b256(preimage);
  const bytes = new Uint8Array(preimage.length + 34);
  bytes.set(preimage, 0);
  bytes[0] = 0x98;
  bytes[preimage.length] = 0xc4;
  bytes[preimage.length + 1] = 32;
  bytes.set(hash, preimage.length + 2);
  return { record: { ...record, digest: base58Encode(hash) } as ObjectRecord, bytes };
}

/** The digest's 32 bytes in a record's canonical encoding: its last element, bin8 of 32 bytes, ends the bytes. */
export function encodedDigest(bytes: Uint8Array): Uint8Array {
  return bytes.subarray(bytes.length - 32);
}

/** The record with its digest (re)computed. */
export function withDigest(record: Omit<ObjectRecord, 'digest'>): ObjectRecord {
  return { ...record, digest: objectDigest(record) } as ObjectRecord;
}

/** The canonical bytes of a record, digest included as given (throws ObjectEncodeError on bad input). */
export function encodeObject(record: ObjectRecord): Uint8Array {
  const body = lowerBody(record);
  body.push(digestBin(record.digest, 'digest'));
  return packOwned(body);
}

/**
 * Encodes and checks the digest in one pass (the stores' commit path): the bytes, or a message
 * when the record's digest is not the hash of its other fields.
 */
export function encodeCheckedObject(record: ObjectRecord): { bytes: Uint8Array; digestError?: string } {
  const body = lowerBody(record);
  const expected = base58Encode(blake2b256(packr.pack(body)));
  body.push(digestBin(record.digest, 'digest'));
  const bytes = packOwned(body);
  return expected === record.digest ? { bytes } : { bytes, digestError: `digest ${record.digest} does not match the contents, which hash to ${expected}` };
}

/** Sui-style storage size: the bytes the record takes in the store, which storage gas charges for. */
export function storageSize(record: ObjectRecord): number {
  return encodeObject(record).length;
}

// --- Decoding ---------------------------------------------------------------------------------

export type DecodeObjectResult = { ok: true; record: ObjectRecord } | { ok: false; message: string };

class DecodeFailure extends Error {}

function fail(at: string, what: string): never {
  throw new DecodeFailure(`${at}: ${what}`);
}

function arr(v: unknown, at: string, length?: number): unknown[] {
  if (!Array.isArray(v)) fail(at, 'expected an array');
  if (length !== undefined && v.length !== length) fail(at, `expected ${length} elements, found ${v.length}`);
  return v;
}

function bin32(v: unknown, at: string): Uint8Array {
  if (!(v instanceof Uint8Array) || v.length !== 32) fail(at, 'expected 32 bytes');
  return v;
}

const hexOf = (b: Uint8Array): string => '0x' + Buffer.from(b.buffer, b.byteOffset, b.byteLength).toString('hex');

function uint(v: unknown, at: string): number {
  if (typeof v !== 'number' || !Number.isSafeInteger(v) || v < 0) fail(at, 'expected a non-negative safe integer');
  return v;
}

function readValue(v: unknown, depth: number): Value {
  switch (typeof v) {
    case 'boolean':
      return v;
    case 'number':
      return uint(v, 'contents');
    case 'bigint':
      if (v < 0n || v > U256_MAX) fail('contents', 'integer out of range');
      return v;
  }
  if (v instanceof Uint8Array) return hexOf(bin32(v, 'contents (address)'));
  if (!Array.isArray(v)) fail('contents', `unexpected ${v === null ? 'nil' : typeof v} in a value`);
  if (depth >= MAX_VALUE_DEPTH) fail('contents', `nested deeper than ${MAX_VALUE_DEPTH}`);
  const out = new Array<Value>(v.length);
  for (let i = 0; i < v.length; i++) out[i] = readValue(v[i], depth + 1);
  return out;
}

function readOwner(v: unknown): Owner {
  const a = arr(v, 'owner');
  switch (a[0]) {
    case 0:
      return { AddressOwner: hexOf(bin32(arr(a, 'owner', 2)[1], 'owner.AddressOwner')) };
    case 1:
      return { ObjectOwner: hexOf(bin32(arr(a, 'owner', 2)[1], 'owner.ObjectOwner')) };
    case 2:
      return { Shared: { initialSharedVersion: uint(arr(a, 'owner', 2)[1], 'owner.Shared') } };
    case 3:
      arr(a, 'owner', 1);
      return 'Immutable';
  }
  return fail('owner', `unknown owner tag ${String(a[0])}`);
}

function readData(v: unknown): MoveObjectData | PackageData {
  const a = arr(v, 'data');
  if (a[0] === 0) {
    const [, type, pt, contents] = arr(a, 'data', 4);
    if (typeof type !== 'string' || type.length === 0) fail('data.type', 'expected a type string');
    if (typeof pt !== 'boolean') fail('data.hasPublicTransfer', 'expected a boolean');
    return { kind: 'move', type, hasPublicTransfer: pt, contents: readValue(contents, 0) };
  }
  if (a[0] === 1) {
    const modules = arr(arr(a, 'data', 2)[1], 'data.modules').map((m, i): [string, Uint8Array] => {
      const [name, bytes] = arr(m, `data.modules[${i}]`, 2);
      if (typeof name !== 'string') fail(`data.modules[${i}].name`, 'expected a string');
      if (!(bytes instanceof Uint8Array)) fail(`data.modules[${i}].bytes`, 'expected bytes');
      // A copy: msgpackr hands back views into the input, which the caller may reuse.
      return [name, new Uint8Array(bytes)];
    });
    return { kind: 'package', modules };
  }
  return fail('data', `unknown data tag ${String(a[0])}`);
}

const PREIMAGE_HEADER = new Uint8Array([0x97]);

/** sealObject's layout: fixarray 8, the preimage's other bytes, bin8 of the 32-byte digest, which is the preimage's hash. */
function checkSealed(bytes: Uint8Array, record: ObjectRecord): DecodeObjectResult {
  const n = bytes.length;
  if (n < 35 || bytes[0] !== 0x98 || bytes[n - 34] !== 0xc4 || bytes[n - 33] !== 32) return { ok: false, message: NON_CANONICAL };
  const hash = blake2b.create({ dkLen: 32 }).update(PREIMAGE_HEADER).update(bytes.subarray(1, n - 34)).digest();
  if (!sameBytes(hash, encodedDigest(bytes))) return { ok: false, message: `digest ${record.digest} does not match the contents, which hash to ${base58Encode(hash)}` };
  return { ok: true, record };
}

function sameBytes(a: Uint8Array, b: Uint8Array): boolean {
  return a.length === b.length && Buffer.from(a.buffer, a.byteOffset, a.byteLength).equals(Buffer.from(b.buffer, b.byteOffset, b.byteLength));
}

const NON_CANONICAL = 'not in canonical form: re-encoding the object gives different bytes';

/**
 * Decodes a record: any input gives the record or a message saying what is wrong, never a throw.
 * The digest is checked against the contents unless `verifyDigest` is false. `trusted`: the bytes
 * are ones this process encoded and checked itself (a memory store's), so the canonical-form and
 * digest checks, which cost more than the decoding, are skipped; the shape is still checked.
 * `sealed`: the bytes are a record as the stores write them (sealObject's layout), so the digest
 * is checked against the preimage inside the bytes, which any changed byte breaks, instead of
 * against a re-encoding of the decoded record: re-encoding cost more than the hash, and only a
 * writer that bypasses the encoder could store other bytes whose digest matches.
 */
export function decodeObject(bytes: Uint8Array, options: { verifyDigest?: boolean; trusted?: boolean; sealed?: boolean } = {}): DecodeObjectResult {
  try {
    if (!(bytes instanceof Uint8Array)) return { ok: false, message: 'expected bytes' };
    if (bytes.length > MAX_OBJECT_BYTES) return { ok: false, message: `${bytes.length} bytes; the limit is ${MAX_OBJECT_BYTES}` };
    let raw: unknown;
    try {
      raw = packr.unpack(bytes);
    } catch (e) {
      return { ok: false, message: `malformed MessagePack: ${e instanceof Error ? e.message : String(e)}` };
    }
    const [format, id, version, owner, data, prev, rebate, digest] = arr(raw, 'record', 8);
    if (format !== OBJECT_FORMAT) fail('format', `object format ${String(format)}; this VM reads format ${OBJECT_FORMAT}`);
    const record: ObjectRecord = {
      id: hexOf(bin32(id, 'id')),
      version: uint(version, 'version'),
      digest: base58Encode(bin32(digest, 'digest')),
      owner: readOwner(owner),
      data: readData(data),
      previousTransaction: base58Encode(bin32(prev, 'previousTransaction')),
      storageRebate: uint(rebate, 'storageRebate'),
    };
    if (options.trusted === true) return { ok: true, record };
    if (options.sealed === true) return checkSealed(bytes, record);
    if (options.verifyDigest === false) {
      if (!sameBytes(encodeObject(record), bytes)) return { ok: false, message: NON_CANONICAL };
      return { ok: true, record };
    }
    const checked = encodeCheckedObject(record);
    if (!sameBytes(checked.bytes, bytes)) return { ok: false, message: NON_CANONICAL };
    if (checked.digestError) return { ok: false, message: checked.digestError };
    return { ok: true, record };
  } catch (e) {
    if (e instanceof DecodeFailure || e instanceof ObjectEncodeError) return { ok: false, message: e.message };
    return { ok: false, message: `object decoder: ${e instanceof Error ? e.message : String(e)}` };
  }
}
