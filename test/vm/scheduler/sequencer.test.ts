// The sequencer's shared-version assignment (SPEC §4): Sui's worked example, the Clock prologue at
// the head of every commit, `next` carried across commits, cancelled and unknown-object entries,
// determinism, and a fast-check property over random commits (the invariants of the rule).

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CLOCK_ID, normalizeAddress, type ObjectId } from '../../../vm/objects/object.js';
import { Sequencer, type Commit, type SequencedInput } from '../../../vm/scheduler/sequencer.js';
import { txDigest } from '../objects/fixtures.js';

const obj = (n: number): ObjectId => normalizeAddress((0x5000 + n).toString(16));
const O = obj(1);

function input(name: string, shared: Array<[ObjectId, boolean]>, inputVersions: number[], cancelled = false): SequencedInput<string> {
  return { tx: name, digest: txDigest(name), shared: shared.map(([id, mutable]) => ({ id, mutable })), inputVersions, ...(cancelled ? { cancelled } : {}) };
}

/** Initial versions: the Clock at 1 and the given objects. */
const initial =
  (objects: Record<string, number> = {}) =>
  (id: ObjectId): number | undefined =>
    id === CLOCK_ID ? 1 : objects[id];

const txEntries = <T>(c: Commit<T>) => c.entries.filter((e) => e.kind === 'transaction');

describe('Sequencer', () => {
  it("assigns Sui's worked example: versions 1, 4, 4, 10 and next 12", () => {
    const s = new Sequencer(initial({ [O]: 1 }));
    const c = s.sequence([
      input('t1', [[O, true]], [3]),
      input('t2', [[O, false]], [5]),
      input('t3', [[O, true]], [9]),
      input('t4', [[O, true]], [11]),
    ]);
    const txs = txEntries(c);
    expect(txs.map((e) => e.sharedVersions.get(O))).toEqual([1, 4, 4, 10]);
    expect(txs.map((e) => e.lamportVersion)).toEqual([4, 6, 10, 12]);
    expect(c.nextVersions.get(O)).toBe(12);
    expect(s.nextVersion(O)).toBe(12);
  });

  it('opens every commit with the Clock prologue, assigned the Clock version, with a non-decreasing time', () => {
    const s = new Sequencer(initial({ [O]: 1 }), { timestampMs: 1000 });
    const c0 = s.sequence([input('a', [[CLOCK_ID, false]], [2])], { timestampMs: 5000 });
    expect(c0.entries[0]).toMatchObject({ kind: 'prologue', tx: { kind: 'consensus-commit-prologue', commit: 0, timestampMs: 5000 }, lamportVersion: 2 });
    expect(c0.entries[0]!.sharedVersions).toEqual(new Map([[CLOCK_ID, 1]]));
    // A reader of the Clock sees the version the prologue wrote: this commit's time.
    expect(c0.entries[1]!.sharedVersions.get(CLOCK_ID)).toBe(2);
    const c1 = s.sequence([], { timestampMs: 4000 }); // consensus time going back is clamped
    expect(c1.entries).toHaveLength(1);
    expect(c1.entries[0]).toMatchObject({ kind: 'prologue', tx: { commit: 1, timestampMs: 5000 }, lamportVersion: 3 });
    expect(c1.entries[0]!.sharedVersions.get(CLOCK_ID)).toBe(2);
    expect(s.sequence([]).timestampMs).toBe(5000);
  });

  it("numbers its commits on from firstCommit (the store's next commit index)", () => {
    const s = new Sequencer(initial(), { firstCommit: 7 });
    const c = s.sequence([]);
    expect(c.index).toBe(7);
    expect(c.entries[0]).toMatchObject({ kind: 'prologue', tx: { commit: 7 } });
    expect(s.sequence([]).index).toBe(8);
  });

  it('does not let a user transaction move the Clock (the executor refuses a mutable Clock)', () => {
    const s = new Sequencer(initial());
    const c = s.sequence([input('bad', [[CLOCK_ID, true]], [1]), input('reader', [[CLOCK_ID, false]], [1])]);
    expect(txEntries(c).map((e) => e.sharedVersions.get(CLOCK_ID))).toEqual([2, 2]);
    expect(c.nextVersions.get(CLOCK_ID)).toBe(2);
  });

  it('keeps next[] across commits and asks the store once per object', () => {
    const asked: ObjectId[] = [];
    const s = new Sequencer((id) => {
      asked.push(id);
      return id === CLOCK_ID ? 1 : 7;
    });
    s.sequence([input('a', [[O, true]], [2])]);
    const c = s.sequence([input('b', [[O, false]], [20])]);
    expect(txEntries(c)[0]!.sharedVersions.get(O)).toBe(8);
    expect(asked).toEqual([CLOCK_ID, O]);
  });

  it('gives a cancelled transaction a Lamport version from its own inputs and advances nothing', () => {
    const s = new Sequencer(initial({ [O]: 30 }));
    const c = s.sequence([input('x', [[O, true]], [4], true), input('y', [[O, true]], [4])]);
    const [x, y] = txEntries(c);
    expect(x).toMatchObject({ cancelled: true, lamportVersion: 5 });
    expect(x!.sharedVersions.size).toBe(0);
    expect(y!.sharedVersions.get(O)).toBe(30);
    expect(c.nextVersions.get(O)).toBe(31);
  });

  it('lists unknown shared objects as missing and assigns them nothing', () => {
    const s = new Sequencer(initial({ [O]: 3 }));
    const [e] = txEntries(s.sequence([input('m', [[obj(9), true], [O, true]], [1])]));
    expect(e).toMatchObject({ missing: [obj(9)], lamportVersion: 4 });
    expect([...e!.sharedVersions.keys()]).toEqual([O]);
    expect(s.nextVersion(obj(9))).toBeUndefined();
  });

  it('is deterministic: the same batches give the same commits', () => {
    const batches = [[input('a', [[O, true], [obj(2), false]], [3]), input('b', [[obj(2), true]], [1])], [input('c', [[O, false]], [9])]];
    const run = () => {
      const s = new Sequencer(initial({ [O]: 1, [obj(2)]: 5 }));
      return batches.map((b) => s.sequence(b, { timestampMs: 10 }));
    };
    expect(run()).toEqual(run());
  });
});

// --- Property ----------------------------------------------------------------------------------

const OBJECTS = [obj(1), obj(2), obj(3), obj(4)];

const arbInput = fc.record({
  shared: fc.uniqueArray(fc.record({ id: fc.constantFrom(...OBJECTS), mutable: fc.boolean() }), { minLength: 1, maxLength: 3, selector: (u) => u.id }),
  inputVersions: fc.array(fc.integer({ min: 0, max: 60 }), { maxLength: 3 }),
});

const arbRun = fc.record({
  initial: fc.tuple(...OBJECTS.map(() => fc.integer({ min: 1, max: 40 }))),
  commits: fc.array(fc.array(arbInput, { maxLength: 8 }), { minLength: 1, maxLength: 4 }),
});

describe('Sequencer property', () => {
  it('versions never decrease, reads see the last write, lamport exceeds every input, next is the last writer', () => {
    fc.assert(
      fc.property(arbRun, ({ initial: init, commits }) => {
        const start = new Map(OBJECTS.map((id, i) => [id, init[i]!]));
        const s = new Sequencer((id) => (id === CLOCK_ID ? 1 : start.get(id)));
        // The model: the version a use sees, tracked independently of the sequencer.
        const current = new Map(start);
        const lastAssigned = new Map<ObjectId, number>();
        let n = 0;
        for (const batch of commits) {
          const inputs = batch.map((b) => ({ tx: n, digest: txDigest(n++), shared: b.shared, inputVersions: b.inputVersions }));
          const c = s.sequence(inputs);
          const lastWriter = new Map<ObjectId, number>();
          txEntries(c).forEach((e, k) => {
            const inp = inputs[k]!;
            for (const u of inp.shared) {
              const v = e.sharedVersions.get(u.id)!;
              // A use, read or write, sees the version the previous mutable use left.
              expect(v).toBe(current.get(u.id));
              expect(v).toBeGreaterThanOrEqual(lastAssigned.get(u.id) ?? 0);
              lastAssigned.set(u.id, v);
              expect(e.lamportVersion).toBeGreaterThan(v);
            }
            for (const v of inp.inputVersions) expect(e.lamportVersion).toBeGreaterThan(v);
            expect(e.lamportVersion).toBe(1 + Math.max(0, ...inp.inputVersions, ...e.sharedVersions.values()));
            for (const u of inp.shared)
              if (u.mutable) {
                current.set(u.id, e.lamportVersion);
                lastWriter.set(u.id, e.lamportVersion);
              }
          });
          for (const id of OBJECTS) {
            const expected = lastWriter.get(id) ?? current.get(id);
            expect(s.nextVersion(id)).toBe(expected);
            if (c.nextVersions.has(id)) expect(c.nextVersions.get(id)).toBe(expected);
          }
        }
      }),
      { numRuns: 300 },
    );
  });
});
