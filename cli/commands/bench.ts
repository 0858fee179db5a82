// `deed bench`: runs a benchmark workload (bench/workloads/) through the parallel executor, or the
// sequential one with --sequential, on a fresh store, and reports throughput, paths, statuses and
// the state digest. In: the command's options as strings (as commander gives them). Out: a
// CommandOutput (text for people, one JSON object for --json), or a BenchUsageError (exit 2) for
// bad options. runBenchCommand is what cli/main.ts calls: it prints, draws the progress bar and
// maps errors to exit codes, so main.ts only registers the options.
//
// --emit FILE writes the batch as JSON Lines that `deed exec FILE` replays on a fresh store to the
// same state digest:
//   line 1:  {"genesis": {"format": "deed-bench/1", "workload": NAME, "params": {txs, seed, ...},
//             "stateDigest": DIGEST}}   -- enough to rebuild the genesis, which is deterministic
//             in (workload, params); exec checks it reaches DIGEST
//   then:    one transaction per line in the `deed ptb` JSON form with every field filled in
//            (sender address, gas budget, price and payment) plus "signature": {"publicKey",
//            "signature"} (base64), the workload key's signature: exec runs such a line as it is,
//            without the keystore, so the replay runs exactly the transactions (digests) the
//            bench ran.

import { writeFileSync } from 'node:fs';
import { toBase64 } from '../../vm/execution/canonical.js';
import { transactionToJson } from '../../vm/execution/transaction.js';
import { defaultWorkers, runWorkload, type RunReport, type StoreKind } from '../../bench/parallel.js';
import { GENESIS_FORMAT, isWorkloadName, normalizeParams, ParamError, WORKLOAD_NAMES, type Workload, type WorkloadParams } from '../../bench/workloads/index.js';
import type { CommandOutput } from './chain.js';

/** Bad usage: printed as `deed: message`, exit 2. */
export class BenchUsageError extends Error {}

export interface BenchOptions {
  workload?: string;
  txs?: string;
  workers?: string;
  seed?: string;
  sharedRatio?: string;
  counters?: string;
  pools?: string;
  accounts?: string;
  store?: string;
  sequential?: boolean;
  emit?: string;
  json?: boolean;
}

function whole(v: string | undefined, option: string): number | undefined {
  if (v === undefined) return undefined;
  if (!/^\d+$/.test(v)) throw new BenchUsageError(`${option} expects a whole number, got ${JSON.stringify(v)}`);
  return Number(v);
}

interface Parsed {
  workload: (typeof WORKLOAD_NAMES)[number];
  params: WorkloadParams;
  workers: number;
  store: StoreKind;
}

function parseOptions(o: BenchOptions): Parsed {
  const workload = o.workload ?? 'transfers';
  if (!isWorkloadName(workload)) throw new BenchUsageError(`unknown workload ${JSON.stringify(workload)} (one of ${WORKLOAD_NAMES.join(', ')})`);
  const store = o.store ?? 'lmdb';
  if (store !== 'memory' && store !== 'lmdb') throw new BenchUsageError(`--store is memory or lmdb, got ${JSON.stringify(store)}`);
  const workers = whole(o.workers, '--workers') ?? defaultWorkers();
  if (workers < 1 || workers > 64) throw new BenchUsageError(`--workers must be from 1 to 64, got ${workers}`);
  let sharedRatio: number | undefined;
  if (o.sharedRatio !== undefined) {
    if (!/^(\d+(\.\d*)?|\.\d+)$/.test(o.sharedRatio)) throw new BenchUsageError(`--shared-ratio expects a number from 0 to 1, got ${JSON.stringify(o.sharedRatio)}`);
    sharedRatio = Number(o.sharedRatio);
  }
  const given: Partial<WorkloadParams> = { txs: whole(o.txs, '--txs'), seed: whole(o.seed, '--seed'), counters: whole(o.counters, '--counters'), pools: whole(o.pools, '--pools'), accounts: whole(o.accounts, '--accounts'), sharedRatio };
  let params: WorkloadParams;
  try {
    params = normalizeParams(given);
  } catch (e) {
    if (e instanceof ParamError) throw new BenchUsageError(`--${e.message}`);
    throw e;
  }
  return { workload, params, workers, store };
}

/** The emitted batch (see the file comment). */
export function emitLines(w: Workload): string {
  const genesis = { genesis: { format: GENESIS_FORMAT, workload: w.name, params: w.params, stateDigest: w.genesisDigest } };
  const lines = [JSON.stringify(genesis)];
  for (const t of w.txs) {
    lines.push(JSON.stringify({ ...(transactionToJson(t.data) as Record<string, unknown>), signature: { publicKey: toBase64(t.signature.publicKey), signature: toBase64(t.signature.signature) } }));
  }
  return lines.join('\n') + '\n';
}

function summary(r: RunReport, emitted: string | undefined): string {
  const on = r.executor === 'sequential' ? 'the sequential executor' : `${r.workers} worker${r.workers === 1 ? '' : 's'}`;
  const p = r.params;
  const extra = r.workload === 'counters' ? `, ${p.counters} counters` : r.workload === 'mixed' ? `, shared ratio ${p.sharedRatio}, ${p.counters} counters` : r.workload === 'amm' ? `, ${p.pools} pools` : '';
  return (
    `${r.workload}: ${r.txs} transactions (${r.fastPath} fast path, ${r.consensus} consensus) on ${on}, ${r.store} store, seed ${r.seed}${extra}\n` +
    `  ${r.success} success, ${r.failed} failed, ${r.rejected} rejected, ${r.equivocations} equivocations, ${r.deferred} deferred, ${r.cancelled} cancelled; ${r.commits} consensus commit${r.commits === 1 ? '' : 's'}\n` +
    `  ${r.seconds.toFixed(2)} s -> ${Math.round(r.tps)} tps (parallelism ${r.parallelism.toFixed(2)}, ${r.cores.toFixed(2)} cores busy${r.storeCommits === null ? '' : `, ${r.storeCommits} store commits`}; genesis ${r.genesisSeconds.toFixed(1)} s, not timed)\n` +
    `  state digest ${r.stateDigest}\n` +
    (emitted ? `  wrote the batch with its genesis to ${emitted} (replay: deed exec ${emitted} --store NEW_DIR)\n` : '')
  );
}

export async function bench(o: BenchOptions, onProgress?: (done: number, total: number) => void): Promise<CommandOutput> {
  const p = parseOptions(o);
  const run = await runWorkload({ workload: p.workload, params: p.params, workers: p.workers, sequential: o.sequential ?? false, store: p.store, ...(onProgress ? { onProgress } : {}) });
  if (o.emit !== undefined) {
    try {
      writeFileSync(o.emit, emitLines(run.workload));
    } catch (e) {
      return { ok: false, text: `deed: cannot write ${o.emit}: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}\n`, json: { ok: false, error: `cannot write ${o.emit}` } };
    }
  }
  const { params, ...rest } = run.report;
  const json = { ok: true, ...rest, ...params, txs: run.report.txs, ...(o.emit !== undefined ? { emitted: o.emit } : {}) };
  return { ok: true, text: summary(run.report, o.emit), json };
}

/** A one-line bar on stderr, redrawn at most every 100 ms, shown only once the run has taken a second. */
function progressBar(stream: NodeJS.WriteStream): { update: (done: number, total: number) => void; clear: () => void } {
  const started = performance.now();
  let drawn = 0;
  let shown = false;
  return {
    update(done, total) {
      const now = performance.now();
      if (now - started < 1000 || (now - drawn < 100 && done < total)) return;
      drawn = now;
      shown = true;
      const width = 30;
      const full = Math.round((done / Math.max(1, total)) * width);
      stream.write(`\r[${'#'.repeat(full)}${'-'.repeat(width - full)}] ${done}/${total} transactions`);
    },
    clear() {
      if (shown) stream.write('\r\x1b[K');
    },
  };
}

/** The whole command: prints, and returns the exit code (0, 1 user error, 2 bad usage). */
export async function runBenchCommand(o: BenchOptions): Promise<number> {
  const bar = process.stderr.isTTY === true && !o.sequential ? progressBar(process.stderr) : undefined;
  try {
    const out = await bench(o, bar?.update);
    bar?.clear();
    if (o.json) process.stdout.write(JSON.stringify(out.json) + '\n');
    else (out.ok ? process.stdout : process.stderr).write(out.text);
    return out.ok ? 0 : 1;
  } catch (e) {
    bar?.clear();
    if (!(e instanceof BenchUsageError)) throw e;
    if (o.json) process.stdout.write(JSON.stringify({ ok: false, error: e.message }) + '\n');
    process.stderr.write(`deed: ${e.message}\n`);
    return 2;
  }
}
