// A worker thread of the parallel executor (parallel.ts). In: messages from the main thread
// (protocol.ts): signature checks, and transactions to execute at a position of a scope with the
// state they need. Out: each check's verdict, each transaction's ExecuteOutcome (packed), and the
// time it took. A worker keeps its PackageCache (the loaded, verified modules) for its lifetime.
//
// It never writes the store: execute returns writes, and the main thread commits them. Anything
// unexpected becomes a `fatal` message and the worker exits; the pool replaces it and re-runs its
// unfinished tasks.

import { parentPort } from 'node:worker_threads';
import { execute } from '../../execution/execute.js';
import { PackageCache } from '../../execution/packages.js';
import { verifyItems } from './verify.js';
import type { ObjectId, ObjectRecord } from '../../objects/object.js';
import { LmdbStore } from '../../objects/lmdb-store.js';
import { pack, unpack, type ExecMessage, type InitMessage, type MainMessage, type VerifyMessage, type WarmMessage, type WorkerMessage } from './protocol.js';
import { awaitAnswer } from './read-channel.js';
import { claimForWorker } from './claims.js';
import { WorkerView, type BaseReader } from './worker-view.js';
import { toWire } from './outcome-wire.js';

if (parentPort === null) throw new Error('worker.ts runs as a worker thread');
const port = parentPort;

let store: LmdbStore | undefined;
let view: WorkerView | undefined;
let packages: PackageCache | undefined;
let current = { scope: -1, at: 0 };
let claims: Int32Array | undefined;

const post = (m: WorkerMessage): void => port.postMessage(m);

function start(m: InitMessage): void {
  const channel = m.channel;
  claims = new Int32Array(m.claims);
  const remote: BaseReader = {
    read(id, version) {
      post({ t: 'read', id, version, scope: current.scope, at: current.at });
      return awaitAnswer(channel);
    },
  };
  if (m.reads === 'store') {
    if (m.storeDir === undefined) throw new Error('reads "store" needs the store directory');
    openStore(m.storeDir);
  } else view = new WorkerView(remote);
  packages = new PackageCache();
  post({ t: 'ready' });
}

function openStore(dir: string): void {
  store?.close();
  const s = LmdbStore.open(dir, { readOnly: true });
  store = s;
  // Everything committed is in the store; what is not committed yet reaches the worker as deltas.
  view = new WorkerView({ read: (id, version) => ({ record: version < 0 ? s.getObject(id) : s.getObjectVersion(id, version), committed: true }) });
}

function verify(m: VerifyMessage): void {
  if (!claimForWorker(claims!, m.word, m.id)) return;
  const t0 = performance.now();
  const results = verifyItems(m.items);
  post({ t: 'verified', id: m.id, results, micros: (performance.now() - t0) * 1000 });
}

function warm(m: WarmMessage): void {
  // To see packages committed since this worker's read transaction began. Its overlay stays
  // right: the store only moves past what a task was shown with a commit of the running scope,
  // which the next task's `committed` reports (and prunes) before it runs, or with a new scope.
  store?.refresh();
  // No scope: a read through the main thread answers from its committed store.
  current = { scope: -1, at: 0 };
  for (const id of m.packages) packages!.load(id, (x) => view!.committedObject(x));
}

function run(m: ExecMessage): void {
  if (m.crash) process.exit(70);
  const v = view!;
  const inputs = m.inputs === undefined ? [] : unpack<Array<[ObjectId, ObjectRecord | null]>>(m.inputs);
  current = { scope: m.scope, at: m.at };
  if (v.begin(m.scope, m.at, inputs)) store?.refresh();
  if (m.committed !== undefined && store !== undefined) {
    // The main thread committed the positions below m.committed: read them from the store.
    store.refresh();
    v.prune(m.committed);
  }
  for (const d of m.deltas) {
    const [written, removed] = unpack<[ObjectRecord[], Array<{ id: ObjectId; version: number }>]>(d.bytes);
    v.addDelta(d.at, written, removed);
  }
  // The deltas are the scope's state for later tasks too, so they are applied even when the main
  // thread took this task back (claims.ts).
  if (!claimForWorker(claims!, m.word, m.id)) return;
  const t0 = performance.now();
  const out = execute({ data: m.tx.data, ...(m.tx.signature ? { signature: m.tx.signature } : {}), verified: true, digest: { bytes: m.tx.digest, text: m.tx.digestText } }, v, {
    epoch: m.epoch,
    epochTimestampMs: m.epochTimestampMs,
    packages: packages!,
    ...(m.sharedVersions ? { sharedVersions: new Map(m.sharedVersions) } : {}),
    ...(m.cancelled !== undefined ? { cancelled: m.cancelled } : {}),
  });
  // The writes carry their canonical bytes (sealed as they were made), so the commit on the main
  // thread does not encode them again; the objects stay here (outcome-wire.ts).
  const micros = (performance.now() - t0) * 1000;
  const bytes = pack(toWire(out));
  // The main thread applies exactly these writes at this position once it has the outcome, and
  // does not send them back (pool.ts, publish): this worker's later tasks see them from here.
  if (store !== undefined && out.kind === 'executed') v.addDelta(m.at, out.writes.written, out.writes.removed);
  port.postMessage({ t: 'done', id: m.id, outcome: bytes, micros } satisfies WorkerMessage, [bytes.buffer as ArrayBuffer]);
}

port.on('message', (m: MainMessage) => {
  try {
    if (m.t === 'init') start(m);
    else if (m.t === 'store') openStore(m.storeDir);
    else if (m.t === 'verify') verify(m);
    else if (m.t === 'warm') warm(m);
    else run(m);
  } catch (e) {
    post({ t: 'fatal', message: e instanceof Error ? (e.stack ?? e.message) : String(e) });
    process.exit(71);
  }
});
