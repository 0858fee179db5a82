// The consensus commit prologue: the system transaction that opens every consensus commit and
// sets the Clock (0x6) to the commit's time (sui::clock::consensus_commit_prologue, done natively
// as genesis and the faucet are). In: the Clock at the version the sequencer assigned, the commit
// index and time, and the Lamport version the sequencer computed. Out: a SystemResult whose batch
// writes the Clock at that version (execution never writes the store: the caller commits).
//
// The transaction is `{ system: { kind: 'consensus-commit-prologue', commit, timestampMs,
// clockVersion } }`; `commit` counts on across runs (scheduler/consensus.ts, nextCommitIndex), and
// the Clock version makes the digest unique whatever a caller numbers. No signature, no gas.

import { objectDigest } from '../objects/encoding.js';
import type { ObjectRecord } from '../objects/object.js';
import { CLOCK_ID } from '../objects/object.js';
import type { Value } from '../runtime/values.js';
import { u64 } from '../runtime/values.js';
import { encodeCanonical } from './canonical.js';
import type { TransactionEffects } from './effects.js';
import { encodeEffects } from './effects.js';
import type { SystemResult, SystemTransaction } from './genesis.js';
import { digestOfBytes } from './transaction.js';

export class PrologueError extends Error {}

export function consensusCommitPrologue(clock: ObjectRecord, prologue: { commit: number; timestampMs: number }, lamportVersion: number, epoch = 0): SystemResult {
  if (clock.id !== CLOCK_ID || clock.data.kind !== 'move') throw new PrologueError(`${clock.id} is not the Clock`);
  if (lamportVersion <= clock.version) throw new PrologueError(`the prologue's version ${lamportVersion} is not above the Clock's ${clock.version}`);
  const contents = clock.data.contents as Value[];
  const system: SystemTransaction = { kind: 'consensus-commit-prologue', commit: prologue.commit, timestampMs: prologue.timestampMs, clockVersion: clock.version };
  const txBytes = encodeCanonical({ system });
  const d = digestOfBytes(txBytes);
  const body: Omit<ObjectRecord, 'digest'> = {
    ...clock,
    version: lamportVersion,
    data: { ...clock.data, contents: [contents[0]!, u64(prologue.timestampMs)] },
    previousTransaction: d.text,
  };
  const written: ObjectRecord = { ...body, digest: objectDigest(body) };
  const effects: TransactionEffects = {
    status: { status: 'success' },
    transactionDigest: d.text,
    epoch,
    lamportVersion,
    gasUsed: { computationCost: 0n, storageCost: 0n, storageRebate: 0n, nonRefundableStorageFee: 0n },
    changedObjects: [
      { id: CLOCK_ID, inputState: { kind: 'Exist', version: clock.version, digest: clock.digest, owner: clock.owner }, outputState: { kind: 'ObjectWrite', digest: written.digest, owner: written.owner }, idOperation: 'None' },
    ],
    sharedObjects: [{ id: CLOCK_ID, version: clock.version, mutable: true }],
    dependencies: [clock.previousTransaction],
    events: [],
    gasObject: null,
  };
  return { digest: d.text, effects, written: [written], batch: { transactions: [{ digest: d.text, transaction: txBytes, effects: encodeEffects(effects) }], written: [written], removed: [] } };
}
