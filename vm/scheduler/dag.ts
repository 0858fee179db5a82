// The dependency DAG of a batch (SPEC §4: what may run at the same time). In: per transaction, in
// order, the objects it reads and writes as declared (or nothing for a transaction that will not
// run). Out: each transaction's predecessors: the earlier transactions it must wait for.
//
// Rules: a write waits for the last write of the object and the reads since; a read waits for the
// last write. Read-read never waits. A barrier (a Publish or Upgrade: the new package is used by
// name, not as a declared input, so nothing else would order its users after it) waits for
// everything before it, and everything after waits for it.
//
// `staticAccess` takes the sets from the transaction alone, before any state changes: every
// Object input is a write unless it is immutable at the start of the batch (immutability is
// permanent), a Receiving input writes the received object, gas coins are written, shared inputs
// are read or written as declared. Dynamic-field children are covered by their declared parent.

import type { ObjectId } from '../objects/object.js';
import type { TransactionData } from '../execution/transaction.js';

export interface StaticAccess {
  reads: ObjectId[];
  writes: ObjectId[];
  barrier: boolean;
}

export function staticAccess(tx: TransactionData, isImmutable: (id: ObjectId) => boolean): StaticAccess {
  const reads: ObjectId[] = [];
  const writes: ObjectId[] = tx.gasPayment.map((g) => g.id);
  for (const i of tx.inputs) {
    if ('Shared' in i) (i.Shared.mutable ? writes : reads).push(i.Shared.id);
    else if ('Receiving' in i) writes.push(i.Receiving.id);
    else if ('Object' in i && !isImmutable(i.Object.id)) writes.push(i.Object.id);
  }
  const barrier = tx.commands.some((c) => 'Publish' in c || 'Upgrade' in c);
  return { reads: reads.filter((id) => !writes.includes(id)), writes, barrier };
}

/** Predecessors of each node (sorted, distinct); `undefined` access means a node that waits for nothing and that nothing waits for. */
export function buildDag(accesses: ReadonlyArray<StaticAccess | undefined>): number[][] {
  const lastWriter = new Map<ObjectId, number>();
  const readers = new Map<ObjectId, number[]>();
  let barrier: number | undefined;
  let sinceBarrier: number[] = [];
  return accesses.map((a, i) => {
    if (a === undefined) return [];
    const preds = new Set<number>();
    if (a.barrier) {
      for (const p of sinceBarrier) preds.add(p);
      if (barrier !== undefined) preds.add(barrier);
      barrier = i;
      sinceBarrier = [];
    } else {
      if (barrier !== undefined) preds.add(barrier);
      sinceBarrier.push(i);
    }
    for (const id of a.writes) {
      const w = lastWriter.get(id);
      if (w !== undefined) preds.add(w);
      for (const r of readers.get(id) ?? []) preds.add(r);
      lastWriter.set(id, i);
      readers.set(id, []);
    }
    for (const id of a.reads) {
      const w = lastWriter.get(id);
      if (w !== undefined) preds.add(w);
      const list = readers.get(id);
      if (list) list.push(i);
      else readers.set(id, [i]);
    }
    preds.delete(i);
    return [...preds].sort((x, y) => x - y);
  });
}

/** Length of the longest path, weighted by `cost` (for reports: total / critical path bounds the speedup). */
export function criticalPath(preds: readonly (readonly number[])[], cost: (i: number) => number): number {
  const finish: number[] = [];
  let longest = 0;
  preds.forEach((ps, i) => {
    let start = 0;
    for (const p of ps) start = Math.max(start, finish[p] ?? 0);
    finish[i] = start + cost(i);
    longest = Math.max(longest, finish[i]!);
  });
  return longest;
}
