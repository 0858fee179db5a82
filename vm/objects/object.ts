// The object model of SPEC §2: what the store holds and transactions read and write. Types and
// the pure functions every layer shares (ID derivation, owners); encoding and digests are in
// encoding.ts.
//
// Identifiers are text: addresses and object IDs as `0x` + 64 lowercase hex digits, digests
// (object and transaction) as base58 of the 32 digest bytes, as Sui prints them. Versions are
// JS numbers (u64 in Sui; a local chain never gets near 2^53, and encoding checks it).

import { blake2b } from '@noble/hashes/blake2.js';
import type { Value } from '../runtime/values.js';

export type Address = string;
export type ObjectId = string;
export type Digest = string;

export type Owner =
  | { AddressOwner: Address }
  /** A dynamic-field child. (An object transferred to an object is AddressOwner(objectId), as in Sui.) */
  | { ObjectOwner: ObjectId }
  | { Shared: { initialSharedVersion: number } }
  | 'Immutable';

/** A Move object: its type as a Sui type string and its contents as a runtime value. */
export interface MoveObjectData {
  kind: 'move';
  /** Canonical type, e.g. `0x2::coin::Coin<0x2::sui::SUI>` (addresses in full, 0x-prefixed). */
  type: string;
  /** `store` ability of the type: `public_transfer` is allowed. */
  hasPublicTransfer: boolean;
  contents: Value;
}

/** A published package: its modules' bytecode (msgpackr-encoded CompiledModules) by name. */
export interface PackageData {
  kind: 'package';
  modules: Array<[name: string, bytes: Uint8Array]>;
}

export interface ObjectRecord {
  id: ObjectId;
  version: number;
  /** Blake2b-256 of the canonical encoding of every other field (encoding.ts). */
  digest: Digest;
  owner: Owner;
  data: MoveObjectData | PackageData;
  previousTransaction: Digest;
  storageRebate: number;
}

/** A reference to one version of an object, as transactions name owned inputs. */
export interface ObjectRef {
  id: ObjectId;
  version: number;
  digest: Digest;
}

export const OBJECT_ID_DOMAIN = 0xf1;

// Nibble values by character code (-1: not a hex digit). Ids and addresses are converted on every
// store read and commit, so this is a table walk rather than a regex plus parseInt per byte.
const NIBBLE = new Int8Array(128).fill(-1);
for (let i = 0; i < 16; i++) {
  NIBBLE['0123456789abcdef'.charCodeAt(i)] = i;
  NIBBLE['0123456789ABCDEF'.charCodeAt(i)] = i;
}

export function hexToBytes(hex: string): Uint8Array {
  const start = hex.startsWith('0x') ? 2 : 0;
  const n = hex.length - start;
  if (n % 2 !== 0) throw new RangeError(`not hex: ${hex}`);
  const out = new Uint8Array(n / 2);
  for (let i = 0, j = start; i < out.length; i++, j += 2) {
    const a = hex.charCodeAt(j);
    const b = hex.charCodeAt(j + 1);
    const hi = a < 128 ? NIBBLE[a]! : -1;
    const lo = b < 128 ? NIBBLE[b]! : -1;
    if (hi < 0 || lo < 0) throw new RangeError(`not hex: ${hex}`);
    out[i] = (hi << 4) | lo;
  }
  return out;
}

export function bytesToHex(bytes: Uint8Array): string {
  return '0x' + Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('hex');
}

/** `0x` + 64 lowercase hex digits for any address or id given with or without padding. */
export function normalizeAddress(a: string): Address {
  const bare = a.startsWith('0x') || a.startsWith('0X') ? a.slice(2) : a;
  if (!/^[0-9a-fA-F]{1,64}$/.test(bare)) throw new RangeError(`${a} is not an address`);
  return '0x' + bare.toLowerCase().padStart(64, '0');
}

/** Canonical address/id text for a query argument (any accepted form), or undefined if it is none. */
export function tryNormalizeAddress(a: string): Address | undefined {
  if (typeof a !== 'string') return undefined;
  if (/^0x[0-9a-f]{64}$/.test(a)) return a;
  try {
    return normalizeAddress(a);
  } catch {
    return undefined;
  }
}

/**
 * SPEC §2, Sui's derivation byte for byte: Blake2b-256(0xF1 || txDigest || u64_le(index)),
 * where `txDigest` is the 32 raw digest bytes and `index` counts the IDs the transaction created.
 */
export function deriveObjectId(txDigest: Uint8Array, creationIndex: number): ObjectId {
  if (txDigest.length !== 32) throw new RangeError('a transaction digest has 32 bytes');
  const buf = new Uint8Array(1 + 32 + 8);
  buf[0] = OBJECT_ID_DOMAIN;
  buf.set(txDigest, 1);
  new DataView(buf.buffer).setBigUint64(33, BigInt(creationIndex), true);
  return bytesToHex(blake2b(buf, { dkLen: 32 }));
}

/** Well-known objects of a local chain. */
export const CLOCK_ID = normalizeAddress('0x6');
export const SYSTEM_ADDRESS = normalizeAddress('0x0');

/** SPEC §2: an account address is Blake2b-256(0x00 || ed25519 public key), Sui's scheme. */
export function addressFromPublicKey(publicKey: Uint8Array): Address {
  if (publicKey.length !== 32) throw new RangeError('an ed25519 public key has 32 bytes');
  const buf = new Uint8Array(33);
  buf[0] = 0x00;
  buf.set(publicKey, 1);
  return bytesToHex(blake2b(buf, { dkLen: 32 }));
}
