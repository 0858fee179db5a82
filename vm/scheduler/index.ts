// The scheduler's entry (SPEC §4): access sets and conflicts, owned-object locks, the sequencer
// that assigns shared-object versions, per-object congestion control, and the check against the
// compiler's sharing classification. Nothing here executes a transaction or writes objects; the
// executor (vm/execution) and the store (vm/objects) are reached through their interfaces.

export { accessSet, conflicts, sequencedInput, type AccessSet } from './access.js';
export { acquire, unlocksFor, withUnlocks, type LockOutcome, type ObjectRef } from './locks.js';
export { Sequencer, type Commit, type CommitEntry, type CommitPrologue, type SequencedInput, type SequenceOptions, type SharedUse } from './sequencer.js';
export { CongestionControl, DEFAULT_CONGESTION, type Cancellation, type CongestionConfig, type CongestionInput, type CongestionStats, type Schedule } from './congestion.js';
export { sharingWarnings, type ModuleSource, type SharingWarning } from './sharing-check.js';
export { runBatch } from './sequential.js';
export { describeStatus, type BatchOptions, type BatchResult, type BatchStats, type TxResult, type TxStatus } from './results.js';
