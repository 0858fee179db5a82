// How an executed transaction's outcome crosses from a worker to the main thread. In: the
// ExecuteOutcome a worker made. Out, on the main thread: an ExecuteOutcome that reads the same.
//
// An outcome holds each of its big parts twice: the effects as an object and as their canonical
// bytes, and each written record as an object and as its sealed bytes (CommitBatch.encoded).
// Packing the objects cost the worker about 40 µs of the 56 µs it spent packing a transfer's
// outcome, and unpacking them was main-thread work, while the main thread hardly reads them: the
// commit takes the bytes, admission and the overlay read the records' heads, and the result needs
// only the status. So the objects stay behind: the effects travel as their bytes with the status
// and Lamport version beside them, each record as its head (id, version, digest, owner, previous
// transaction, rebate) and its sealed bytes. The main thread decodes an effects object or a
// record's contents only when something reads it (a later transaction run on the main thread
// reading that record, a caller reading the result's effects); decoding canonical bytes gives
// what they were encoded from, so nothing a reader sees changes.

import type { TransactionEffects } from '../../execution/effects.js';
import { decodeEffects } from '../../execution/effects.js';
import type { ExecuteOutcome } from '../../execution/execute.js';
import { decodeObject } from '../../objects/encoding.js';
import type { Digest, ObjectId, ObjectRecord, Owner } from '../../objects/object.js';
import type { CommitBatch } from '../../objects/store.js';

type Executed = Extract<ExecuteOutcome, { kind: 'executed' }>;

type Head = [id: ObjectId, version: number, digest: Digest, owner: Owner, previousTransaction: Digest, storageRebate: number];

/** An executed outcome without its objects: see the top of the file. */
interface Slim {
  kind: 'slim';
  digest: string;
  status: Executed['status'];
  lamportVersion: number;
  effectsBytes: Uint8Array;
  heads: Head[];
  writes: Omit<CommitBatch, 'written' | 'encoded'> & { encoded: Uint8Array[] };
}

export type WireOutcome = ExecuteOutcome | Slim;

/** What a worker sends: the slim form when every written record has its sealed bytes, else the outcome as it is. */
export function toWire(out: ExecuteOutcome): WireOutcome {
  if (out.kind !== 'executed') return out;
  const { written, encoded, ...rest } = out.writes;
  if (encoded === undefined || encoded.length !== written.length || !encoded.every((b) => b instanceof Uint8Array)) return out;
  return {
    kind: 'slim',
    digest: out.digest,
    status: out.status,
    lamportVersion: out.lamportVersion,
    effectsBytes: out.effectsBytes,
    heads: written.map(headTuple),
    writes: { ...rest, encoded: encoded as Uint8Array[] },
  };
}

/** The outcome again, its effects and records' contents decoded on first read. */
export function fromWire(w: WireOutcome): ExecuteOutcome {
  if (w.kind !== 'slim') return w;
  const { encoded, ...rest } = w.writes;
  const written = w.heads.map((h, i) => lazyRecord(h, encoded[i]!));
  const out = { kind: 'executed', digest: w.digest, status: w.status, lamportVersion: w.lamportVersion, effectsBytes: w.effectsBytes, writes: { ...rest, written, encoded } } as Omit<Executed, 'effects'>;
  const bytes = w.effectsBytes;
  let effects: TransactionEffects | undefined;
  return Object.defineProperty(out, 'effects', {
    get: () => (effects ??= decodeEffects(bytes)),
    set: (v: TransactionEffects) => (effects = v),
    enumerable: true,
  }) as Executed;
}

const headTuple = (r: ObjectRecord): Head => [r.id, r.version, r.digest, r.owner, r.previousTransaction, r.storageRebate];

function lazyRecord([id, version, digest, owner, previousTransaction, storageRebate]: Head, bytes: Uint8Array): ObjectRecord {
  let data: ObjectRecord['data'] | undefined;
  return {
    id,
    version,
    digest,
    owner,
    get data(): ObjectRecord['data'] {
      if (data === undefined) {
        // The worker sealed these bytes from the record itself (sealObject), as a memory store's are.
        const r = decodeObject(bytes, { trusted: true });
        if (!r.ok) throw new Error(`a worker sent a record of ${id} that does not decode: ${r.message}`);
        data = r.record.data;
      }
      return data;
    },
    set data(v: ObjectRecord['data']) {
      data = v;
    },
    previousTransaction,
    storageRebate,
  };
}
