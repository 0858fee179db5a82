// Admission of a batch's transactions (SPEC §4), shared by the sequential oracle and the parallel
// executor so both decide every status the same way. In: signed transactions in arrival order;
// per transaction, a state view (the state the transaction sees when it is admitted) and a lock
// table. Out: a status for the ones that cannot go on, or their parsed data and access set with
// their owned inputs locked.
//
// Two steps, because the second depends on state and the first does not:
// 1. `prepareBatch` (stateless, in arrival order): parse and digest. The signature check is
//    stateless too but costly, so it is separate (`checkSignature`). The parallel executor uses
//    `parseBatch` instead (parse, canonical bytes, copies of one transaction in the batch) and
//    hashes on its workers with the signature check (`hashed` adds the digest that comes back).
// 2. `Admission.admit` (stateful): a copy of a transaction already admitted in this batch
//    (DuplicateTransaction: a transaction runs once, whichever path it takes; an earlier copy that
//    was refused, say with a forged signature, does not block a genuine one), already executed in
//    an earlier batch, the access set, owned inputs of another sender, versions already taken in
//    this batch (equivocation: their store locks may already be released), then the locks
//    themselves (locks.ts).
//
// What admit reads is confined to the transaction's own declared objects, the locks on them, and
// `taken` entries for them: a transaction's admission can only be changed by earlier transactions
// that declare one of the same objects. The parallel executor relies on this (parallel.ts).

import type { Digest } from '../objects/object.js';
import { headOf, type ObjectStore, type StateView } from '../objects/store.js';
import type { SignedTransaction } from '../execution/signature.js';
import { verifyTransactionSignature } from '../execution/signature.js';
import { digestOfBytes, encodeTransaction, parseTransaction, type TransactionData, type TransactionDigest } from '../execution/transaction.js';
import { accessSet, type AccessSet } from './access.js';
import { acquire } from './locks.js';
import type { TxStatus } from './sequential.js';

/** A parsed transaction with its digest, ready for admission (copies in one batch: ParsedTx.copyOf). */
export type Prepared = { ok: true; data: TransactionData; digest: TransactionDigest; signature: SignedTransaction['signature'] } | { ok: false; status: TxStatus };

/**
 * A parsed transaction and its canonical bytes, not hashed yet: the parallel executor hashes on its
 * workers, with the signature check. `copyOf`: the index of the batch's first copy of the same
 * bytes (so the same digest), on every copy when there are several.
 */
export type ParsedTx = { ok: true; data: TransactionData; bytes: Uint8Array; signature: SignedTransaction['signature']; copyOf?: number } | { ok: false; status: TxStatus };

/** Parses each transaction of a batch, from `start`, and marks copies of one transaction (`seen`: canonical bytes as latin1 -> the first parsed copy and its index). */
export function parseBatch(txs: readonly SignedTransaction[], start = 0, end = txs.length, seen = new Map<string, { first: Extract<ParsedTx, { ok: true }>; index: number }>()): ParsedTx[] {
  const out: ParsedTx[] = [];
  for (let i = start; i < end; i++) {
    const tx = txs[i];
    const parsed = parseTransaction(tx?.data);
    if (!parsed.ok) {
      out.push({ ok: false, status: { kind: 'rejected', code: 'MalformedTransaction', message: `${parsed.error.path}: ${parsed.error.message}` } });
      continue;
    }
    const p: Extract<ParsedTx, { ok: true }> = { ok: true, data: parsed.value, bytes: encodeTransaction(parsed.value), signature: tx!.signature };
    const key = Buffer.from(p.bytes.buffer, p.bytes.byteOffset, p.bytes.byteLength).toString('latin1');
    const earlier = seen.get(key);
    if (earlier === undefined) seen.set(key, { first: p, index: i });
    else earlier.first.copyOf = p.copyOf = earlier.index;
    out.push(p);
  }
  return out;
}

/** Parses each transaction and computes its digest (the sequential oracle's preparation). */
export function prepareBatch(txs: readonly SignedTransaction[]): Prepared[] {
  return parseBatch(txs).map((p) => (p.ok ? hashed(p, digestOfBytes(p.bytes)) : p));
}

/** A parsed transaction with its digest (computed wherever it was). */
export function hashed(p: Extract<ParsedTx, { ok: true }>, digest: TransactionDigest): Prepared {
  return { ok: true, data: p.data, digest, signature: p.signature };
}

/** The signature check of a prepared transaction: undefined if it verifies, else the status. */
export function checkSignature(p: Extract<Prepared, { ok: true }>): TxStatus | undefined {
  if (typeof p.signature !== 'object' || p.signature === null) return { kind: 'rejected', code: 'InvalidSignature', message: 'the transaction has no signature' };
  const sig = verifyTransactionSignature({ data: p.data, signature: p.signature }, p.digest);
  return sig.ok ? undefined : { kind: 'rejected', code: 'InvalidSignature', message: sig.reason };
}

/** Where locks go: the store itself (sequential), or a table that persists them with the next commit (parallel). */
export type LockTable = Pick<ObjectStore, 'lockAll'>;

/** A refusal after the access set was computed carries the path the transaction would have taken. */
export type Admitted = { ok: true; access: AccessSet } | { ok: false; status: TxStatus; path?: AccessSet['path'] };

export class Admission {
  /** `${id}:${version}` -> the digest that took it in this batch. */
  readonly taken = new Map<string, Digest>();
  /** Digest -> index of the copy admitted in this batch. */
  private readonly admitted = new Map<Digest, number>();

  constructor(private readonly store: Pick<ObjectStore, 'getTransaction'>) {}

  /**
   * Admits a prepared transaction whose signature verified, against `view` (the state it sees) and
   * `locks`. On success its owned inputs are locked and recorded as taken.
   */
  admit(p: Extract<Prepared, { ok: true }>, index: number, view: StateView, locks: LockTable): Admitted {
    const { data, digest } = p;
    const first = this.admitted.get(digest.text);
    if (first !== undefined) {
      return { ok: false, status: { kind: 'rejected', code: 'DuplicateTransaction', message: `transaction ${digest.text} was already admitted in this batch (transaction ${first}); it runs once` } };
    }
    if (this.store.getTransaction(digest.text) !== undefined) {
      return { ok: false, status: { kind: 'rejected', code: 'AlreadyExecuted', message: `transaction ${digest.text} was already executed` } };
    }
    const access = accessSet(data, view);
    for (const o of access.owned) {
      const owner = headOf(view, o.id)?.owner;
      if (typeof owner === 'object' && 'AddressOwner' in owner && owner.AddressOwner !== data.sender) {
        return { ok: false, path: access.path, status: { kind: 'rejected', code: 'ObjectOwnedByOther', message: `object ${o.id} is owned by ${owner.AddressOwner}, not by the sender ${data.sender}; nothing was locked` } };
      }
    }
    // A version consumed earlier in the batch has no lock left in the store (its commit released
    // it), so the batch remembers who took it: a second spender is equivocation, not a stale read.
    for (const o of access.owned) {
      const holder = this.taken.get(`${o.id}:${o.version}`);
      if (holder !== undefined && holder !== digest.text) {
        const message = `equivocation: object ${o.id} version ${o.version} is locked by transaction ${holder}; transaction ${digest.text} is rejected and nothing was executed`;
        return { ok: false, path: access.path, status: { kind: 'equivocation', id: o.id, version: o.version, holder, message } };
      }
    }
    const lock = acquire({ getObject: (id) => view.getObject(id), getHead: (id) => headOf(view, id), lockAll: (refs, tx) => locks.lockAll(refs, tx) }, digest.text, access.owned);
    if (lock.kind === 'equivocation') return { ok: false, path: access.path, status: { kind: 'equivocation', id: lock.id, version: lock.version, holder: lock.holder, message: lock.message } };
    if (lock.kind === 'unavailable') return { ok: false, path: access.path, status: { kind: 'rejected', code: 'ObjectVersionUnavailableForConsumption', message: lock.message } };
    for (const o of access.owned) this.taken.set(`${o.id}:${o.version}`, digest.text);
    this.admitted.set(digest.text, index);
    return { ok: true, access };
  }
}
