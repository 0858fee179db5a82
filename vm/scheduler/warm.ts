// The packages a batch's transactions will load. In: parsed transactions. Out: package IDs, for
// the workers to load (decode, verify, link) before their first execution.
//
// Loading the framework on a fresh worker takes a few hundred milliseconds. Left to the first
// transaction a worker executes, that one transaction holds up the arrival-order prefix, and so
// every store commit, for all that time, while the main thread runs far ahead. Loaded when the
// batch arrives, it costs the same but blocks nothing: the main thread takes the worker's queued
// signature checks meanwhile (workers/pool.ts).

import type { ObjectId } from '../objects/object.js';
import type { TransactionData } from '../execution/transaction.js';
import { GAS_COIN_TYPE, parseType } from '../execution/type-tags.js';
import type { RuntimeType } from '../runtime/types.js';

function typePackages(t: RuntimeType, into: Set<ObjectId>): void {
  if (t.kind === 'vector') typePackages(t.elem, into);
  else if (t.kind === 'datatype') {
    into.add(t.address);
    for (const a of t.args) typePackages(a, into);
  }
}

function typeTextPackages(text: string, into: Set<ObjectId>): void {
  try {
    typePackages(parseType(text), into);
  } catch {
    // A malformed type fails its transaction, which reports it; nothing to load ahead.
  }
}

/** Adds to `into` the packages `data` calls or names in type arguments, and the gas coin's (every execution loads it). */
export function packagesUsed(data: TransactionData, into: Set<ObjectId>): void {
  typePackages(GAS_COIN_TYPE, into);
  for (const c of data.commands) {
    if ('MoveCall' in c) {
      into.add(c.MoveCall.package);
      for (const t of c.MoveCall.typeArguments) typeTextPackages(t, into);
    } else if ('MakeMoveVec' in c && c.MakeMoveVec.type !== undefined) typeTextPackages(c.MakeMoveVec.type, into);
  }
}
