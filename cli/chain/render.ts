// Human-readable forms of chain data: effects as a summary with the abort's constant name and
// source line, objects and owners in one line each. JSON output uses the library's own JSON
// forms (effectsToJson), so these strings are for people only.

import { decodeModule } from '../../vm/bytecode/codec.js';
import { objectChanges, type MoveAbortInfo, type TransactionEffects } from '../../vm/execution/effects.js';
import type { ObjectRecord, Owner } from '../../vm/objects/object.js';
import { toJs } from '../../vm/runtime/values.js';

export function showId(id: string): string {
  const bare = id.replace(/^0x0*/, '');
  return `0x${bare === '' ? '0' : bare}`;
}

export function showOwner(o: Owner | undefined): string {
  if (o === undefined) return '';
  if (o === 'Immutable') return 'immutable';
  if ('AddressOwner' in o) return `owned by ${showId(o.AddressOwner)}`;
  if ('ObjectOwner' in o) return `owned by object ${showId(o.ObjectOwner)}`;
  return `shared (initial version ${o.Shared.initialSharedVersion})`;
}

export function objectType(r: ObjectRecord | undefined): string {
  if (!r) return '';
  return r.data.kind === 'package' ? 'package' : shortType(r.data.type);
}

/** `0x000..02::coin::Coin<0x000..02::sui::SUI>` as `0x2::coin::Coin<0x2::sui::SUI>`. */
export function shortType(t: string): string {
  return t.replace(/0x0*([0-9a-f]+)(?=::)/g, (_m, hex: string) => `0x${hex}`);
}

/**
 * For a plain (non-clever) abort code: the source line of the aborting instruction and the name
 * of the module's one `u64` constant with that value, if exactly one has it.
 */
function abortSource(a: MoveAbortInfo, lookup: (id: string) => ObjectRecord | undefined): { line?: number; constant?: string } {
  const [address, name] = a.module.split('::') as [string, string];
  const pkg = lookup(address);
  if (pkg?.data.kind !== 'package') return {};
  const bytes = pkg.data.modules.find(([n]) => n === name)?.[1];
  const d = bytes ? decodeModule(bytes) : undefined;
  if (!d?.ok) return {};
  const m = d.module;
  const h = m.functionHandles.findIndex((f) => f.module === 0 && f.name === a.function);
  const def = m.functions.find((f) => f.handle === h);
  const line = def?.lines[4 * a.instruction];
  const named = m.constants.filter((c) => c.type === 'u64' && c.value === a.code && c.name !== '');
  return { ...(line ? { line } : {}), ...(named.length === 1 ? { constant: named[0]!.name } : {}) };
}

export function renderEffects(e: TransactionEffects, lookup: (id: string) => ObjectRecord | undefined): string {
  const out: string[] = [];
  if (e.status.status === 'success') out.push(`Transaction ${e.transactionDigest}: success`);
  else {
    const f = e.status.error;
    const where = e.status.command === null ? '' : ` in command ${e.status.command}`;
    out.push(`Transaction ${e.transactionDigest}: FAILED${where}: ${f.kind}: ${f.message}`);
    const a = f.moveAbort;
    if (a) {
      let line = `  abort code ${a.code} in ${shortType(a.module)}::${a.function} at instruction ${a.instruction}`;
      if (a.clever) {
        line += a.clever.constantName ? `: ${a.clever.constantName} (line ${a.clever.line})` : ` (line ${a.clever.line})`;
        if (a.clever.value !== undefined) line += `: ${JSON.stringify(a.clever.value)}`;
      } else {
        const src = abortSource(a, lookup);
        if (src.constant) line += `: ${src.constant}`;
        if (src.line) line += ` (line ${src.line})`;
      }
      out.push(line);
    }
  }
  const g = e.gasUsed;
  out.push(`  gas: computation ${g.computationCost}, storage ${g.storageCost}, rebate ${g.storageRebate}, non-refundable ${g.nonRefundableStorageFee}`);
  out.push(`  version ${e.lamportVersion}, epoch ${e.epoch}`);
  const changes = objectChanges(e);
  const lists: Array<[string, keyof typeof changes]> = [
    ['created', 'created'],
    ['mutated', 'mutated'],
    ['deleted', 'deleted'],
    ['wrapped', 'wrapped'],
    ['unwrapped', 'unwrapped'],
    ['unwrapped then deleted', 'unwrappedThenDeleted'],
  ];
  for (const [label, key] of lists) {
    for (const c of changes[key]) {
      const r = c.digest ? lookup(c.id) : undefined;
      out.push(`  ${label.padEnd(9)} ${c.id}  ${[objectType(r), showOwner(c.owner)].filter(Boolean).join(', ')}`);
    }
  }
  for (const s of e.sharedObjects) out.push(`  shared input ${s.id} at version ${s.version}${s.mutable ? '' : ' (read only)'}`);
  for (const ev of e.events) out.push(`  event ${shortType(ev.type)} from ${ev.module}`);
  return out.join('\n') + '\n';
}

export function renderObject(r: ObjectRecord): string {
  const lines = [`${r.id}`, `  version ${r.version}, digest ${r.digest}`, `  ${showOwner(r.owner)}`, `  type ${objectType(r)}`, `  previous transaction ${r.previousTransaction}`, `  storage rebate ${r.storageRebate}`];
  if (r.data.kind === 'move') lines.push(`  contents ${JSON.stringify(toJs(r.data.contents), (_k, v: unknown) => (typeof v === 'bigint' ? v.toString() : v))}`);
  else lines.push(`  modules ${r.data.modules.map(([n]) => n).join(', ')}`);
  return lines.join('\n') + '\n';
}

export function objectJson(r: ObjectRecord): Record<string, unknown> {
  const base: Record<string, unknown> = { id: r.id, version: r.version, digest: r.digest, owner: r.owner, previousTransaction: r.previousTransaction, storageRebate: r.storageRebate };
  if (r.data.kind === 'move') Object.assign(base, { type: r.data.type, hasPublicTransfer: r.data.hasPublicTransfer, contents: JSON.parse(JSON.stringify(toJs(r.data.contents), (_k, v: unknown) => (typeof v === 'bigint' ? v.toString() : v))) });
  else Object.assign(base, { type: 'package', modules: r.data.modules.map(([n]) => n) });
  return base;
}
