// Check 5, stack usage: empty stack at every block boundary, no underflow, Ret arity.

import { describe, it } from 'vitest';
import { Op } from '../../../vm/bytecode/opcodes.js';
import { verifyModule } from '../../../vm/verifier/index.js';
import { ModuleBuilder } from './builder.js';
import { expectOk, expectRefused } from './refused.js';

describe('stack usage', () => {
  it('accepts an if/else that joins through a local', () => {
    const b = new ModuleBuilder();
    // if (c) 1 else 2, as compilers emit it: each arm stores, the join loads.
    b.fun('f', {
      params: ['bool'],
      returns: ['u64'],
      locals: ['u64'],
      code: [[Op.MoveLoc, 0], [Op.BrFalse, 5], [Op.LdU64, 1n], [Op.StLoc, 1], [Op.Branch, 7], [Op.LdU64, 2n], [Op.StLoc, 1], [Op.MoveLoc, 1], [Op.Ret]],
    });
    expectOk(verifyModule(b.build()));
  });

  it('refuses an unbalanced stack at a join', () => {
    const b = new ModuleBuilder();
    // if (c) 1 else 2 with the values left on the stack across the join.
    b.fun('f', {
      params: ['bool'],
      returns: ['u64'],
      code: [[Op.MoveLoc, 0], [Op.BrFalse, 4], [Op.LdU64, 1n], [Op.Branch, 5], [Op.LdU64, 2n], [Op.Ret]],
    });
    expectRefused(verifyModule(b.build()), 'UNBALANCED_STACK', { offset: 3 });
  });

  it('refuses an underflow', () => {
    const b = new ModuleBuilder();
    b.fun('f', { code: [[Op.LdU64, 1n], [Op.Add], [Op.Pop], [Op.Ret]] });
    expectRefused(verifyModule(b.build()), 'STACK_UNDERFLOW', { offset: 1 });
  });

  it('refuses Ret with the wrong number of values', () => {
    const b = new ModuleBuilder();
    b.fun('f', { returns: ['u64', 'u64'], code: [[Op.LdU64, 1n], [Op.Ret]] });
    expectRefused(verifyModule(b.build()), 'RET_ARITY_MISMATCH');
    const c = new ModuleBuilder();
    c.fun('f', { code: [[Op.LdU64, 1n], [Op.Ret]] });
    expectRefused(verifyModule(c.build()), 'RET_ARITY_MISMATCH');
  });
});
