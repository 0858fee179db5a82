// Exec tasks for the worker-pool tests (pool-lanes, pool-warm): one prepared transaction of a
// bench workload, run at a position of scope 1 against the workload's store as it stands. The
// worker gets its declared inputs shipped (reads 'batch'); the main thread runs the same
// execution on the store directly.

import type { Workload } from '../../../bench/workloads/index.js';
import { execute, type ExecuteOutcome } from '../../../vm/execution/execute.js';
import type { Prepared } from '../../../vm/scheduler/admission.js';
import type { ExecTask, Lane } from '../../../vm/scheduler/workers/pool.js';
import { pack } from '../../../vm/scheduler/workers/protocol.js';

export type Ok = Extract<Prepared, { ok: true }>;

export function storeExecTask(w: Workload, p: Ok, at: number, done: (out: ExecuteOutcome, lane: Lane) => void, fail: (reason: string) => void): ExecTask {
  const declared = [...p.data.gasPayment.map((g) => g.id), ...p.data.inputs.flatMap((x) => ('Object' in x ? [x.Object.id] : []))];
  return {
    kind: 'exec',
    attempts: 0,
    msg: () => ({
      scope: 1,
      at,
      tx: { data: p.data, digest: p.digest.bytes, digestText: p.digest.text, signature: p.signature },
      epoch: 0,
      epochTimestampMs: 0,
      inputs: pack(declared.map((id) => [id, w.store.getObject(id) ?? null])),
    }),
    local: () => execute({ data: p.data, signature: p.signature, verified: true, digest: p.digest }, w.store, { epoch: 0, epochTimestampMs: 0, packages: w.packages }),
    done: (out, _us, lane) => done(out, lane),
    fail,
  };
}
