// Script output for one transaction. In: effects (or a rejection), the stable names and the
// chain's datatype layouts. Out: lines naming objects by object(T,I), accounts and packages by
// name, in a fixed order: the error (if it failed), then created, mutated, deleted, wrapped,
// unwrapped, unwrapped_then_deleted, events, gas summary. Lists are sorted by stable name, so
// nothing depends on digests.

import { objectChanges, type MoveAbortInfo, type TransactionEffects } from '../../vm/execution/effects.js';
import type { ExecuteOutcome } from '../../vm/execution/execute.js';
import type { LocalChain } from '../../vm/execution/chain.js';
import { parseType } from '../../vm/execution/type-tags.js';
import type { Names } from './names.js';
import { decodeBcs, formatValue, type LayoutOf } from './values.js';

/** object(2,10) after object(2,9); names before short hex ids. */
function byName(a: string, b: string): number {
  const key = (s: string): [number, number, number, string] => {
    const m = /^object\((\d+),(\d+)\)$/.exec(s);
    return m ? [1, Number(m[1]), Number(m[2]), ''] : s.startsWith('0x') ? [2, 0, 0, s] : [0, 0, 0, s];
  };
  const [x, y] = [key(a), key(b)];
  for (let i = 0; i < 3; i++) if (x[i] !== y[i]) return (x[i] as number) - (y[i] as number);
  return x[3] < y[3] ? -1 : x[3] > y[3] ? 1 : 0;
}

function abortLine(a: MoveAbortInfo, names: Names, chain: LocalChain, scriptPackages: ReadonlySet<string>): string {
  const [address, module] = a.module.split('::') as [string, string];
  const m = chain.packages.modules(address)?.find((x) => x.moduleHandles[0]!.name === module);
  const details: string[] = [];
  if (a.clever) {
    if (a.clever.constantName) details.push(a.clever.constantName);
    if (a.clever.value !== undefined) details.push(JSON.stringify(a.clever.value));
  } else {
    // A plain code: name the module's one u64 constant with that value, if exactly one has it.
    const named = m?.constants.filter((c) => c.type === 'u64' && c.value === a.code && c.name !== '') ?? [];
    if (named.length === 1) details.push(named[0]!.name);
  }
  // Publish bodies compile with the script's own line numbers, so the line is the script's.
  if (scriptPackages.has(address) && m) {
    const h = m.functionHandles.findIndex((f) => f.module === 0 && f.name === a.function);
    const line = m.functions.find((f) => f.handle === h)?.lines[4 * a.instruction];
    if (line) details.push(`script line ${line}`);
  }
  return `Location: ${names.name(address)}::${module}::${a.function} (instruction ${a.instruction}), Abort Code: ${a.code}${details.length ? ` (${details.join(', ')})` : ''}`;
}

/** The effects lines; `created` is already numbered by the runner. */
export function renderEffects(e: TransactionEffects, created: string[], names: Names, chain: LocalChain, layout: LayoutOf, scriptPackages: ReadonlySet<string>): string[] {
  const out: string[] = [];
  if (e.status.status === 'failure') {
    const f = e.status.error;
    const where = e.status.command === null ? '' : ` in command ${e.status.command}`;
    out.push(f.moveAbort ? `Error: Transaction Effects Status: Move Runtime Abort${where}. ${abortLine(f.moveAbort, names, chain, scriptPackages)}` : `Error: Transaction Effects Status: ${f.kind}${where}: ${names.text(f.message)}`);
  }
  const changes = objectChanges(e);
  const list = (label: string, ids: string[]): void => {
    if (ids.length > 0) out.push(`${label}: ${ids.join(', ')}`);
  };
  list('created', created);
  list('mutated', changes.mutated.map((c) => names.name(c.id)).sort(byName));
  list('deleted', changes.deleted.map((c) => names.name(c.id)).sort(byName));
  list('wrapped', changes.wrapped.map((c) => names.name(c.id)).sort(byName));
  list('unwrapped', changes.unwrapped.map((c) => names.name(c.id)).sort(byName));
  list('unwrapped_then_deleted', changes.unwrappedThenDeleted.map((c) => names.name(c.id)).sort(byName));
  if (e.events.length > 0) {
    out.push('events:');
    for (const ev of e.events) {
      let shown: string;
      try {
        const t = parseType(ev.type);
        shown = formatValue(decodeBcs(ev.contents, t, layout), t, layout, names);
      } catch (err) {
        shown = `${names.text(ev.type)} <${err instanceof Error ? err.message : String(err)}>`;
      }
      out.push(`  ${shown}`);
    }
  }
  const g = e.gasUsed;
  out.push(`gas summary: computation_cost: ${g.computationCost}, storage_cost: ${g.storageCost}, storage_rebate: ${g.storageRebate}, non_refundable_storage_fee: ${g.nonRefundableStorageFee}`);
  return out;
}

export function renderRejection(out: Extract<ExecuteOutcome, { kind: 'rejected' }>, names: Names): string[] {
  return [`Error: transaction refused (${out.rejection.code}): ${names.text(out.rejection.message)}`];
}
