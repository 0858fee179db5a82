// The slim outcome a worker sends (outcome-wire.ts): it leaves the effects object and the written
// records' contents behind, travels smaller, and reads back as the outcome it was made from; the
// cases it cannot slim (a rejection, a record without its sealed bytes) go whole.

import { describe, expect, it } from 'vitest';
import { buildWorkload } from '../../../bench/workloads/index.js';
import { execute, type ExecuteOutcome } from '../../../vm/execution/execute.js';
import { PackageCache } from '../../../vm/execution/packages.js';
import { MemoryStore } from '../../../vm/objects/memory-store.js';
import { fromWire, toWire, type WireOutcome } from '../../../vm/scheduler/workers/outcome-wire.js';
import { pack, unpack } from '../../../vm/scheduler/workers/protocol.js';

type Executed = Extract<ExecuteOutcome, { kind: 'executed' }>;

const packages = new PackageCache();
/** The outcomes of a few transactions of `name`, each run against the genesis alone. */
function outcomes(name: 'transfers' | 'counters', n: number): ExecuteOutcome[] {
  const w = buildWorkload(name, new MemoryStore(), { txs: n, seed: 11 }, packages);
  return w.txs.map((tx) => execute({ data: tx.data, verified: true }, w.store, { epoch: 0, packages }));
}
const overTheWire = (out: ExecuteOutcome): ExecuteOutcome => fromWire(unpack<WireOutcome>(pack(toWire(out))));

describe('outcome-wire', () => {
  it('a transfer and a shared-counter bump read back as they left, from a smaller message', () => {
    for (const out of [...outcomes('transfers', 3), ...outcomes('counters', 3)]) {
      expect(out.kind).toBe('executed');
      const slim = toWire(out);
      expect(slim.kind).toBe('slim');
      expect(pack(slim).length).toBeLessThan(pack(out).length * 0.75);
      const back = overTheWire(out) as Executed;
      expect(back).toEqual(out);
      expect(back.status).toEqual((out as Executed).effects.status);
      expect(back.lamportVersion).toBe((out as Executed).effects.lamportVersion);
      // The commit's inputs are the very bytes the worker sealed.
      const hex = (bs: ReadonlyArray<Uint8Array | undefined>): string[] => bs.map((b) => Buffer.from(b!).toString('hex'));
      expect(hex(back.writes.encoded!)).toEqual(hex((out as Executed).writes.encoded!));
      expect(hex([back.effectsBytes])).toEqual(hex([(out as Executed).effectsBytes]));
    }
  });

  it('a record read back can be given new contents, and the effects replaced', () => {
    const out = outcomes('transfers', 1)[0] as Executed;
    const back = overTheWire(out) as Executed;
    const r = back.writes.written[0]!;
    expect(r.data).toEqual(out.writes.written[0]!.data);
    r.data = { kind: 'move', type: '0x2::x::Y', hasPublicTransfer: false, contents: [] };
    expect(r.data.kind === 'move' && r.data.type).toBe('0x2::x::Y');
    back.effects = { ...out.effects, epoch: 9 };
    expect(back.effects.epoch).toBe(9);
  });

  it('goes whole when it cannot slim: a rejection, a record without its sealed bytes', () => {
    const out = outcomes('transfers', 1)[0] as Executed;
    const rejected: ExecuteOutcome = { kind: 'rejected', rejection: { code: 'ObjectNotFound', message: 'no such object' } };
    expect(toWire(rejected)).toBe(rejected);
    expect(overTheWire(rejected)).toEqual(rejected);
    const unsealed: Executed = { ...out, writes: { ...out.writes, encoded: out.writes.encoded!.map((b, i) => (i === 0 ? undefined : b)) } };
    expect(toWire(unsealed).kind).toBe('executed');
    expect(overTheWire(unsealed)).toEqual(unsealed);
  });

  it('a record whose bytes do not decode says so when read, not before', () => {
    const out = outcomes('transfers', 1)[0] as Executed;
    const slim = toWire(out) as Extract<WireOutcome, { kind: 'slim' }>;
    const broken = { ...slim, writes: { ...slim.writes, encoded: slim.writes.encoded.map((b) => b.subarray(0, 3)) } };
    const back = fromWire(broken) as Executed;
    expect(back.writes.written[0]!.id).toBe(out.writes.written[0]!.id);
    expect(() => back.writes.written[0]!.data).toThrow(/a worker sent a record of 0x[0-9a-f]+ that does not decode/);
  });
});
