// `deed exec FILE.jsonl`: a batch of transactions in, one per line in the `deed ptb` JSON form, run
// through the parallel executor (vm/scheduler/parallel.ts, `--workers N`, by default one per CPU)
// or, with `--sequential`, the in-process oracle (sequential.ts); both give the same statuses,
// effects and state. Out: a CommandOutput with one status per line (index, digest, path, status)
// and the batch statistics.
//
// Per line: `sender` may be an address or a key alias (default: --sender or the active key),
// gasBudget and gasPrice default as in `deed ptb`, and a missing gasPayment is the sender's
// richest coin not already used by an earlier line (so that lines do not equivocate by accident).
// A line that cannot become a signed transaction gets status `malformed` with its line number;
// the other lines still run. Blank lines are skipped.
//
// A line with a "signature" ({"publicKey", "signature"}, base64) is already signed, as `deed bench
// --emit` writes them: it must give every field (sender address, gas budget, price and payment)
// and runs as it is, without the keystore. A first line {"genesis": {...}} (also written by
// `deed bench --emit`) rebuilds a benchmark workload's genesis first: see workloadGenesis.
//
// `ok` (exit 0) means the batch ran, whatever its transactions' statuses: those are the result,
// to be read from the output (`--json` for scripts). An unreadable file or store is exit 1.

import { readFileSync } from 'node:fs';
import { effectsToJson } from '../../vm/execution/effects.js';
import { GAS_CONSTANTS } from '../../vm/execution/gas.js';
import { parseSignedTransaction, type SignedTransaction } from '../../vm/execution/signature.js';
import { parseTransaction, transactionDigest, type TransactionData } from '../../vm/execution/transaction.js';
import { availableParallelism } from 'node:os';
import { runParallel } from '../../vm/scheduler/parallel.js';
import { describeStatus, runBatch, type BatchOptions, type BatchResult, type TxResult } from '../../vm/scheduler/sequential.js';
import { buildWorkload, GENESIS_FORMAT, isWorkloadName, ParamError, WORKLOAD_NAMES, type WorkloadParams } from '../../bench/workloads/index.js';
import { renderEffects } from '../chain/render.js';
import { CliError, Session, storeDir } from '../chain/session.js';
import type { ChainOptions, CommandOutput } from './chain.js';

interface LineStatus {
  line: number;
  result?: TxResult;
  malformed?: string;
}

/** Turns one line into a signed transaction, or throws an Error whose message says why not. */
function lineTransaction(s: Session, text: string, opts: ChainOptions, usedGas: Set<string>): SignedTransaction {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (e) {
    throw new Error(`not JSON: ${(e as Error).message}`);
  }
  if (typeof json !== 'object' || json === null || Array.isArray(json)) throw new Error('expected a JSON object with "commands"');
  const obj = { ...(json as Record<string, unknown>) };
  if (obj['signature'] !== undefined) {
    const { signature, ...data } = obj;
    const signed = parseSignedTransaction({ data, signature });
    if (!signed.ok) throw new Error(`${signed.error.path}: ${signed.error.message}`);
    for (const g of signed.value.data.gasPayment) usedGas.add(g.id);
    return signed.value;
  }
  const key = s.sender(typeof obj['sender'] === 'string' ? obj['sender'] : opts.sender);
  obj['sender'] = key.address;
  obj['gasBudget'] ??= opts.gasBudget ?? '500000000';
  obj['gasPrice'] ??= GAS_CONSTANTS.REFERENCE_GAS_PRICE.toString();
  const parsed = parseTransaction(obj);
  if (!parsed.ok) throw new Error(`${parsed.error.path}: ${parsed.error.message}`);
  let data: TransactionData = parsed.value;
  if (data.gasPayment.length === 0) {
    const inputs = new Set(data.inputs.map((i) => ('Object' in i ? i.Object.id : 'Shared' in i ? i.Shared.id : 'Receiving' in i ? i.Receiving.id : '')));
    const coin = s.chain.gasCoins(data.sender).find((c) => !inputs.has(c.id) && !usedGas.has(c.id));
    if (coin === undefined) throw new Error(`${data.sender} has no SUI coin left to pay gas with (each line without gasPayment takes its own coin; use the faucet)`);
    data = { ...data, gasPayment: [{ id: coin.id, version: coin.version, digest: coin.digest }] };
  }
  for (const g of data.gasPayment) usedGas.add(g.id);
  return { data, signature: s.signer(key)(transactionDigest(data).bytes) };
}

/** The status line; an abort names its constant and source line as `deed call` shows them (render.ts). */
function describe(s: Session, r: TxResult): string {
  const st = r.status;
  if (st.kind === 'failure' && st.error.kind === 'MoveAbort' && r.effects) {
    const abort = renderEffects(r.effects, (id) => s.chain.getObject(id)).split('\n').find((l) => /^\s*abort code /.test(l));
    if (abort !== undefined) return `failure${st.command === null ? '' : ` in command ${st.command}`}: MoveAbort: ${abort.trim()}`;
  }
  return describeStatus(st);
}

function statusJson(s: Session, l: LineStatus): Record<string, unknown> {
  if (l.result === undefined) return { line: l.line, digest: null, path: null, status: 'malformed', message: l.malformed };
  const r = l.result;
  const st = r.status;
  return {
    line: l.line,
    digest: r.digest ?? null,
    path: r.path ?? null,
    status: st.kind,
    message: describe(s, r),
    deferrals: r.deferrals,
    ...(r.commit !== undefined ? { commit: r.commit } : {}),
    ...(st.kind === 'failure' ? { error: { ...st.error, command: st.command } } : {}),
    ...(st.kind === 'rejected' ? { code: st.code } : {}),
    ...(st.kind === 'equivocation' ? { object: st.id, version: st.version, holder: st.holder } : {}),
    ...(r.effects ? { effects: effectsToJson(r.effects) } : {}),
  };
}

// --- The genesis line of `deed bench --emit` -------------------------------------------------------

/**
 * If the first non-blank line is `{"genesis": {"format": "deed-bench/1", "workload", "params",
 * "stateDigest"}}`, rebuilds that workload's genesis (deterministic in workload and params) into
 * the store, which must hold nothing but the framework genesis, and checks it reaches the recorded
 * state digest. Returns the line's index (0-based), or undefined when there is no genesis line.
 */
function workloadGenesis(s: Session, text: string): { line: number } | undefined {
  const lines = text.split(/\r?\n/);
  const line = lines.findIndex((l) => l.trim() !== '');
  if (line < 0 || !/^\s*\{\s*"genesis"\s*:/.test(lines[line]!)) return undefined;
  let g: { format?: unknown; workload?: unknown; params?: unknown; stateDigest?: unknown };
  try {
    g = (JSON.parse(lines[line]!) as { genesis: typeof g }).genesis;
  } catch (e) {
    throw new CliError(`line ${line + 1}: the genesis line is not JSON: ${(e as Error).message}`);
  }
  if (g === null || typeof g !== 'object' || g.format !== GENESIS_FORMAT) throw new CliError(`line ${line + 1}: a genesis line must be {"genesis": {"format": "${GENESIS_FORMAT}", "workload", "params", "stateDigest"}}`);
  if (typeof g.workload !== 'string' || !isWorkloadName(g.workload)) throw new CliError(`line ${line + 1}: unknown workload ${JSON.stringify(g.workload)} (one of ${WORKLOAD_NAMES.join(', ')})`);
  if (g.params === null || typeof g.params !== 'object') throw new CliError(`line ${line + 1}: the genesis needs "params"`);
  if (s.store.commitCount() !== 1) throw new CliError(`the batch starts with a workload genesis, which needs a fresh store, but ${s.dir} already has ${s.store.commitCount() - 1} commit(s) after its genesis (use --store NEW_DIR)`);
  try {
    buildWorkload(g.workload, s.store, g.params as Partial<WorkloadParams>, s.chain.packages);
  } catch (e) {
    if (e instanceof ParamError) throw new CliError(`line ${line + 1}: ${e.message}`);
    throw e;
  }
  const digest = s.store.stateDigest();
  if (typeof g.stateDigest === 'string' && g.stateDigest !== digest) throw new CliError(`line ${line + 1}: the rebuilt genesis has state digest ${digest}, not ${g.stateDigest} as recorded (a different version of Deed or of the examples?)`);
  return { line };
}

export interface ExecOptions extends ChainOptions {
  file: string;
  /** Worker threads (default: the CPU count, at most 8). */
  workers?: number;
  /** Run the in-process sequential executor instead. */
  sequential?: boolean;
}

export const defaultWorkers = (): number => Math.max(1, Math.min(8, availableParallelism()));

export async function exec(opts: ExecOptions): Promise<CommandOutput> {
  let text: string;
  try {
    text = readFileSync(opts.file, 'utf8');
  } catch (e) {
    throw new CliError(`cannot read ${opts.file}: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`);
  }
  if (opts.gasBudget !== undefined && !/^\d+$/.test(opts.gasBudget)) throw new CliError(`--gas-budget expects a whole number, got ${opts.gasBudget}`);
  const s = Session.open(storeDir(opts.store));
  try {
    const lines: LineStatus[] = [];
    const batch: SignedTransaction[] = [];
    const at: LineStatus[] = [];
    const usedGas = new Set<string>();
    const genesisLine = workloadGenesis(s, text);
    text.split(/\r?\n/).forEach((raw, i) => {
      if (raw.trim() === '' || i === genesisLine?.line) return;
      const l: LineStatus = { line: i + 1 };
      lines.push(l);
      try {
        batch.push(lineTransaction(s, raw, opts, usedGas));
        at.push(l);
      } catch (e) {
        l.malformed = `line ${i + 1}: ${(e as Error).message}`;
      }
    });
    // A workload replay keeps the Clock's own time in its commits, as the bench did, so that it
    // reaches the same state digest; otherwise commits take the wall clock's time.
    const options: BatchOptions = { packages: s.chain.packages, epoch: s.chain.epoch, epochTimestampMs: s.chain.epochTimestampMs, ...(genesisLine ? {} : { commitTimestampMs: () => Date.now() }) };
    const workers = opts.workers ?? defaultWorkers();
    let r: BatchResult;
    let how = 'sequential';
    if (opts.sequential) r = runBatch(s.store, batch, options);
    else {
      const p = await runParallel(s.store, batch, { ...options, workers });
      how = `${workers} worker${workers === 1 ? '' : 's'}, parallelism ${p.stats.parallelism.toFixed(2)}, ${p.stats.storeCommits} store commit${p.stats.storeCommits === 1 ? '' : 's'}`;
      r = p;
    }
    r.transactions.forEach((t, i) => (at[i]!.result = t));
    const malformed = lines.length - batch.length;
    const stats = { ...r.stats, transactions: lines.length, malformed, executor: opts.sequential ? 'sequential' : 'parallel' };
    const rows = lines.map((l) => {
      const res = l.result;
      const status = res === undefined ? `malformed: ${l.malformed}` : describe(s, res) + (res.deferrals > 0 ? ` (after ${res.deferrals} deferral${res.deferrals > 1 ? 's' : ''})` : '');
      return `${String(l.line).padStart(4)}  ${res?.digest ?? '-'.padEnd(44)}  ${(res?.path ?? '-').padEnd(9)}  ${status}\n`;
    });
    const summary =
      `${stats.transactions} transactions (${stats.fast} fast path, ${stats.consensus} consensus, ${malformed} malformed): ` +
      `${stats.success} success, ${stats.failed} failed, ${stats.rejected} rejected, ${stats.equivocations} equivocation${stats.equivocations === 1 ? '' : 's'}, ` +
      `${stats.deferred} deferred, ${stats.cancelled} cancelled; ${stats.commits} consensus commit${stats.commits === 1 ? '' : 's'}; ` +
      `${stats.wallTimeMs.toFixed(1)} ms, ${Math.round(stats.tps)} tps (${how})\nstate digest ${stats.stateDigest}\n`;
    return { ok: true, text: `line  digest                                        path       status\n${rows.join('')}${summary}`, json: { ok: true, transactions: lines.map((l) => statusJson(s, l)), stats } };
  } finally {
    s.close();
  }
}
