// Read/write sets of a transaction from its declared inputs (SPEC §4). In: TransactionData and a
// StateView (the owner of each `Object` input decides owned or immutable). Out: the AccessSet the
// schedulers work with: the objects it reads and writes, its shared uses, the owned inputs to lock
// (owned objects and gas coins), the versions of its other inputs (for the Lamport version), and
// its path (`consensus` as soon as one input is Shared).
//
// Rules, and why:
// - owned objects and gas coins are writes: the transaction consumes that version (locks.ts);
// - immutable objects conflict with nothing, so they are in neither set;
// - a shared object is a read or a write as declared (`mutable`): the executor refuses a write
//   through a read-only input, so the declaration bounds the access;
// - a Receiving input is a write of the received object (it changes owner);
// - dynamic-field children are not declared: they are reached only through their parent, whose
//   access covers them (two transactions touching the same child both declared the parent).
// An Object input whose record says Shared or ObjectOwner, or that does not exist, is kept as an
// owned write: the executor rejects it, and a write is the conservative guess until then.

import type { ObjectId } from '../objects/object.js';
import { headOf, type StateView } from '../objects/store.js';
import type { TransactionData } from '../execution/transaction.js';
import { transactionDigest } from '../execution/transaction.js';
import type { ObjectRef } from './locks.js';
import type { SequencedInput, SharedUse } from './sequencer.js';

export interface AccessSet {
  reads: Set<ObjectId>;
  writes: Set<ObjectId>;
  shared: SharedUse[];
  /** Owned inputs and gas coins: the locks the fast path takes. */
  owned: ObjectRef[];
  immutable: ObjectRef[];
  receiving: ObjectRef[];
  path: 'fast' | 'consensus';
}

export function accessSet(tx: TransactionData, view: StateView): AccessSet {
  const a: AccessSet = { reads: new Set(), writes: new Set(), shared: [], owned: [], immutable: [], receiving: [], path: 'fast' };
  for (const g of tx.gasPayment) {
    a.writes.add(g.id);
    a.owned.push({ id: g.id, version: g.version });
  }
  for (const i of tx.inputs) {
    if ('Shared' in i) {
      a.shared.push({ id: i.Shared.id, mutable: i.Shared.mutable });
      (i.Shared.mutable ? a.writes : a.reads).add(i.Shared.id);
      a.path = 'consensus';
    } else if ('Receiving' in i) {
      a.writes.add(i.Receiving.id);
      a.receiving.push({ id: i.Receiving.id, version: i.Receiving.version });
    } else if ('Object' in i) {
      const record = headOf(view, i.Object.id);
      const version = i.Object.version ?? record?.version ?? 0;
      if (record?.owner === 'Immutable') a.immutable.push({ id: i.Object.id, version });
      else {
        a.writes.add(i.Object.id);
        a.owned.push({ id: i.Object.id, version });
      }
    }
  }
  // A shared object used both ways (impossible in a valid transaction) counts as a write.
  for (const id of a.writes) a.reads.delete(id);
  return a;
}

/** Whether two transactions may not run at the same time: one writes what the other reads or writes. */
export function conflicts(a: Pick<AccessSet, 'reads' | 'writes'>, b: Pick<AccessSet, 'reads' | 'writes'>): boolean {
  for (const id of a.writes) if (b.writes.has(id) || b.reads.has(id)) return true;
  for (const id of b.writes) if (a.reads.has(id)) return true;
  return false;
}

/** The sequencer's view of a consensus-path transaction. */
export function sequencedInput(tx: TransactionData, view: StateView): SequencedInput<TransactionData> {
  const a = accessSet(tx, view);
  return {
    tx,
    digest: transactionDigest(tx).text,
    shared: a.shared,
    inputVersions: [...a.owned, ...a.immutable, ...a.receiving].map((r) => r.version),
    gasBudget: tx.gasBudget,
  };
}
