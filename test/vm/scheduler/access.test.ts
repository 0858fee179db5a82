// Read/write sets from declared inputs (owned and gas write, immutable free, shared by `mutable`,
// Receiving writes), the conflict relation, the sequencer input built from them, and the check of
// a transaction against the compiler's sharing classification (a real compiled module).

import { describe, expect, it } from 'vitest';
import type { CompiledModule } from '../../../vm/bytecode/module.js';
import type { TransactionData, TransactionInput } from '../../../vm/execution/transaction.js';
import { transactionDigest } from '../../../vm/execution/transaction.js';
import { MemoryStore } from '../../../vm/objects/memory-store.js';
import { normalizeAddress } from '../../../vm/objects/object.js';
import { accessSet, conflicts, sequencedInput } from '../../../vm/scheduler/access.js';
import { sharingWarnings } from '../../../vm/scheduler/sharing-check.js';
import { compileMove } from '../../codegen/compile.js';
import { addr, coin, oid, txDigest, withOwner } from '../objects/fixtures.js';

const ALICE = addr(1);
const GAS = oid(10);

/** Owned coins oid(1), oid(2) at 3, an immutable oid(3) at 2, a shared oid(4) at 7, gas oid(10) at 5. */
function view(): MemoryStore {
  const s = new MemoryStore();
  s.commit({
    transactions: [{ digest: txDigest('seed'), transaction: Uint8Array.of(1), effects: Uint8Array.of(2) }],
    written: [coin(oid(1), 3, ALICE, 1), coin(oid(2), 3, ALICE, 1), withOwner(coin(oid(3), 1, ALICE, 1), 2, 'Immutable'), withOwner(coin(oid(4), 1, ALICE, 1), 7, { Shared: { initialSharedVersion: 1 } }), coin(GAS, 5, ALICE, 1_000_000)],
    removed: [],
  });
  return s;
}

function tx(inputs: TransactionInput[], commands: TransactionData['commands'] = [{ MakeMoveVec: { type: 'u64', elements: [] } }]): TransactionData {
  return { sender: ALICE, gasBudget: 1_000_000n, gasPrice: 1000n, gasPayment: [{ id: GAS, version: 5 }], inputs, commands };
}

describe('accessSet', () => {
  it('owned objects and gas are writes, immutables free, shared by mutability, Receiving writes', () => {
    const a = accessSet(
      tx([{ Object: { id: oid(1) } }, { Object: { id: oid(3) } }, { Shared: { id: oid(4), mutable: false } }, { Receiving: { id: oid(5), version: 9 } }, { Pure: { type: 'u64', value: 1n } }]),
      view(),
    );
    expect(a.writes).toEqual(new Set([GAS, oid(1), oid(5)]));
    expect(a.reads).toEqual(new Set([oid(4)]));
    expect(a.owned).toEqual([{ id: GAS, version: 5 }, { id: oid(1), version: 3 }]);
    expect(a.immutable).toEqual([{ id: oid(3), version: 2 }]);
    expect(a.receiving).toEqual([{ id: oid(5), version: 9 }]);
    expect(a.shared).toEqual([{ id: oid(4), mutable: false }]);
    expect(a.path).toBe('consensus');
  });

  it('is the fast path without Shared inputs, and keeps a declared version', () => {
    const a = accessSet(tx([{ Object: { id: oid(2), version: 3 } }]), view());
    expect(a.path).toBe('fast');
    expect(a.owned).toContainEqual({ id: oid(2), version: 3 });
  });

  it('treats an unknown object as an owned write (the executor rejects it later)', () => {
    const a = accessSet(tx([{ Object: { id: oid(99), version: 4 } }]), view());
    expect(a.writes.has(oid(99))).toBe(true);
    expect(a.owned).toContainEqual({ id: oid(99), version: 4 });
  });
});

describe('conflicts', () => {
  const set = (reads: string[], writes: string[]) => ({ reads: new Set(reads), writes: new Set(writes) });
  it('write/write and read/write conflict; read/read and disjoint do not', () => {
    expect(conflicts(set([], ['x']), set([], ['x']))).toBe(true);
    expect(conflicts(set(['x'], []), set([], ['x']))).toBe(true);
    expect(conflicts(set([], ['x']), set(['x'], []))).toBe(true);
    expect(conflicts(set(['x'], []), set(['x'], []))).toBe(false);
    expect(conflicts(set(['x'], ['y']), set(['z'], ['w']))).toBe(false);
  });

  it('two readers of one shared object with different gas coins do not conflict; a writer does', () => {
    const v = view();
    const r1 = accessSet(tx([{ Shared: { id: oid(4), mutable: false } }]), v);
    const r2 = accessSet({ ...tx([{ Shared: { id: oid(4), mutable: false } }]), gasPayment: [{ id: oid(1), version: 3 }] }, v);
    const w = accessSet({ ...tx([{ Shared: { id: oid(4), mutable: true } }]), gasPayment: [{ id: oid(2), version: 3 }] }, v);
    expect(conflicts(r1, r2)).toBe(false);
    expect(conflicts(r1, w)).toBe(true);
    // Immutable inputs never conflict.
    const i1 = accessSet(tx([{ Object: { id: oid(3) } }]), v);
    const i2 = accessSet({ ...tx([{ Object: { id: oid(3) } }]), gasPayment: [{ id: oid(1), version: 3 }] }, v);
    expect(conflicts(i1, i2)).toBe(false);
  });
});

describe('sequencedInput', () => {
  it('carries the digest, the shared uses and every non-shared input version', () => {
    const t = tx([{ Object: { id: oid(1) } }, { Object: { id: oid(3) } }, { Shared: { id: oid(4), mutable: true } }, { Receiving: { id: oid(5), version: 9 } }]);
    const s = sequencedInput(t, view());
    expect(s.digest).toBe(transactionDigest(t).text);
    expect(s.shared).toEqual([{ id: oid(4), mutable: true }]);
    expect([...s.inputVersions].sort((a, b) => a - b)).toEqual([2, 3, 5, 9]);
  });
});

describe('sharingWarnings', () => {
  const PKG = normalizeAddress('0x42');
  const source = `
module test::routes {
use sui::clock::Clock;
public struct Note has key { id: UID, n: u64 }
public struct Pool has key { id: UID, n: u64 }
fun init(ctx: &mut TxContext) { transfer::share_object(Pool { id: object::new(ctx), n: 0 }) }
public fun bump(note: &mut Note) { note.n = note.n + 1 }
public fun stamp(note: &mut Note, clock: &Clock) { note.n = clock.timestamp_ms() }
public fun deposit(pool: &mut Pool) { pool.n = pool.n + 1 }
}`;
  let compiled: CompiledModule[] | undefined;
  const modules = (): CompiledModule[] => (compiled ??= [...compileMove('routes.move', source).modules.entries()].filter(([k]) => k.startsWith('0x42::')).map(([, m]) => m));
  const call = (fn: string, args: number[]) => ({ MoveCall: { package: PKG, module: 'routes', function: fn, typeArguments: [], arguments: args.map((i) => ({ Input: i })) } });

  it('reads the classification the compiler put in the module', () => {
    const fns = modules()[0]!.metadata.sharing.functions;
    expect(fns.find((f) => f.name === 'bump')?.classification).toBe('fast');
    expect(fns.find((f) => f.name === 'stamp')?.classification).toBe('consensus');
    expect(fns.find((f) => f.name === 'deposit')?.classification).toBe('consensus');
  });

  it('warns when a consensus function gets its object as an owned Object input', () => {
    const w = sharingWarnings(tx([{ Object: { id: oid(1) } }], [call('deposit', [0])]), new Map([[PKG, modules()]]));
    expect(w).toHaveLength(1);
    expect(w[0]).toMatchObject({ command: 0, classification: 'consensus', inputs: [0] });
    expect(w[0]!.message).toMatch(/routes::deposit is classified consensus .*given as owned Object input \(input 0\).*Shared input/);
  });

  it('warns when a fast function is given a Shared input', () => {
    const w = sharingWarnings(tx([{ Shared: { id: oid(4), mutable: true } }], [call('bump', [0])]), (p) => (p === PKG ? modules() : undefined));
    expect(w).toMatchObject([{ classification: 'fast', inputs: [0] }]);
    expect(w[0]!.message).toContain('classified fast');
  });

  it('is quiet for matching calls and for packages it has no modules of', () => {
    const ms = new Map([[PKG, modules()]]);
    expect(sharingWarnings(tx([{ Object: { id: oid(1) } }, { Shared: { id: '0x6', mutable: false } }], [call('stamp', [0, 1])]), ms)).toEqual([]);
    expect(sharingWarnings(tx([{ Object: { id: oid(1) } }], [call('bump', [0])]), ms)).toEqual([]);
    expect(sharingWarnings(tx([{ Object: { id: oid(1) } }], [call('deposit', [0])]), new Map())).toEqual([]);
  });
});
