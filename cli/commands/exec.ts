// `deed exec FILE.jsonl`: a batch of transactions in, one per line in the `deed ptb` JSON form, run
// through vm/scheduler/sequential.ts (fast path, then consensus commits); out a CommandOutput with
// one status per line (index, digest, path, status) and the batch statistics. Sequential for now:
// the parallel executor comes later and must give the same results.
//
// Per line: `sender` may be an address or a key alias (default: --sender or the active key),
// gasBudget and gasPrice default as in `deed ptb`, and a missing gasPayment is the sender's
// richest coin not already used by an earlier line (so that lines do not equivocate by accident).
// A line that cannot become a signed transaction gets status `malformed` with its line number;
// the other lines still run. Blank lines are skipped.
//
// `ok` (exit 0) means the batch ran, whatever its transactions' statuses: those are the result,
// to be read from the output (`--json` for scripts). An unreadable file or store is exit 1.

import { readFileSync } from 'node:fs';
import { effectsToJson } from '../../vm/execution/effects.js';
import { GAS_CONSTANTS } from '../../vm/execution/gas.js';
import type { SignedTransaction } from '../../vm/execution/signature.js';
import { parseTransaction, transactionDigest, type TransactionData } from '../../vm/execution/transaction.js';
import { describeStatus, runBatch, type TxResult } from '../../vm/scheduler/sequential.js';
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

export function exec(opts: ChainOptions & { file: string }): CommandOutput {
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
    text.split(/\r?\n/).forEach((raw, i) => {
      if (raw.trim() === '') return;
      const l: LineStatus = { line: i + 1 };
      lines.push(l);
      try {
        batch.push(lineTransaction(s, raw, opts, usedGas));
        at.push(l);
      } catch (e) {
        l.malformed = `line ${i + 1}: ${(e as Error).message}`;
      }
    });
    const r = runBatch(s.store, batch, { packages: s.chain.packages, epoch: s.chain.epoch, epochTimestampMs: s.chain.epochTimestampMs, commitTimestampMs: () => Date.now() });
    r.transactions.forEach((t, i) => (at[i]!.result = t));
    const malformed = lines.length - batch.length;
    const stats = { ...r.stats, transactions: lines.length, malformed };
    const rows = lines.map((l) => {
      const res = l.result;
      const status = res === undefined ? `malformed: ${l.malformed}` : describe(s, res) + (res.deferrals > 0 ? ` (after ${res.deferrals} deferral${res.deferrals > 1 ? 's' : ''})` : '');
      return `${String(l.line).padStart(4)}  ${res?.digest ?? '-'.padEnd(44)}  ${(res?.path ?? '-').padEnd(9)}  ${status}\n`;
    });
    const summary =
      `${stats.transactions} transactions (${stats.fast} fast path, ${stats.consensus} consensus, ${malformed} malformed): ` +
      `${stats.success} success, ${stats.failed} failed, ${stats.rejected} rejected, ${stats.equivocations} equivocation${stats.equivocations === 1 ? '' : 's'}, ` +
      `${stats.deferred} deferred, ${stats.cancelled} cancelled; ${stats.commits} consensus commit${stats.commits === 1 ? '' : 's'}; ` +
      `${stats.wallTimeMs.toFixed(1)} ms, ${Math.round(stats.tps)} tps (sequential)\nstate digest ${stats.stateDigest}\n`;
    return { ok: true, text: `line  digest                                        path       status\n${rows.join('')}${summary}`, json: { ok: true, transactions: lines.map((l) => statusJson(s, l)), stats } };
  } finally {
    s.close();
  }
}
