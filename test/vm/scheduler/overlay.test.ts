// The versioned overlay (overlay.ts): what each position of a scope sees, and pruning. A position
// sees the base plus the overlay writes of earlier positions only, whatever order they arrived in.
// prune(P) is what a worker does once the main thread committed positions below P (pool.ts): the
// base then holds those writes, and every view at P or later must answer exactly as before.

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { ObjectRecord } from '../../../vm/objects/object.js';
import type { StateView } from '../../../vm/objects/store.js';
import { VersionedOverlay } from '../../../vm/scheduler/overlay.js';

const IDS = ['0xa', '0xb', '0xc', '0xd'];
const rec = (id: string, version: number): ObjectRecord => ({ id, version, digest: `${id}@${version}` }) as unknown as ObjectRecord;

/** A base holding the writes of positions below `upTo`, applied in position order, as a store after those commits. */
function baseAfter(writes: Write[], upTo: number): StateView {
  const live = new Map<string, ObjectRecord>();
  const versions = new Map<string, ObjectRecord>();
  for (const w of [...writes].sort((a, b) => a.at - b.at)) {
    if (w.at >= upTo) continue;
    if (w.removed) live.delete(w.id);
    else {
      const r = rec(w.id, w.version);
      live.set(w.id, r);
      versions.set(`${w.id}:${w.version}`, r);
    }
  }
  return { getObject: (id) => live.get(id), getObjectVersion: (id, v) => versions.get(`${id}:${v}`) };
}

interface Write {
  at: number;
  id: string;
  version: number;
  removed: boolean;
}

/** Writes at distinct positions (one transaction each), each object's versions rising with its positions, in a random arrival order. */
const writesArb = fc
  .array(fc.record({ id: fc.constantFrom(...IDS), removed: fc.boolean() }), { minLength: 1, maxLength: 30 })
  .map((ws) => ws.map((w, at) => ({ ...w, at, version: at + 1 })))
  .chain((ws) => fc.shuffledSubarray(ws, { minLength: ws.length, maxLength: ws.length }));

function answers(o: VersionedOverlay, positions: number[], versions: number[]): unknown[] {
  const out: unknown[] = [];
  for (const p of positions) {
    const v = o.view(p);
    for (const id of IDS) {
      out.push(v.getObject(id)?.digest ?? null);
      for (const n of versions) out.push(v.getObjectVersion(id, n)?.digest ?? null);
    }
  }
  return out;
}

function overlayOf(writes: Write[], base: StateView): VersionedOverlay {
  const o = new VersionedOverlay(base);
  for (const w of writes) o.apply(w.at, w.removed ? { written: [], removed: [{ id: w.id, version: w.version }] } : { written: [rec(w.id, w.version)], removed: [] });
  return o;
}

describe('VersionedOverlay', () => {
  it('a position sees the writes of earlier positions only, in any arrival order', () => {
    const base = baseAfter([], 0);
    const o = overlayOf(
      [
        { at: 5, id: '0xa', version: 6, removed: false },
        { at: 2, id: '0xa', version: 3, removed: false },
        { at: 7, id: '0xa', version: 8, removed: true },
      ],
      base,
    );
    expect(o.view(0).getObject('0xa')).toBeUndefined();
    expect(o.view(3).getObject('0xa')?.version).toBe(3);
    expect(o.view(6).getObject('0xa')?.version).toBe(6);
    expect(o.view(8).getObject('0xa')).toBeUndefined();
    expect(o.view(5).getObjectVersion('0xa', 6)).toBeUndefined();
    expect(o.view(6).getObjectVersion('0xa', 6)?.version).toBe(6);
  });

  it('after prune(P), with the base holding the writes below P, every view at P or later answers as a full overlay over the old base did', () => {
    fc.assert(
      fc.property(writesArb, fc.nat(), fc.array(fc.boolean(), { minLength: 30, maxLength: 30 }), (writes, k, sent) => {
        const n = writes.length;
        const P = k % (n + 1);
        const positions = Array.from({ length: n + 2 - P }, (_, i) => P + i);
        const versions = Array.from({ length: n + 1 }, (_, i) => i + 1);
        const before = answers(overlayOf(writes, baseAfter(writes, 0)), positions, versions);
        // The worker's case: its base store moved on to the commit of positions below P, and of the
        // writes below P it holds only some (the others were committed before they were sent); it prunes.
        const o = overlayOf(writes.filter((w) => w.at >= P || sent[w.at]), baseAfter(writes, P));
        o.prune(P);
        expect(answers(o, positions, versions)).toEqual(before);
      }),
      { numRuns: 300 },
    );
  });

  it('without the prune, a base that moved on is shadowed by older overlay writes: the prune is what makes it current', () => {
    // 0xa written at 1 (v2) and at 3 (v4); the store commits both; the worker only ever had the delta
    // for position 1 (position 3's was committed before it was sent, so it was never sent).
    const writes = [
      { at: 1, id: '0xa', version: 2, removed: false },
      { at: 3, id: '0xa', version: 4, removed: false },
    ];
    const o = overlayOf([writes[0]!], baseAfter(writes, 4));
    expect(o.view(5).getObject('0xa')?.version).toBe(2);
    o.prune(4);
    expect(o.view(5).getObject('0xa')?.version).toBe(4);
  });
});
