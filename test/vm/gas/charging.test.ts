// Gas charging in the interpreter: the cost of a run is the sum of the schedule's costs, copies
// of containers pay per cell, and budgets stop runaway loops at a deterministic point.

import { describe, expect, it } from 'vitest';
import { Op } from '../../../vm/bytecode/opcodes.js';
import { BudgetGasMeter, UnmeteredGasMeter } from '../../../vm/gas/meter.js';
import { GAS_CLASSES } from '../../../vm/gas/schedule.js';
import { V } from '../../../vm/runtime/index.js';
import { call, failed, loaded, mid, ModuleBuilder, ok } from '../runtime/build.js';

const M = mid('0xa', 'gas');
const b = new ModuleBuilder('0xa', 'gas');
b.fn('two', { returns: ['u64'] }, [[Op.LdU64, 1n], [Op.LdU64, 1n], [Op.Add], [Op.Ret]]);
b.fn('copy_vec', { params: [['vector', 'u64']], returns: [['vector', 'u64'], ['vector', 'u64']] }, [[Op.CopyLoc, 0], [Op.MoveLoc, 0], [Op.Ret]]);
b.fn('count', { params: ['u64'], locals: ['u64'] }, [
  [Op.LdU64, 0n], [Op.StLoc, 1],
  [Op.CopyLoc, 1], [Op.CopyLoc, 0], [Op.Lt], [Op.BrFalse, 11],
  [Op.MoveLoc, 1], [Op.LdU64, 1n], [Op.Add], [Op.StLoc, 1], [Op.Branch, 2],
  [Op.Ret],
]);
const vm = loaded([b.build()]);

const used = (fn: string, args: Parameters<typeof call>[3] = []) => {
  const m = new UnmeteredGasMeter();
  ok(call(vm, M, fn, args, [], m));
  return m.used();
};

describe('interpreter gas', () => {
  it('charges the base cost of each instruction executed', () => {
    const c = GAS_CLASSES;
    expect(used('two')).toBe(2 * c.const.base + c.arith.base + c.ret.base);
  });

  it('charges copies of containers per cell', () => {
    const small = used('copy_vec', [[V.u64(1)]]);
    const big = used('copy_vec', [Array.from({ length: 11 }, (_, i) => V.u64(i))]);
    expect(big - small).toBe(10 * (GAS_CLASSES.copy.perByte ?? 0));
  });

  it('loop cost grows linearly with the iterations', () => {
    const perIteration = used('count', [V.u64(11)]) - used('count', [V.u64(10)]);
    expect(perIteration).toBeGreaterThan(0);
    expect(used('count', [V.u64(20)]) - used('count', [V.u64(10)])).toBe(10 * perIteration);
  });

  it('a budget ends a long loop at the same point every time', () => {
    const run = () => {
      const m = new BudgetGasMeter(5_000);
      const e = failed(call(vm, M, 'count', [V.u64(1_000_000)], [], m));
      return [e.name, e.location?.offset, m.used()];
    };
    expect(run()).toEqual(run());
    expect(run()[0]).toBe('OUT_OF_GAS');
  });
});
