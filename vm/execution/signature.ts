// Signed transactions. In: TransactionData and an ed25519 secret key (or a signer callback that
// holds the key elsewhere, e.g. a keystore). Out: SignedTransaction { data, signature }, its
// canonical bytes and JSON form, and verification: the signature is valid for the transaction
// digest AND the address derived from the public key is the sender.
//
// Addresses are Sui's: Blake2b-256(0x00 || public key), 0x00 being the ed25519 scheme flag
// (SPEC §2). The signed message is the 32 raw bytes of the transaction digest.

import { createPublicKey, verify as nodeVerify, type KeyObject } from 'node:crypto';
import { ed25519 } from '@noble/curves/ed25519.js';
import type { Address } from '../objects/object.js';
import { addressFromPublicKey } from '../objects/object.js';
import { bytesEqual, decodeCanonical, encodeCanonical, fromBase64, toBase64 } from './canonical.js';
import type { FormatIssue, Parsed, TransactionData, TransactionDigest } from './transaction.js';
import { encodeTransaction, digestOfBytes, parseTransaction, transactionToJson } from './transaction.js';

export { addressFromPublicKey };

export interface Signature {
  /** 32-byte ed25519 public key. */
  publicKey: Uint8Array;
  /** 64-byte ed25519 signature of the transaction digest. */
  signature: Uint8Array;
}

export interface SignedTransaction {
  data: TransactionData;
  signature: Signature;
}

/** Signs a digest; lets callers keep keys out of this module (keystores, hardware, tests). */
export type Signer = (digest: Uint8Array) => Signature;

export interface Keypair {
  secretKey: Uint8Array;
  publicKey: Uint8Array;
  address: Address;
}

/** A keypair from a 32-byte seed (deterministic: tests) or a random one. */
export function keypair(seed?: Uint8Array): Keypair {
  const secretKey = seed !== undefined ? Uint8Array.from(seed) : ed25519.utils.randomSecretKey();
  if (secretKey.length !== 32) throw new RangeError('an ed25519 secret key has 32 bytes');
  const publicKey = ed25519.getPublicKey(secretKey);
  return { secretKey, publicKey, address: addressFromPublicKey(publicKey) };
}

export function signDigest(digest: Uint8Array, secretKey: Uint8Array): Signature {
  return { publicKey: ed25519.getPublicKey(secretKey), signature: ed25519.sign(digest, secretKey) };
}

/** A Signer for a secret key held in memory. */
export function keySigner(secretKey: Uint8Array): Signer {
  const publicKey = ed25519.getPublicKey(secretKey);
  return (digest) => ({ publicKey, signature: ed25519.sign(digest, secretKey) });
}

export function signTransaction(data: TransactionData, secretKey: Uint8Array): SignedTransaction {
  const digest = digestOfBytes(encodeTransaction(data));
  return { data, signature: signDigest(digest.bytes, secretKey) };
}

// DER prefix of an ed25519 SubjectPublicKeyInfo (RFC 8410): the 32 key bytes follow.
const SPKI_ED25519 = Uint8Array.of(0x30, 0x2a, 0x30, 0x05, 0x06, 0x03, 0x2b, 0x65, 0x70, 0x03, 0x21, 0x00);

/**
 * ed25519 verification. Node's native (OpenSSL) check is about six times faster than the pure-JS
 * one, and signature checks dominate the cost of a simple transaction. OpenSSL verifies by RFC
 * 8032 (canonical encodings, cofactorless equation), which accepts a subset of what noble accepts
 * (ZIP-215 rules), so noble decides whenever OpenSSL says no: the accepted set is exactly noble's,
 * and the common valid case takes the fast path.
 */
// Parsed public keys, by hex: parsing costs as much as verifying, and senders repeat. Bounded by
// starting over when full.
const KEY_CACHE_SIZE = 4096;
const keys = new Map<string, KeyObject>();

function publicKeyObject(publicKey: Uint8Array): KeyObject {
  const hex = Buffer.from(publicKey).toString('hex');
  let k = keys.get(hex);
  if (k === undefined) {
    const spki = new Uint8Array(SPKI_ED25519.length + 32);
    spki.set(SPKI_ED25519);
    spki.set(publicKey, SPKI_ED25519.length);
    k = createPublicKey({ key: Buffer.from(spki), format: 'der', type: 'spki' });
    if (keys.size >= KEY_CACHE_SIZE) keys.clear();
    keys.set(hex, k);
  }
  return k;
}

function ed25519Verify(signature: Uint8Array, message: Uint8Array, publicKey: Uint8Array): boolean {
  try {
    if (nodeVerify(null, message, publicKeyObject(publicKey), signature)) return true;
  } catch {
    // A key OpenSSL refuses to parse may still be one noble accepts.
  }
  try {
    return ed25519.verify(signature, message, publicKey);
  } catch {
    return false;
  }
}

export type SignatureCheck = { ok: true } | { ok: false; reason: string };

/** Verifies `signed` against the digest of its data (computed here, or given if already known). */
export function verifyTransactionSignature(signed: SignedTransaction, digest?: TransactionDigest): SignatureCheck {
  return verifySignatureOver(digest?.bytes ?? digestOfBytes(encodeTransaction(signed.data)).bytes, signed.signature, signed.data.sender);
}

/** The check from what it needs alone: the digest signed, the signature, and who must have signed it. */
export function verifySignatureOver(digest: Uint8Array, sig: Signature, sender: Address): SignatureCheck {
  // Signatures come from outside (a batch file): anything may be here.
  if (typeof sig !== 'object' || sig === null) return { ok: false, reason: 'the transaction has no signature' };
  const { publicKey, signature } = sig;
  if (!(publicKey instanceof Uint8Array) || publicKey.length !== 32) return { ok: false, reason: 'the public key must have 32 bytes' };
  if (!(signature instanceof Uint8Array) || signature.length !== 64) return { ok: false, reason: 'the signature must have 64 bytes' };
  if (!ed25519Verify(signature, digest, publicKey)) return { ok: false, reason: 'the signature does not verify against the transaction digest' };
  const signer = addressFromPublicKey(publicKey);
  if (signer !== sender) return { ok: false, reason: `the signer ${signer} is not the sender ${sender}` };
  return { ok: true };
}

// --- Encoding -------------------------------------------------------------------------------------

function signedPlain(s: SignedTransaction): unknown {
  return { data: s.data, signature: { publicKey: s.signature.publicKey, signature: s.signature.signature } };
}

export function encodeSignedTransaction(s: SignedTransaction): Uint8Array {
  // Validate and normalise the data the same way encodeTransaction does.
  const data = parseTransaction(s.data);
  if (!data.ok) throw new Error(`invalid transaction at ${data.error.path}: ${data.error.message}`);
  return encodeCanonical(signedPlain({ data: data.value, signature: s.signature }));
}

function bytesField(v: unknown, path: string, length: number): Uint8Array | FormatIssue {
  const b = v instanceof Uint8Array ? v : typeof v === 'string' ? fromBase64(v) : undefined;
  if (b === undefined || b.length !== length) return { path, message: `expected ${length} bytes as base64` };
  return Uint8Array.from(b);
}

/** A signed transaction from plain data (JSON form: `{ data, signature: { publicKey, signature } }`, bytes as base64). */
export function parseSignedTransaction(v: unknown): Parsed<SignedTransaction> {
  if (v === null || typeof v !== 'object' || Array.isArray(v)) return { ok: false, error: { path: '$', message: 'expected { data, signature }' } };
  const r = v as Record<string, unknown>;
  for (const k of Object.keys(r)) if (k !== 'data' && k !== 'signature') return { ok: false, error: { path: `$.${k}`, message: 'unknown field (expected data, signature)' } };
  const data = parseTransaction(r['data']);
  if (!data.ok) return { ok: false, error: { path: data.error.path.replace(/^\$/, '$.data'), message: data.error.message } };
  const sig = r['signature'];
  if (sig === null || typeof sig !== 'object' || Array.isArray(sig)) return { ok: false, error: { path: '$.signature', message: 'expected { publicKey, signature }' } };
  const publicKey = bytesField((sig as Record<string, unknown>)['publicKey'], '$.signature.publicKey', 32);
  if (!(publicKey instanceof Uint8Array)) return { ok: false, error: publicKey };
  const signature = bytesField((sig as Record<string, unknown>)['signature'], '$.signature.signature', 64);
  if (!(signature instanceof Uint8Array)) return { ok: false, error: signature };
  return { ok: true, value: { data: data.value, signature: { publicKey, signature } } };
}

export function decodeSignedTransaction(bytes: Uint8Array): Parsed<SignedTransaction> {
  let plain: unknown;
  try {
    plain = decodeCanonical(bytes);
  } catch (e) {
    return { ok: false, error: { path: '$', message: e instanceof Error ? e.message : String(e) } };
  }
  const r = parseSignedTransaction(plain);
  if (r.ok && !bytesEqual(encodeSignedTransaction(r.value), bytes)) return { ok: false, error: { path: '$', message: 'the bytes are not the canonical encoding of the signed transaction' } };
  return r;
}

export function signedTransactionToJson(s: SignedTransaction): unknown {
  return { data: transactionToJson(s.data), signature: { publicKey: toBase64(s.signature.publicKey), signature: toBase64(s.signature.signature) } };
}

