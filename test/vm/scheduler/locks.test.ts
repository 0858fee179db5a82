// Owned-object locks (SPEC §4) on MemoryStore and LmdbStore: the first transaction wins, another
// one on the same (id, version) is rejected naming the holder, a retry is fine, a race has exactly
// one winner (and the loser locks nothing), stale versions are refused, and committing the
// winner's batch with its unlocks frees the old version and makes the new one lockable.

import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { LmdbStore } from '../../../vm/objects/lmdb-store.js';
import { MemoryStore } from '../../../vm/objects/memory-store.js';
import type { ObjectStore } from '../../../vm/objects/store.js';
import { acquire, unlocksFor, withUnlocks } from '../../../vm/scheduler/locks.js';
import { addr, coin, oid, txDigest } from '../objects/fixtures.js';

const dirs: string[] = [];
afterAll(() => {
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
});

function lmdb(): ObjectStore {
  const d = mkdtempSync(join(tmpdir(), 'deed-locks-'));
  dirs.push(d);
  return LmdbStore.open(d);
}

const ALICE = addr(1);
const A = txDigest('A');
const B = txDigest('B');

/** A store holding coins oid(1..3) at version 3, owned by Alice. */
function seeded(make: () => ObjectStore): ObjectStore {
  const s = make();
  s.commit({ transactions: [{ digest: txDigest('seed'), transaction: Uint8Array.of(1), effects: Uint8Array.of(2) }], written: [1, 2, 3].map((n) => coin(oid(n), 3, ALICE, 100)), removed: [] });
  return s;
}

function suite(name: string, make: () => ObjectStore): void {
  describe(`${name}: owned-object locks`, () => {
    it('the first transaction wins; a different one on the same (id, version) is an equivocation naming the holder', () => {
      const s = seeded(make);
      expect(acquire(s, A, [{ id: oid(1), version: 3 }, { id: oid(2), version: 3 }])).toEqual({ kind: 'ok', locked: [{ id: oid(1), version: 3 }, { id: oid(2), version: 3 }] });
      const r = acquire(s, B, [{ id: oid(2), version: 3 }]);
      expect(r).toMatchObject({ kind: 'equivocation', id: oid(2), version: 3, holder: A });
      if (r.kind !== 'equivocation') throw new Error('unreachable');
      expect(r.message).toContain(oid(2));
      expect(r.message).toContain(A);
      expect(r.message).toContain('nothing was executed');
      expect(s.lockHolder(oid(2), 3)).toBe(A);
      s.close();
    });

    it('is idempotent for the same transaction digest', () => {
      const s = seeded(make);
      const owned = [{ id: oid(1), version: 3 }];
      expect(acquire(s, A, owned).kind).toBe('ok');
      expect(acquire(s, A, owned).kind).toBe('ok');
      expect(acquire(s, A, [...owned, { id: oid(3), version: 3 }]).kind).toBe('ok'); // a superset retry too
      expect(s.lockHolder(oid(1), 3)).toBe(A);
      s.close();
    });

    it('of two conflicting transactions submitted at once, exactly one wins and the loser locks nothing', async () => {
      const s = seeded(make);
      // Interleaved submissions: both start before either finishes (the store's lockAll is atomic).
      const submit = (tx: string, owned: Array<{ id: string; version: number }>) => Promise.resolve().then(() => acquire(s, tx, owned));
      const [ra, rb] = await Promise.all([submit(A, [{ id: oid(1), version: 3 }, { id: oid(2), version: 3 }]), submit(B, [{ id: oid(3), version: 3 }, { id: oid(2), version: 3 }])]);
      expect([ra.kind, rb.kind].sort()).toEqual(['equivocation', 'ok']);
      const [winner, loser] = ra.kind === 'ok' ? [A, rb] : [B, ra];
      expect(loser).toMatchObject({ kind: 'equivocation', id: oid(2), holder: winner });
      // All or nothing: the loser's other input stays free.
      expect(s.lockHolder(winner === A ? oid(3) : oid(1), 3)).toBeUndefined();
      s.close();
    });

    it('refuses a version that is not live (stale or missing), locking nothing', () => {
      const s = seeded(make);
      expect(acquire(s, A, [{ id: oid(1), version: 3 }, { id: oid(2), version: 2 }])).toMatchObject({ kind: 'unavailable', id: oid(2), version: 2, liveVersion: 3 });
      expect(acquire(s, A, [{ id: oid(9), version: 1 }])).toMatchObject({ kind: 'unavailable', liveVersion: undefined });
      expect(s.lockHolder(oid(1), 3)).toBeUndefined();
      s.close();
    });

    it("after the winner's commit the old lock is gone and the new version is lockable", () => {
      const s = seeded(make);
      const owned = [{ id: oid(1), version: 3 }, { id: oid(2), version: 3 }];
      expect(acquire(s, A, owned).kind).toBe('ok');
      // The executor's batch (no unlocks) for A, which consumed both coins at Lamport version 4.
      const executed = { transactions: [{ digest: A, transaction: Uint8Array.of(3), effects: Uint8Array.of(4) }], written: [coin(oid(1), 4, ALICE, 50, A), coin(oid(2), 4, ALICE, 150, A)], removed: [] };
      const batch = withUnlocks(executed, owned);
      expect(batch.unlock).toEqual(unlocksFor(owned));
      s.commit(batch);
      expect(s.lockHolder(oid(1), 3)).toBeUndefined();
      expect(s.lockHolder(oid(2), 3)).toBeUndefined();
      // The old version is unavailable now, not re-lockable.
      expect(acquire(s, B, [{ id: oid(1), version: 3 }]).kind).toBe('unavailable');
      expect(acquire(s, B, [{ id: oid(1), version: 4 }]).kind).toBe('ok');
      expect(s.lockHolder(oid(1), 4)).toBe(B);
      s.close();
    });
  });
}

suite('MemoryStore', () => new MemoryStore());
suite('LmdbStore', lmdb);

describe('withUnlocks', () => {
  it('keeps unlocks the batch already lists and removes duplicates', () => {
    const b = withUnlocks({ transactions: [], written: [], removed: [], unlock: [{ id: oid(2), version: 1 }] }, [{ id: oid(1), version: 5 }, { id: oid(2), version: 1 }]);
    expect(b.unlock).toEqual([{ id: oid(1), version: 5 }, { id: oid(2), version: 1 }]);
  });
});
