// Check 7, locals safety: availability of locals along every path.

import { describe, it } from 'vitest';
import { Op } from '../../../vm/bytecode/opcodes.js';
import { verifyModule } from '../../../vm/verifier/index.js';
import { dt, ModuleBuilder } from './builder.js';
import { expectOk, expectRefused } from './refused.js';

function resourceModule() {
  const b = new ModuleBuilder();
  const res = b.struct('Res', [['x', 'u64']]);
  const consume = b.fun('consume', { params: [dt(res)], code: [[Op.MoveLoc, 0], [Op.Unpack, res, []], [Op.Pop], [Op.Ret]] });
  return { b, res, consume };
}

describe('locals safety', () => {
  it('accepts a resource consumed on every path, and one dropped by Abort', () => {
    const { b, res, consume } = resourceModule();
    b.fun('g', {
      params: [dt(res), 'bool'],
      code: [[Op.MoveLoc, 1], [Op.BrFalse, 5], [Op.MoveLoc, 0], [Op.Call, consume, []], [Op.Ret], [Op.LdU64, 7n], [Op.Abort]],
    });
    expectOk(verifyModule(b.build()));
  });

  it('refuses a use after move', () => {
    const { b, res, consume } = resourceModule();
    b.fun('f', { params: [dt(res)], code: [[Op.MoveLoc, 0], [Op.Call, consume, []], [Op.MoveLoc, 0], [Op.Call, consume, []], [Op.Ret]] });
    expectRefused(verifyModule(b.build()), 'MOVELOC_UNAVAILABLE', { function: 'f', offset: 2 });
  });

  it('refuses an unconsumed resource at return', () => {
    const { b, res } = resourceModule();
    b.fun('f', { params: [dt(res)], code: [[Op.Ret]] });
    expectRefused(verifyModule(b.build()), 'RET_UNSAFE_TO_DESTROY', { function: 'f', offset: 0 });
  });

  it('refuses a resource consumed on only one path', () => {
    const { b, res, consume } = resourceModule();
    b.fun('f', { params: [dt(res), 'bool'], code: [[Op.MoveLoc, 1], [Op.BrFalse, 4], [Op.MoveLoc, 0], [Op.Call, consume, []], [Op.Ret]] });
    expectRefused(verifyModule(b.build()), 'RET_UNSAFE_TO_DESTROY', { offset: 4 });
  });

  it('refuses overwriting a resource, and reading a moved or unassigned local', () => {
    const { b, res } = resourceModule();
    b.fun('f', { params: [dt(res), dt(res)], code: [[Op.MoveLoc, 1], [Op.StLoc, 0], [Op.Ret]] });
    expectRefused(verifyModule(b.build()), 'STLOC_UNSAFE_TO_DESTROY');
    const c = new ModuleBuilder();
    c.fun('f', { locals: ['u64'], code: [[Op.CopyLoc, 0], [Op.Pop], [Op.Ret]] });
    expectRefused(verifyModule(c.build()), 'COPYLOC_UNAVAILABLE');
    const d = new ModuleBuilder();
    d.fun('f', { locals: ['u64'], code: [[Op.ImmBorrowLoc, 0], [Op.Pop], [Op.Ret]] });
    expectRefused(verifyModule(d.build()), 'BORROWLOC_UNAVAILABLE');
  });

  it('refuses a local assigned on only one path into a join', () => {
    const b = new ModuleBuilder();
    b.fun('f', {
      params: ['bool'],
      returns: ['u64'],
      locals: ['u64'],
      code: [[Op.MoveLoc, 0], [Op.BrFalse, 4], [Op.LdU64, 1n], [Op.StLoc, 1], [Op.MoveLoc, 1], [Op.Ret]],
    });
    expectRefused(verifyModule(b.build()), 'MOVELOC_UNAVAILABLE', { offset: 4 });
  });
});
