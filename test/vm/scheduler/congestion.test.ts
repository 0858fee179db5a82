// Per-object congestion control: deferral keeps order and goes first next commit, cancellation
// after N deferrals (with the message and the sequencer's treatment), both cost modes, read-only
// uses not counted, stats, and determinism (including a random run replayed).

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CLOCK_ID, normalizeAddress, type ObjectId } from '../../../vm/objects/object.js';
import { CongestionControl, type CongestionConfig } from '../../../vm/scheduler/congestion.js';
import { Sequencer, type SequencedInput } from '../../../vm/scheduler/sequencer.js';
import { txDigest } from '../objects/fixtures.js';

const obj = (n: number): ObjectId => normalizeAddress((0x7000 + n).toString(16));
const [X, Y] = [obj(1), obj(2)];

type In = SequencedInput<string>;
const t = (name: string, shared: Array<[ObjectId, boolean]>, gasBudget = 1000n): In => ({
  tx: name,
  digest: txDigest(name),
  shared: shared.map(([id, mutable]) => ({ id, mutable })),
  inputVersions: [1],
  gasBudget,
});
const names = (xs: readonly In[]) => xs.map((x) => x.tx);
const count = (budget: number, maxDeferrals = 2): CongestionConfig => ({ mode: 'count', budgetPerObject: BigInt(budget), maxDeferrals });

describe('CongestionControl', () => {
  it('defers what is over an object budget, in order, and runs it first in the next commit', () => {
    const cc = new CongestionControl<In>(count(2));
    const s0 = cc.schedule([t('a', [[X, true]]), t('b', [[X, true]]), t('c', [[X, true]]), t('d', [[Y, true]]), t('e', [[X, true]])]);
    expect(names(s0.scheduled)).toEqual(['a', 'b', 'd']);
    expect(names(s0.deferred)).toEqual(['c', 'e']);
    expect(s0.usage).toEqual(new Map([[X, 2n], [Y, 1n]]));
    const s1 = cc.schedule([t('f', [[X, true]])]);
    expect(names(s1.scheduled)).toEqual(['c', 'e']);
    expect(names(s1.deferred)).toEqual(['f']);
    expect(names(cc.pending as In[])).toEqual(['f']);
  });

  it('a carry-over taken up by a new instance (a run resumed after a kill) schedules as the first instance would have', () => {
    const first = new CongestionControl<In>(count(1, 2));
    first.schedule([t('hog', [[X, true]]), t('victim', [[X, true]]), t('other', [[X, true]])]);
    first.schedule([t('late', [[X, true]])]);
    expect(first.carriedOver.map((c) => [c.tx.tx, c.deferrals])).toEqual([['other', 2], ['late', 1]]);
    const resumed = new CongestionControl<In>(count(1, 2));
    resumed.resume(first.carriedOver);
    const next = [t('new', [[Y, true]])];
    const a = first.schedule(next);
    const b = resumed.schedule(next);
    expect(names(b.scheduled)).toEqual(names(a.scheduled));
    expect(names(b.deferred)).toEqual(names(a.deferred));
    expect(b.cancelled.map((c) => [c.tx.tx, c.deferrals, c.message])).toEqual(a.cancelled.map((c) => [c.tx.tx, c.deferrals, c.message]));
    // Only before any carry-over of its own, and only transactions deferred at least once.
    expect(() => resumed.resume([])).toThrow(/only before its first schedule/);
    expect(() => new CongestionControl<In>(count(1)).resume([{ tx: t('z', []), deferrals: 0 }])).toThrow(RangeError);
  });

  it('a transaction is deferred if any of its mutable objects is full', () => {
    const cc = new CongestionControl<In>(count(1));
    const s = cc.schedule([t('a', [[X, true]]), t('b', [[Y, true], [X, true]]), t('c', [[Y, true]])]);
    expect(names(s.scheduled)).toEqual(['a', 'c']);
    expect(s.deferred[0]!.tx).toBe('b');
  });

  it('a carried transaction goes before new ones and fits once the object is free', () => {
    const cc = new CongestionControl<In>(count(1, 2));
    cc.schedule([t('hog', [[X, true]]), t('victim', [[X, true]])]);
    const s = cc.schedule([t('late', [[X, true]])]);
    expect(names(s.scheduled)).toEqual(['victim']);
    expect(names(s.deferred)).toEqual(['late']);
  });

  it('cancels after N deferrals; the sequencer gives it no shared versions and moves nothing', () => {
    // A budget of 0 keeps X congested for good.
    const cc = new CongestionControl<In>({ mode: 'count', budgetPerObject: 0n, maxDeferrals: 2 });
    const victim = t('victim', [[X, true]]);
    const s = [cc.schedule([victim]), cc.schedule([]), cc.schedule([])];
    expect(s.map((x) => names(x.deferred))).toEqual([['victim'], ['victim'], []]);
    expect(s[2]!.cancelled).toHaveLength(1);
    const c = s[2]!.cancelled[0]!;
    expect(c).toMatchObject({ deferrals: 2, congested: [X] });
    expect(c.message).toContain(victim.digest);
    expect(c.message).toContain('after 2 deferrals');
    expect(s[2]!.inputs).toEqual([{ ...victim, cancelled: true }]);
    expect(cc.stats()).toMatchObject({ deferred: 2, cancelled: 1, scheduled: 0 });
    expect(cc.pending).toEqual([]);

    const seq = new Sequencer((id) => (id === CLOCK_ID ? 1 : 10));
    const e = seq.sequence(s[2]!.inputs).entries[1]!;
    expect(e).toMatchObject({ kind: 'transaction', cancelled: true, lamportVersion: 2 });
    expect(e.sharedVersions.size).toBe(0);
    expect(seq.nextVersion(X)).toBe(10);
  });

  it('gas mode charges the gas budget', () => {
    const cc = new CongestionControl<In>({ mode: 'gas', budgetPerObject: 5000n, maxDeferrals: 1 });
    const s = cc.schedule([t('a', [[X, true]], 3000n), t('b', [[X, true]], 3000n), t('c', [[X, true]], 2000n)]);
    expect(names(s.scheduled)).toEqual(['a', 'c']);
    expect(names(s.deferred)).toEqual(['b']);
    expect(s.usage.get(X)).toBe(5000n);
    expect(() => new CongestionControl<In>({ mode: 'gas', budgetPerObject: 1n, maxDeferrals: 0 }).schedule([{ ...t('z', [[X, true]]), gasBudget: undefined } as In])).toThrow(/gas budget/);
  });

  it('does not count read-only uses (as in Sui, only mutable uses consume the budget)', () => {
    const cc = new CongestionControl<In>(count(1));
    const s = cc.schedule([t('r1', [[X, false]]), t('r2', [[X, false]]), t('w', [[X, true]]), t('r3', [[X, false], [Y, true]])]);
    expect(names(s.scheduled)).toEqual(['r1', 'r2', 'w', 'r3']);
    expect(s.usage).toEqual(new Map([[X, 1n], [Y, 1n]]));
  });

  it('keeps stats over commits', () => {
    const cc = new CongestionControl<In>(count(1, 0));
    cc.schedule([t('a', [[X, true]]), t('b', [[X, true]])]);
    cc.schedule([t('c', [[Y, true]])]);
    const st = cc.stats();
    expect(st).toMatchObject({ deferred: 0, cancelled: 1, scheduled: 2 });
    expect(st.usage).toEqual(new Map([[X, 1n], [Y, 1n]]));
  });

  it('is deterministic: the same commits give the same schedules', () => {
    const arb = fc.record({
      mode: fc.constantFrom<'count' | 'gas'>('count', 'gas'),
      budget: fc.integer({ min: 0, max: 6 }),
      maxDeferrals: fc.integer({ min: 0, max: 3 }),
      commits: fc.array(
        fc.array(fc.record({ o: fc.integer({ min: 1, max: 3 }), mutable: fc.boolean(), gas: fc.integer({ min: 1, max: 3 }) }), { maxLength: 6 }),
        { maxLength: 5 },
      ),
    });
    fc.assert(
      fc.property(arb, ({ mode, budget, maxDeferrals, commits }) => {
        let n = 0;
        const batches = commits.map((c) => c.map((x) => t(`t${n++}`, [[obj(x.o), x.mutable]], BigInt(x.gas))));
        const run = () => {
          const cc = new CongestionControl<In>({ mode, budgetPerObject: BigInt(budget), maxDeferrals });
          return { schedules: batches.map((b) => cc.schedule(b)), stats: cc.stats() };
        };
        const a = run();
        expect(run()).toEqual(a);
        // No object goes over its budget, and nothing is lost or duplicated.
        for (const s of a.schedules) for (const u of s.usage.values()) expect(u).toBeLessThanOrEqual(BigInt(budget));
        const done = a.schedules.flatMap((s) => [...names(s.scheduled), ...s.cancelled.map((c) => c.tx.tx)]);
        const pending = a.schedules.length > 0 ? names(a.schedules[a.schedules.length - 1]!.deferred) : [];
        expect([...done, ...pending].sort()).toEqual(batches.flat().map((x) => x.tx).sort());
      }),
      { numRuns: 100 },
    );
  });
});
