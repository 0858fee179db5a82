// Messages between the parallel executor (main thread) and its workers, and their wire form.
// Bulky payloads (the objects a task reads, the outcome it returns) travel as msgpackr buffers,
// packed with the same settings as the object encoding (encoding.ts), so every value comes back in
// the JS type it left in (a u64 stays a number or a bigint, bytes stay bytes) and the worker's
// results are byte-identical to an in-process run. The buffers are transferred, not copied.
//
//   main -> worker: init, verify (signature checks), exec (one transaction), store (read another
//                   LMDB store); a verify or exec task runs only if the worker wins its claim
//                   (claims.ts): the main thread may have taken it back
//   worker -> main: ready, verified, done, read (a synchronous object read: the worker blocks on
//                   an Atomics.wait until the main thread has written the answer into its
//                   SharedArrayBuffer; read-channel.ts)

import { Packr } from 'msgpackr';
import type { TransactionData } from '../../execution/transaction.js';
import type { Signature } from '../../execution/signature.js';

const packr = new Packr({ useRecords: false, useBigIntExtension: true, int64AsType: 'bigint', moreTypes: false, mapsAsObjects: true });

/** Packed bytes in their own exact-size buffer (msgpackr packs into a shared pool), safe to transfer. */
export function pack(value: unknown): Uint8Array {
  return new Uint8Array(packr.pack(value));
}

export function unpack<T>(bytes: Uint8Array): T {
  return packr.unpack(bytes) as T;
}

export type ReadMode = 'store' | 'batch';

export interface InitMessage {
  t: 'init';
  /** The LMDB store to read (reads 'store'). */
  storeDir?: string;
  reads: ReadMode;
  /** Read channel (reads 'batch', and anything a 'store' worker misses): Int32 control words then data. */
  channel: SharedArrayBuffer;
  /** Task claims (claims.ts): the worker runs a task only if the main thread has not taken it back. */
  claims: SharedArrayBuffer;
}

/**
 * One signature check. The worker hashes the transaction too (the digest is what is signed), so
 * the main thread, which parses every transaction, does not: it sends the canonical bytes.
 */
export interface VerifyItem {
  index: number;
  /** encodeTransaction(data): the digest preimage. */
  bytes: Uint8Array;
  sender: string;
  signature: Signature;
}

/** The digest, and the reason the signature is refused (none when it verifies). */
export interface VerifyResult {
  index: number;
  digest: Uint8Array;
  digestText: string;
  reason?: string;
}

export interface VerifyMessage {
  t: 'verify';
  id: number;
  /** The task's claim word (claims.ts). */
  word: number;
  items: VerifyItem[];
}

/**
 * Overlay writes the worker has not seen, each tagged with the position that made it. A worker
 * is never sent the writes of its own executions: it adds those to its overlay itself, as it
 * sends the outcome (reads 'store').
 */
export interface Delta {
  at: number;
  /** pack([written records, removed refs]) */
  bytes: Uint8Array;
}

export interface ExecMessage {
  t: 'exec';
  id: number;
  /** The task's claim word (claims.ts). */
  word: number;
  /** Overlay scope (the fast path of a run, or one consensus commit); a new scope starts empty. */
  scope: number;
  /** Position in the scope: the task sees writes of earlier positions only. */
  at: number;
  /** Parsed (normalised) data and its digest, computed once on the main thread. */
  tx: { data: TransactionData; digest: Uint8Array; digestText: string; signature?: Signature };
  epoch: number;
  epochTimestampMs: number;
  sharedVersions?: Array<[string, number]>;
  cancelled?: string;
  deltas: Delta[];
  /**
   * reads 'store': positions below this are in the store now (the main thread committed them), so
   * the worker drops their writes from its overlay and reads the store afresh; deltas of such
   * positions are not sent. Given when it moved since the worker's last task.
   */
  committed?: number;
  /** reads 'batch': pack([[id, record | null], ...]) of the declared inputs as the task sees them. */
  inputs?: Uint8Array;
  /** Tests only: die before running this task. */
  crash?: boolean;
}

/** reads 'store': read another LMDB store from now on (an executor reused across stores). */
export interface StoreMessage {
  t: 'store';
  storeDir: string;
}

/**
 * Load these packages now, from the committed store (warm.ts): before the transactions that use
 * them arrive, so none of them waits for the load. A package that does not load is left to the
 * transaction that needs it, which reports why.
 */
export interface WarmMessage {
  t: 'warm';
  packages: string[];
}

export type MainMessage = InitMessage | VerifyMessage | ExecMessage | StoreMessage | WarmMessage;

export type WorkerMessage =
  | { t: 'ready' }
  | { t: 'verified'; id: number; results: VerifyResult[]; micros: number }
  /** outcome: pack(toWire(ExecuteOutcome)) (outcome-wire.ts) */
  | { t: 'done'; id: number; outcome: Uint8Array; micros: number }
  | { t: 'read'; id: string; version: number; scope: number; at: number }
  | { t: 'fatal'; message: string };
