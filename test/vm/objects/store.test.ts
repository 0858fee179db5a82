// Store behaviour, one suite run against MemoryStore and LmdbStore: reads, history, the owner
// index through transfers, removal and unwrapping, the commit rules (a bad batch applies nothing),
// locks, and the state digest (always the recount of the live set). Then the two stores side by
// side on the same random history, and LmdbStore's own concerns: reopening, and store
// directories that cannot be opened.

import { mkdtempSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { open } from 'lmdb';
import { LmdbStore } from '../../../vm/objects/lmdb-store.js';
import { MemoryStore } from '../../../vm/objects/memory-store.js';
import type { ObjectRecord } from '../../../vm/objects/object.js';
import { stateDigestOf } from '../../../vm/objects/state-digest.js';
import { StoreError } from '../../../vm/objects/store-error.js';
import type { CommitBatch, ObjectStore } from '../../../vm/objects/store.js';
import { addr, batch, coin, oid, randomHistory, tx, txDigest, withOwner } from './fixtures.js';

const dirs: string[] = [];
function tempDir(): string {
  const d = mkdtempSync(join(tmpdir(), 'deed-store-'));
  dirs.push(d);
  return d;
}
afterAll(() => {
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
});

const ids = (rs: Iterable<ObjectRecord>): string[] => [...rs].map((r) => r.id);

/** The state digest is, after every commit, the recount of the live objects. */
function expectConsistent(s: ObjectStore): void {
  expect(s.stateDigest()).toBe(stateDigestOf(s.liveObjects()));
}

function storeSuite(name: string, make: () => ObjectStore): void {
  describe(`${name}: store behaviour`, () => {
    it('starts empty', () => {
      const s = make();
      expect(s.getObject(oid(1))).toBeUndefined();
      expect([...s.liveObjects()]).toEqual([]);
      expect(s.commitCount()).toBe(0);
      expect(s.stateDigest()).toBe(stateDigestOf([]));
      s.close();
    });

    it('reads back what was committed: live, by version, by owner in id order, transactions', () => {
      const s = make();
      const [a, b, c] = [coin(oid(3), 1, addr(1), 10), coin(oid(1), 1, addr(1), 20), coin(oid(2), 1, addr(2), 30)];
      s.commit(batch({ transactions: [tx('t1')], written: [a, b, c] }));
      expect(s.getObject(oid(3))).toEqual(a);
      expect(s.getObject('0x1003')).toEqual(a); // short form of the same id
      expect(s.getObjectVersion(oid(3), 1)).toEqual(a);
      expect(s.getObjectVersion(oid(3), 2)).toBeUndefined();
      expect(ids(s.objectsOwnedBy(addr(1)))).toEqual([oid(1), oid(3)]);
      expect(ids(s.objectsOwnedBy(addr(2)))).toEqual([oid(2)]);
      expect(s.objectsOwnedBy(addr(9))).toEqual([]);
      expect(ids(s.liveObjects())).toEqual([oid(1), oid(2), oid(3)]);
      expect(s.getTransaction(txDigest('t1'))).toEqual(tx('t1'));
      expect(s.getTransaction(txDigest('nope'))).toBeUndefined();
      expect(s.getObject('not an id')).toBeUndefined();
      expect(s.commitCount()).toBe(1);
      expectConsistent(s);
      s.close();
    });

    it('hands out fresh records: mutating one does not change the store', () => {
      const s = make();
      const a = coin(oid(1), 1, addr(1), 10);
      s.commit(batch({ written: [a] }));
      const got = s.getObject(oid(1))!;
      (got.data as { contents: unknown[] }).contents[1] = [999];
      expect(s.getObject(oid(1))).toEqual(a);
      s.close();
    });

    it('keeps history and moves objects in the owner index when they are transferred', () => {
      const s = make();
      const a1 = coin(oid(1), 1, addr(1), 10);
      s.commit(batch({ written: [a1, coin(oid(2), 1, addr(1), 5)] }));
      const a4 = withOwner(a1, 4, { AddressOwner: addr(2) });
      s.commit(batch({ transactions: [tx('transfer')], written: [a4] }));
      expect(s.getObject(oid(1))).toEqual(a4);
      expect(s.getObjectVersion(oid(1), 1)).toEqual(a1);
      expect(s.getObjectVersion(oid(1), 4)).toEqual(a4);
      expect(ids(s.objectsOwnedBy(addr(1)))).toEqual([oid(2)]);
      expect(ids(s.objectsOwnedBy(addr(2)))).toEqual([oid(1)]);
      // Shared, immutable and object-owned objects are in no address's list.
      s.commit(batch({ written: [withOwner(a4, 5, { Shared: { initialSharedVersion: 5 } })] }));
      expect(s.objectsOwnedBy(addr(2))).toEqual([]);
      expect(ids(s.liveObjects())).toEqual([oid(1), oid(2)]);
      expectConsistent(s);
      s.close();
    });

    it('takes removed objects out of the live set, keeps their history, and brings unwrapped ones back', () => {
      const s = make();
      const a1 = coin(oid(1), 1, addr(1), 10);
      s.commit(batch({ written: [a1, coin(oid(2), 1, addr(1), 5)] }));
      const before = s.stateDigest();
      s.commit(batch({ removed: [{ id: oid(1), version: 2 }] }));
      expect(s.getObject(oid(1))).toBeUndefined();
      expect(s.getObjectVersion(oid(1), 1)).toEqual(a1);
      expect(s.getObjectVersion(oid(1), 2)).toBeUndefined();
      expect(ids(s.liveObjects())).toEqual([oid(2)]);
      expect(ids(s.objectsOwnedBy(addr(1)))).toEqual([oid(2)]);
      expect(s.stateDigest()).not.toBe(before);
      expectConsistent(s);
      const a7 = withOwner(a1, 7, { AddressOwner: addr(3) });
      s.commit(batch({ written: [a7] }));
      expect(s.getObject(oid(1))).toEqual(a7);
      expect(ids(s.objectsOwnedBy(addr(3)))).toEqual([oid(1)]);
      expectConsistent(s);
      s.close();
    });

    it('applies one object\'s entries in version order within a batch', () => {
      const s = make();
      const a1 = coin(oid(1), 1, addr(1), 10);
      s.commit(batch({ written: [a1] }));
      const a5 = withOwner(a1, 5, { AddressOwner: addr(2) });
      // Two transactions in one batch: mutated at 5, deleted at 6 (listed out of order on purpose).
      s.commit(batch({ transactions: [tx('m'), tx('d')], removed: [{ id: oid(1), version: 6 }], written: [a5] }));
      expect(s.getObject(oid(1))).toBeUndefined();
      expect(s.getObjectVersion(oid(1), 5)).toEqual(a5);
      expect(s.objectsOwnedBy(addr(2))).toEqual([]);
      expectConsistent(s);
      s.close();
    });

    it('refuses bad batches whole: nothing of them is applied', () => {
      const s = make();
      const a3 = coin(oid(1), 3, addr(1), 10);
      s.commit(batch({ transactions: [tx('t')], written: [a3] }));
      const digest = s.stateDigest();
      const fresh = coin(oid(9), 4, addr(1), 1);
      const bad: Array<[CommitBatch, RegExp]> = [
        [batch({ written: [fresh, withOwner(a3, 3, 'Immutable')] }), /version 3 appears twice or is already stored/],
        [batch({ written: [fresh, withOwner(a3, 2, 'Immutable')] }), /version 2 is below version 3/],
        [batch({ written: [fresh], removed: [{ id: oid(1), version: 1 }] }), /below/],
        [batch({ written: [fresh, fresh] }), /twice/],
        [batch({ written: [fresh, { ...withOwner(a3, 4, 'Immutable'), storageRebate: 1 }] }), /does not match/],
        [batch({ written: [fresh, { ...a3, version: 8, id: '0x1' }] }), /cannot encode object: id/],
        [batch({ transactions: [tx('t')], written: [fresh] }), /already stored/],
        [batch({ transactions: [tx('u'), tx('u')], written: [fresh] }), /already stored/],
        [batch({ transactions: [{ ...tx('v'), digest: 'xyz' }], written: [fresh] }), /not a transaction digest/],
      ];
      for (const [b, message] of bad) {
        expect(() => s.commit(b)).toThrow(StoreError);
        expect(() => s.commit(b)).toThrow(message);
      }
      expect(s.getObject(oid(9))).toBeUndefined();
      expect(s.getObject(oid(1))).toEqual(a3);
      expect(s.stateDigest()).toBe(digest);
      expect(s.commitCount()).toBe(1);
      s.commit(batch({ written: [fresh] }));
      expect(s.getObject(oid(9))).toEqual(fresh);
      s.close();
    });

    it('locks: the first digest wins, the same digest again is fine, another gets the holder', () => {
      const s = make();
      const [t1, t2] = [txDigest('t1'), txDigest('t2')];
      expect(s.lockHolder(oid(1), 1)).toBeUndefined();
      expect(s.lock(oid(1), 1, t1)).toBe(t1);
      expect(s.lock(oid(1), 1, t1)).toBe(t1);
      expect(s.lock(oid(1), 1, t2)).toBe(t1);
      expect(s.lock(oid(1), 2, t2)).toBe(t2);
      expect(s.lockHolder(oid(1), 1)).toBe(t1);
      // lockAll: all or nothing.
      expect(s.lockAll([{ id: oid(5), version: 1 }, { id: oid(1), version: 1 }], t2)).toEqual([{ id: oid(1), version: 1, holder: t1 }]);
      expect(s.lockHolder(oid(5), 1)).toBeUndefined();
      expect(s.lockAll([{ id: oid(5), version: 1 }, { id: oid(1), version: 2 }], t2)).toEqual([]);
      expect(s.lockHolder(oid(5), 1)).toBe(t2);
      // Committing releases the locks of consumed versions.
      s.commit(batch({ transactions: [{ ...tx('t1'), digest: t1 }], written: [coin(oid(1), 3, addr(1), 1)], unlock: [{ id: oid(1), version: 1 }] }));
      expect(s.lockHolder(oid(1), 1)).toBeUndefined();
      expect(s.lockHolder(oid(1), 2)).toBe(t2);
      expect(() => s.lock(oid(1), 1, 'not a digest')).toThrow(StoreError);
      expect(() => s.lock('zz', 1, t1)).toThrow(StoreError);
      s.close();
    });

    it("keeps a consensus commit's carry-over: replaced when given, cleared by an empty list, kept otherwise; a bad one applies nothing", () => {
      const s = make();
      expect(s.deferred()).toEqual([]);
      const carried = [{ digest: txDigest('late'), deferrals: 2 }, { digest: txDigest('later'), deferrals: 1 }];
      s.commit(batch({ transactions: [tx('p1')], deferred: carried }));
      expect(s.deferred()).toEqual(carried);
      // A fast-path commit says nothing about it.
      s.commit(batch({ written: [coin(oid(1), 1, addr(1), 1)] }));
      expect(s.deferred()).toEqual(carried);
      const digest = s.stateDigest();
      for (const [deferred, message] of [
        [[{ digest: 'nope', deferrals: 1 }], /bad deferred transaction/],
        [[{ digest: txDigest('x'), deferrals: 0 }], /deferred at least once/],
        [[{ digest: txDigest('x'), deferrals: 1.5 }], /bad deferred transaction/],
        [[{ digest: txDigest('x'), deferrals: 1 }, { digest: txDigest('x'), deferrals: 2 }], /deferred twice/],
        ['not a list', /must be a list/],
      ] as const) {
        expect(() => s.commit(batch({ transactions: [tx('p2')], written: [coin(oid(2), 1, addr(1), 1)], deferred: deferred as never }))).toThrow(message);
        expect(s.deferred()).toEqual(carried);
        expect(s.getTransaction(txDigest('p2'))).toBeUndefined();
        expect(s.stateDigest()).toBe(digest);
      }
      s.commit(batch({ transactions: [tx('p3')], deferred: [] }));
      expect(s.deferred()).toEqual([]);
      s.close();
    });
  });
}

storeSuite('MemoryStore', () => new MemoryStore());
storeSuite('LmdbStore', () => LmdbStore.open(tempDir()));

// --- Both stores on the same history ---------------------------------------------------------

const history = randomHistory(12, 'h');

describe('MemoryStore and LmdbStore together', () => {
  it('give the same state digest after each commit of the same history', () => {
    fc.assert(
      fc.property(history, (batches) => {
        const mem = new MemoryStore();
        const lmdb = LmdbStore.open(tempDir());
        for (const b of batches) {
          mem.commit(b);
          lmdb.commit(b);
          expect(lmdb.stateDigest()).toBe(mem.stateDigest());
          expect([...lmdb.liveObjects()]).toEqual([...mem.liveObjects()]);
        }
        expectConsistent(mem);
        // The same changes in a single batch: the digest depends on the live set, not the grouping.
        const one = new MemoryStore();
        one.commit({ transactions: batches.flatMap((b) => b.transactions), written: batches.flatMap((b) => b.written), removed: batches.flatMap((b) => b.removed) });
        expect(one.stateDigest()).toBe(mem.stateDigest());
        mem.close();
        lmdb.close();
      }),
      { numRuns: 25 },
    );
  });
});

// --- LmdbStore on disk -----------------------------------------------------------------------

describe('LmdbStore on disk', () => {
  it('keeps everything across close and reopen', () => {
    const dir = tempDir();
    const s = LmdbStore.open(dir);
    const a = coin(oid(1), 1, addr(1), 10);
    const b2 = withOwner(coin(oid(2), 1, addr(1), 20), 2, { AddressOwner: addr(2) });
    s.commit(batch({ transactions: [tx('a')], written: [a, coin(oid(2), 1, addr(1), 20)] }));
    s.commit(batch({ transactions: [tx('b')], written: [b2], unlock: [] }));
    s.lock(oid(1), 1, txDigest('c'));
    s.commit(batch({ transactions: [tx('prologue')], deferred: [{ digest: txDigest('d'), deferrals: 3 }] }));
    const digest = s.stateDigest();
    s.close();
    expect(() => s.getObject(oid(1))).toThrow(/closed/);

    const r = LmdbStore.open(dir);
    expect(r.getObject(oid(1))).toEqual(a);
    expect(r.getObjectVersion(oid(2), 1)).toEqual(coin(oid(2), 1, addr(1), 20));
    expect(ids(r.objectsOwnedBy(addr(2)))).toEqual([oid(2)]);
    expect(r.getTransaction(txDigest('b'))).toEqual(tx('b'));
    expect(r.lockHolder(oid(1), 1)).toBe(txDigest('c'));
    expect(r.stateDigest()).toBe(digest);
    expect(r.commitCount()).toBe(3);
    expect(r.deferred()).toEqual([{ digest: txDigest('d'), deferrals: 3 }]);
    expectConsistent(r);
    r.close();
  });

  it('creates a missing directory, including under a name like .deed', () => {
    const dir = join(tempDir(), 'project', '.deed');
    const s = LmdbStore.open(dir);
    s.commit(batch({ written: [coin(oid(1), 1, addr(1), 1)] }));
    s.close();
    expect(LmdbStore.open(dir).commitCount()).toBe(1);
  });

  it('gives a clear StoreError for what is not a store', () => {
    const file = join(tempDir(), 'a-file');
    writeFileSync(file, 'hello');
    expect(() => LmdbStore.open(file)).toThrow(StoreError);
    expect(() => LmdbStore.open(file)).toThrow(`cannot open the store at ${file}: it is a file, not a directory`);

    const garbage = tempDir();
    writeFileSync(join(garbage, 'data.mdb'), Buffer.alloc(64 * 1024, 0x5a));
    let error: unknown;
    try {
      LmdbStore.open(garbage);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(StoreError);
    expect((error as Error).message).toMatch(new RegExp(`^cannot open the store at ${garbage}: .+`));

    const missing = join(tempDir(), 'missing');
    expect(() => LmdbStore.open(missing, { readOnly: true })).toThrow(/no such directory/);

    // An LMDB environment of some other program: data, but no Deed schema marker.
    const foreign = tempDir();
    mkdirSync(foreign, { recursive: true });
    const env = open({ path: foreign, maxDbs: 8 });
    env.openDB({ name: 'objects', encoding: 'binary', keyEncoding: 'binary' }).putSync(Uint8Array.of(1), Uint8Array.of(2));
    void env.close();
    expect(() => LmdbStore.open(foreign)).toThrow(/not a Deed store/);
  });

  it('reports a damaged carry-over as a StoreError', () => {
    const dir = tempDir();
    const s = LmdbStore.open(dir);
    s.commit(batch({ transactions: [tx('p')], deferred: [{ digest: txDigest('d'), deferrals: 1 }] }));
    s.close();
    for (const [bytes, message] of [
      [Uint8Array.of(0x92), /deferred transactions do not decode/],
      [Uint8Array.of(0x01), /deferred transactions are not a list/],
      [Uint8Array.of(0x91, 0x92, 0x01, 0x01), /a deferred transaction is not \[digest, deferrals\]/],
    ] as const) {
      const env = open({ path: dir, maxDbs: 8 });
      env.openDB({ name: 'meta', encoding: 'binary', keyEncoding: 'ordered-binary' }).putSync('deferred', bytes);
      void env.close();
      const r = LmdbStore.open(dir);
      expect(() => r.deferred()).toThrow(StoreError);
      expect(() => r.deferred()).toThrow(message);
      r.close();
    }
  });

  it('reports a damaged object as a StoreError, not a decoder crash', () => {
    const dir = tempDir();
    const s = LmdbStore.open(dir);
    s.commit(batch({ written: [coin(oid(1), 1, addr(1), 1)] }));
    s.close();
    // Overwrite the stored bytes behind the store's back.
    const env = open({ path: dir, maxDbs: 8 });
    const objects = env.openDB({ name: 'objects', encoding: 'binary', keyEncoding: 'binary' });
    const [{ key, value }] = [...objects.getRange({})] as Array<{ key: Uint8Array; value: Uint8Array }>;
    const damaged = Uint8Array.from(value!);
    damaged[damaged.length - 40] ^= 1;
    objects.putSync(key!, damaged);
    void env.close();
    const r = LmdbStore.open(dir);
    expect(() => r.getObject(oid(1))).toThrow(StoreError);
    expect(() => r.getObject(oid(1))).toThrow(/is damaged: object .* version 1/);
    r.close();
  });
});
