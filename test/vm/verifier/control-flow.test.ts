// Check 4, control flow: code present for non-natives, absent for natives, and no fall-through
// past the end.

import { describe, it } from 'vitest';
import { Op } from '../../../vm/bytecode/opcodes.js';
import { verifyModule } from '../../../vm/verifier/index.js';
import { ModuleBuilder } from './builder.js';
import { expectOk, expectRefused } from './refused.js';

describe('control flow', () => {
  it('accepts code ending in Ret, Abort or a backward Branch', () => {
    const b = new ModuleBuilder();
    b.fun('r', { code: [[Op.Ret]] });
    b.fun('a', { code: [[Op.LdU64, 1n], [Op.Abort]] });
    b.fun('loop', { code: [[Op.Nop], [Op.Branch, 0]] });
    expectOk(verifyModule(b.build()));
  });

  it('refuses a fall-through at the end', () => {
    const b = new ModuleBuilder();
    b.fun('f', { code: [[Op.Nop]] });
    expectRefused(verifyModule(b.build()), 'FALL_THROUGH_END', { function: 'f', offset: 0 });
    const c = new ModuleBuilder();
    c.fun('f', { code: [[Op.LdTrue], [Op.BrTrue, 0]] });
    expectRefused(verifyModule(c.build()), 'FALL_THROUGH_END', { offset: 1 });
  });

  it('refuses empty code and natives with code', () => {
    const b = new ModuleBuilder();
    b.fun('f', { code: [] });
    expectRefused(verifyModule(b.build()), 'EMPTY_CODE');
    const n = new ModuleBuilder();
    n.fun('f', { native: true });
    n.module.functions[0]!.code = [[Op.Ret]];
    expectRefused(verifyModule(n.build()), 'NATIVE_WITH_CODE');
  });
});
