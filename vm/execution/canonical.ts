// Canonical bytes for transactions, effects and system records. In: plain data (objects, arrays,
// strings, booleans, integers as number or bigint, Uint8Array, null). Out: msgpackr bytes that
// depend only on the data, never on how it was built, plus Blake2b-256 digests and the text forms
// of bytes (base58 for digests, base64 for blobs).
//
// Canonical form: object keys sorted, `undefined` fields dropped, every integer in one form (a JS
// number when it is a safe integer, a bigint otherwise, so 5 and 5n encode the same), byte strings
// as msgpack `bin`. Objects are written as maps, so a decoded value can be checked again by the
// same validators that read the JSON form.

import { blake2b } from '@noble/hashes/blake2.js';
import { Packr } from 'msgpackr';
import { base58Decode, base58Encode } from '../objects/base58.js';

// useRecords off: no shared structure state between calls, so encoding is a pure function.
const packr = new Packr({ useRecords: false, useBigIntExtension: true, int64AsType: 'bigint', mapsAsObjects: true, variableMapSize: true });

export type Plain = null | boolean | number | bigint | string | Uint8Array | Plain[] | { [key: string]: Plain | undefined };

export class CanonicalError extends Error {}

/**
 * The canonical form of `v`: a new tree of objects and arrays (byte strings and scalars are shared
 * with the input, which is not changed). Errors name the path of the bad value, from `path`.
 */
export function canonicalize(v: unknown, path = '$'): Plain {
  return canon(v, [path]);
}

// `at` is the path as a stack of keys and indices, joined only when an error needs it: building a
// path string per field was most of this function's allocation, and every transaction's data and
// effects pass through here.
function canon(v: unknown, at: Array<string | number>): Plain {
  if (v === null || typeof v === 'boolean' || typeof v === 'string') return v;
  if (typeof v === 'number') {
    if (Number.isSafeInteger(v)) return v;
    throw new CanonicalError(`${pathText(at)}: ${v} is not a safe integer (use a bigint)`);
  }
  if (typeof v === 'bigint') return v >= MIN_SAFE && v <= MAX_SAFE ? Number(v) : v;
  if (v instanceof Uint8Array) return v;
  if (Array.isArray(v)) {
    const out: Plain[] = new Array(v.length);
    for (let i = 0; i < v.length; i++) {
      at.push(i);
      out[i] = canon(v[i], at);
      at.pop();
    }
    return out;
  }
  if (typeof v === 'object') {
    const keys = sortedKeys(v as object);
    const out: { [key: string]: Plain } = {};
    for (const k of keys) {
      const x = (v as Record<string, unknown>)[k];
      if (x === undefined) continue;
      at.push(k);
      out[k] = canon(x, at);
      at.pop();
    }
    return out;
  }
  throw new CanonicalError(`${pathText(at)}: ${typeof v} cannot be encoded`);
}

/**
 * The keys in code-unit order (what Array.prototype.sort gives strings). Objects have few keys,
 * often in order already: an insertion sort in place allocates nothing, where sort() copies the
 * array first, and that copy was the largest allocation left in a transaction's encoding.
 */
function sortedKeys(v: object): string[] {
  const keys = Object.keys(v);
  if (keys.length > 24) return keys.sort();
  for (let i = 1; i < keys.length; i++) {
    const k = keys[i]!;
    let j = i - 1;
    while (j >= 0 && keys[j]! > k) {
      keys[j + 1] = keys[j]!;
      j--;
    }
    keys[j + 1] = k;
  }
  return keys;
}

const MIN_SAFE = BigInt(-Number.MAX_SAFE_INTEGER);
const MAX_SAFE = BigInt(Number.MAX_SAFE_INTEGER);

function pathText(at: ReadonlyArray<string | number>): string {
  return at.map((s, i) => (i === 0 ? String(s) : typeof s === 'number' ? `[${s}]` : `.${s}`)).join('');
}

export function encodeCanonical(v: unknown): Uint8Array {
  return Uint8Array.from(packr.pack(canonicalize(v)));
}

/** Decodes msgpackr bytes to plain data (bins as Uint8Array); throws CanonicalError on garbage. */
export function decodeCanonical(bytes: Uint8Array): unknown {
  let v: unknown;
  try {
    // A copy: msgpackr caches a DataView on the buffer it reads, which would change the caller's bytes.
    v = packr.unpack(Uint8Array.from(bytes));
  } catch (e) {
    throw new CanonicalError(`not msgpack: ${e instanceof Error ? e.message : String(e)}`);
  }
  return toPlainBytes(v);
}

function toPlainBytes(v: unknown): unknown {
  if (v instanceof Uint8Array) return Uint8Array.from(v);
  if (Array.isArray(v)) return v.map(toPlainBytes);
  if (v !== null && typeof v === 'object') {
    const out: Record<string, unknown> = {};
    for (const [k, x] of Object.entries(v)) out[k] = toPlainBytes(x);
    return out;
  }
  return v;
}

export function blake2b256(bytes: Uint8Array): Uint8Array {
  return blake2b(bytes, { dkLen: 32 });
}

// --- Text forms of bytes ------------------------------------------------------------------------

export function toBase58(bytes: Uint8Array): string {
  return base58Encode(bytes);
}

export function fromBase58(text: string): Uint8Array {
  const b = base58Decode(text);
  if (b === undefined) throw new CanonicalError(`not base58: ${text}`);
  return b;
}

/** A 32-byte digest's text form, or throws. */
export function digestBytes(text: string): Uint8Array {
  const b = fromBase58(text);
  if (b.length !== 32) throw new CanonicalError(`a digest has 32 bytes: ${text}`);
  return b;
}

export function toBase64(bytes: Uint8Array): string {
  return Buffer.from(bytes).toString('base64');
}

export function fromBase64(text: string): Uint8Array | undefined {
  if (!/^[A-Za-z0-9+/]*={0,2}$/.test(text) || text.length % 4 !== 0) return undefined;
  return Uint8Array.from(Buffer.from(text, 'base64'));
}

export function bytesEqual(a: Uint8Array, b: Uint8Array): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}
