// State-digest leaves that travel with a batch (CommitBatch.leaves): [id, version, leaf] the
// executor computed where it ran, so the commit does not hash them again. The leaf from a digest's
// bytes is the leaf of the record; a history committed with every leaf, none, or only some gives
// the same state digest in both stores (the commit computes what it is not given); a malformed
// entry is a StoreError that applies nothing; a well-formed but wrong leaf is trusted (like
// `encoded`), which the last store test pins down. Then the executor's side: what
// TemporaryStore.finish puts in `writes.leaves` for a real transaction.

import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { signDigest } from '../../../vm/execution/signature.js';
import { digestBytes } from '../../../vm/objects/encoding.js';
import { LmdbStore } from '../../../vm/objects/lmdb-store.js';
import { MemoryStore } from '../../../vm/objects/memory-store.js';
import type { ObjectId, ObjectRecord } from '../../../vm/objects/object.js';
import { leafOf, stateDigestOf, stateLeaf, type KnownLeaf } from '../../../vm/objects/state-digest.js';
import { StoreError } from '../../../vm/objects/store-error.js';
import type { CommitBatch, ObjectStore } from '../../../vm/objects/store.js';
import { input, obj, pure, result, TestChain } from '../execution/chain.js';
import { addr, batch, coin, oid, randomHistory, record, tx, txDigest, withOwner } from './fixtures.js';

const dirs: string[] = [];
function tempDir(): string {
  const d = mkdtempSync(join(tmpdir(), 'deed-leaves-'));
  dirs.push(d);
  return d;
}
afterAll(() => {
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
});

const key = (id: ObjectId, version: number): string => `${id}:${version}`;

/**
 * The leaves an honest executor sends with `b`, given the live set before it: every written
 * record's, and the live version's of every object the batch writes or removes.
 */
function leavesFor(b: CommitBatch, live: ReadonlyMap<ObjectId, ObjectRecord>): KnownLeaf[] {
  const out: KnownLeaf[] = b.written.map((r) => [r.id, r.version, stateLeaf(r)]);
  const touched = new Set([...b.written.map((r) => r.id), ...b.removed.map((r) => r.id)]);
  for (const id of touched) {
    const before = live.get(id);
    if (before !== undefined) out.push([id, before.version, stateLeaf(before)]);
  }
  return out;
}

/** The live set after `b` (entries of one object apply in version order). */
function apply(live: Map<ObjectId, ObjectRecord>, b: CommitBatch): void {
  const entries = [...b.written.map((r) => ({ id: r.id, version: r.version, r: r as ObjectRecord | undefined })), ...b.removed.map((r) => ({ ...r, r: undefined }))];
  entries.sort((x, y) => x.version - y.version);
  for (const e of entries) {
    if (e.r) live.set(e.id, e.r);
    else live.delete(e.id);
  }
}

/** The ways a batch may carry leaves: all (and in any order), none, or only some. */
const VARIANTS: Record<string, (all: KnownLeaf[]) => KnownLeaf[] | undefined> = {
  all: (all) => all,
  'all, reversed': (all) => [...all].reverse(),
  none: () => undefined,
  empty: () => [],
  'even ones': (all) => all.filter((_, i) => i % 2 === 0),
  'odd ones': (all) => all.filter((_, i) => i % 2 === 1),
};

/** Commits `batches` to one store per variant; after every commit all digests agree with the recount. */
function commitEverywhere(batches: CommitBatch[], make: () => ObjectStore, variants = Object.keys(VARIANTS)): void {
  const stores = variants.map((v) => ({ v, s: make() }));
  const live = new Map<ObjectId, ObjectRecord>();
  for (const b of batches) {
    const all = leavesFor(b, live);
    for (const { v, s } of stores) {
      const leaves = VARIANTS[v]!(all);
      s.commit(leaves === undefined ? b : { ...b, leaves });
    }
    apply(live, b);
    const want = stateDigestOf(live.values());
    for (const { v, s } of stores) expect([v, s.stateDigest()]).toEqual([v, want]);
  }
  for (const { s } of stores) s.close();
}

/** A hand-made history: writes, a transfer, removals, an unwrap, two versions of one object in a batch. */
function handHistory(): CommitBatch[] {
  const a1 = coin(oid(1), 1, addr(1), 10);
  const b1 = coin(oid(2), 1, addr(1), 20);
  const c1 = coin(oid(3), 1, addr(2), 30);
  return [
    batch({ transactions: [tx('h1')], written: [a1, b1, c1] }),
    batch({ transactions: [tx('h2')], written: [withOwner(a1, 2, { AddressOwner: addr(2) }), coin(oid(4), 2, addr(3), 40)], removed: [{ id: oid(2), version: 2 }] }),
    // oid(3) mutated at v3 then removed at v4 in the same batch; oid(2) comes back (unwrapped).
    batch({ transactions: [tx('h3'), tx('h3b')], written: [coin(oid(3), 3, addr(2), 31), coin(oid(2), 3, addr(4), 20)], removed: [{ id: oid(3), version: 4 }, { id: oid(4), version: 3 }] }),
    batch({ transactions: [tx('h4')], written: [withOwner(a1, 5, 'Immutable'), coin(oid(4), 5, addr(5), 41)] }),
  ];
}

const history = randomHistory(10, 'r');

describe('state-digest leaves', () => {
  it('leafOf over the digest bytes is stateLeaf of the record', () => {
    const c = coin(oid(1), 7, addr(1), 5);
    expect(leafOf(c.id, c.version, digestBytes(c.digest))).toEqual(stateLeaf(c));
    fc.assert(
      fc.property(record, (r) => {
        const leaf = leafOf(r.id, r.version, digestBytes(r.digest));
        expect(leaf.length).toBe(32);
        expect(leaf).toEqual(stateLeaf(r));
      }),
      { numRuns: 50 },
    );
  });
});

describe('a batch with all, none or some of its leaves', () => {
  it('gives the same state digest after every commit: MemoryStore', () => {
    commitEverywhere(handHistory(), () => new MemoryStore());
  });

  it('gives the same state digest after every commit: LmdbStore', () => {
    commitEverywhere(handHistory(), () => LmdbStore.open(tempDir()), ['all', 'none', 'odd ones']);
  });

  it('gives the same state digest on random histories: MemoryStore', () => {
    fc.assert(
      fc.property(history, (batches) => commitEverywhere(batches, () => new MemoryStore())),
      { numRuns: 40 },
    );
  });

  it('gives the same state digest on random histories: LmdbStore', () => {
    fc.assert(
      fc.property(history, (batches) => commitEverywhere(batches, () => LmdbStore.open(tempDir()), ['all', 'even ones'])),
      { numRuns: 8 },
    );
  });

  it('ignores a well-formed leaf for a version the batch does not touch', () => {
    // Only the touched objects' leaves are looked up; an extra one changes nothing.
    const [first, second] = handHistory();
    const honest = new MemoryStore();
    const extra = new MemoryStore();
    honest.commit(first!);
    extra.commit(first!);
    honest.commit(second!);
    extra.commit({ ...second!, leaves: [[oid(3), 1, new Uint8Array(32).fill(9)], [oid(99), 1, new Uint8Array(32).fill(9)]] });
    expect(extra.stateDigest()).toBe(honest.stateDigest());
  });
});

describe('malformed leaves', () => {
  const good = (): KnownLeaf => [oid(1), 2, stateLeaf(withOwner(coin(oid(1), 1, addr(1), 10), 2, { AddressOwner: addr(2) }))];
  const bad: Array<[string, unknown]> = [
    ['a 31-byte leaf', [oid(1), 2, new Uint8Array(31)]],
    ['a 33-byte leaf', [oid(1), 2, new Uint8Array(33)]],
    ['a leaf that is not bytes', [oid(1), 2, Array.from({ length: 32 }, () => 0)]],
    ['a non-string id', [0x1001, 2, new Uint8Array(32)]],
    ['a version that is not a number', [oid(1), '2', new Uint8Array(32)]],
    ['a NaN version', [oid(1), Number.NaN, new Uint8Array(32)]],
    ['a negative version', [oid(1), -1, new Uint8Array(32)]],
    ['a fractional version', [oid(1), 2.5, new Uint8Array(32)]],
    ['an entry that is not a tuple', { id: oid(1), version: 2, leaf: new Uint8Array(32) }],
    ['a null entry', null],
  ];

  for (const [name, make] of [
    ['MemoryStore', () => new MemoryStore()],
    ['LmdbStore', () => LmdbStore.open(tempDir())],
  ] as Array<[string, () => ObjectStore]>) {
    it(`${name}: each is a StoreError and the batch applies nothing`, () => {
      const s = make();
      const [first, second] = handHistory();
      s.commit(first!);
      const digest = s.stateDigest();
      const count = s.commitCount();
      const before = [...s.liveObjects()];
      for (const [what, entry] of bad) {
        // The bad entry after a good one: nothing of the batch may be applied.
        const b = { ...second!, leaves: [good(), entry as KnownLeaf] };
        expect(() => s.commit(b), what).toThrow(StoreError);
        expect(s.stateDigest(), what).toBe(digest);
        expect(s.commitCount(), what).toBe(count);
        expect([...s.liveObjects()], what).toEqual(before);
        expect(s.getTransaction(txDigest('h2')), what).toBeUndefined();
        expect(s.getObject(oid(4)), what).toBeUndefined();
      }
      // The same batch with honest leaves still commits.
      s.commit({ ...second!, leaves: [good()] });
      expect(s.commitCount()).toBe(count + 1);
      expect(s.stateDigest()).toBe(stateDigestOf(s.liveObjects()));
      s.close();
    });
  }
});

describe('a provided leaf is trusted', () => {
  it('a wrong (well-formed) leaf for a written record changes the state digest', () => {
    // Like `encoded`, leaves are not checked: an executor that sends a wrong one corrupts the
    // accumulator, and only a recount of the live set shows it.
    const [first, second] = handHistory();
    const honest = new MemoryStore();
    const lied = new MemoryStore();
    honest.commit(first!);
    lied.commit(first!);
    const written = second!.written[0]!;
    honest.commit({ ...second!, leaves: [[written.id, written.version, stateLeaf(written)]] });
    lied.commit({ ...second!, leaves: [[written.id, written.version, new Uint8Array(32).fill(1)]] });
    expect(honest.stateDigest()).toBe(stateDigestOf(honest.liveObjects()));
    expect(lied.stateDigest()).not.toBe(honest.stateDigest());
    expect(lied.stateDigest()).not.toBe(stateDigestOf(lied.liveObjects()));
    // The live objects themselves are the same: only the accumulator took the lie.
    expect([...lied.liveObjects()]).toEqual([...honest.liveObjects()]);
  });

  it('so does a wrong leaf for the version a batch replaces', () => {
    const [first, second] = handHistory();
    const honest = new MemoryStore();
    const lied = new MemoryStore();
    honest.commit(first!);
    lied.commit(first!);
    honest.commit(second!);
    lied.commit({ ...second!, leaves: [[oid(1), 1, new Uint8Array(32).fill(2)]] });
    expect(lied.stateDigest()).not.toBe(honest.stateDigest());
  });
});

// --- The executor's leaves ----------------------------------------------------------------------

describe('execute: writes.leaves', () => {
  /**
   * The leaves of `writes`: one per written record (its own leaf) and one per object that was live
   * before and is written or removed (the leaf of the version it had), and nothing else.
   */
  function expectLeaves(writes: CommitBatch, before: ReadonlyMap<ObjectId, ObjectRecord>): void {
    const want = new Map<string, Uint8Array>();
    for (const r of writes.written) want.set(key(r.id, r.version), stateLeaf(r));
    for (const id of new Set([...writes.written.map((r) => r.id), ...writes.removed.map((r) => r.id)])) {
      const prior = before.get(id);
      if (prior !== undefined) want.set(key(id, prior.version), stateLeaf(prior));
    }
    const got = writes.leaves ?? [];
    expect(new Map(got.map(([id, version, leaf]) => [key(id, version), leaf]))).toEqual(want);
    expect(got.length).toBe(want.size);
  }

  it('a successful transaction: the gas coin mutated, a smashed coin removed, a coin created', () => {
    const t = new TestChain();
    const a = t.chain.faucet(t.alice.address, 3_000_000_000n).coinId;
    const b = t.chain.faucet(t.alice.address, 4_000_000_000n).coinId;
    const before = new Map([a, b].map((id) => [id, t.object(id)] as const));
    const data = t.tx(t.alice, { inputs: [pure('u64', 1)], commands: [{ SplitCoins: { coin: 'GasCoin', amounts: [input(0)] } }, { TransferObjects: { objects: [result(0)], address: { Input: 1 } } }] });
    data.inputs.push({ Pure: { type: 'address', value: t.bob.address } });
    data.gasPayment = [a, b].map((id) => ({ id, version: before.get(id)!.version }));
    const out = t.chain.signAndExecute(data, (d) => signDigest(d, t.alice.secretKey));
    if (out.kind !== 'executed') throw new Error(`rejected: ${out.rejection.message}`);
    expect(out.effects.status.status).toBe('success');
    const w = out.writes;
    expect(w.written.map((r) => r.id)).toContain(a);
    expect(w.removed.map((r) => r.id)).toEqual([b]);
    expect(w.written.length).toBe(2); // the gas coin and the new coin
    expectLeaves(w, before);
    // The removed coin's leaf is of the version it had, not of the version that removed it.
    expect((w.leaves ?? []).some(([id, v]) => id === b && v === w.removed[0]!.version)).toBe(false);
    // Committed with them (LocalChain does), the state digest is still the recount.
    expect(t.store.stateDigest()).toBe(stateDigestOf(t.store.liveObjects()));
  });

  it('a failed transaction: the gas coin and the owned input (version bumped), with their old versions\' leaves', () => {
    const t = new TestChain();
    const a = t.chain.faucet(t.alice.address, 10n).coinId;
    const gas = t.chain.gasCoins(t.alice.address).find((c) => c.id !== a)!;
    const before = new Map([a, gas.id].map((id) => [id, t.object(id)] as const));
    const out = t.exec(t.alice, { inputs: [obj(a), pure('u64', 11)], commands: [{ SplitCoins: { coin: input(0), amounts: [input(1)] } }] });
    if (out.kind !== 'executed') throw new Error(`rejected: ${out.rejection.message}`);
    expect(out.effects.status.status).toBe('failure');
    // A failed transaction still writes its mutable owned inputs at the new version (contents as before).
    expect(out.writes.written.map((r) => r.id).sort()).toEqual([a, gas.id].sort());
    expect(out.writes.removed).toEqual([]);
    expectLeaves(out.writes, before);
    expect(out.writes.leaves!.length).toBe(4);
    expect(t.store.stateDigest()).toBe(stateDigestOf(t.store.liveObjects()));
  });
});
