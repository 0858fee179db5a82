// Check 8, reference safety: conflicting borrows, borrowed locals, dangling returns, and the
// borrow patterns compiled code relies on.

import { describe, it } from 'vitest';
import { Op } from '../../../vm/bytecode/opcodes.js';
import { verifyModule } from '../../../vm/verifier/index.js';
import { dt, ModuleBuilder, mut, ref, vec } from './builder.js';
import { expectOk, expectRefused } from './refused.js';

function pairModule() {
  const b = new ModuleBuilder();
  const pair = b.struct('Pair', [['a', 'u64'], ['b', 'u64']], { abilities: ['copy', 'drop'] });
  const both = b.fun('both', { params: [mut('u64'), mut('u64')], native: true });
  const peek = b.fun('peek', { params: [ref('u64'), mut('u64')], native: true });
  const field = b.fun('field', { params: [mut(dt(pair))], returns: [mut('u64')], code: [[Op.MoveLoc, 0], [Op.MutBorrowField, pair, 0, []], [Op.Ret]] });
  return { b, pair, both, peek, field };
}

describe('reference safety', () => {
  it('accepts borrows that end before the next conflicting one', () => {
    const b = new ModuleBuilder();
    // let x = 0; let a = &mut x; *a = 1; let b2 = &mut x; *b2 = 2; x
    b.fun('f', {
      returns: ['u64'],
      locals: ['u64', mut('u64'), mut('u64')],
      code: [
        [Op.LdU64, 0n], [Op.StLoc, 0], [Op.MutBorrowLoc, 0], [Op.StLoc, 1], [Op.LdU64, 1n], [Op.CopyLoc, 1], [Op.WriteRef],
        [Op.MutBorrowLoc, 0], [Op.StLoc, 2], [Op.LdU64, 2n], [Op.MoveLoc, 2], [Op.WriteRef], [Op.MoveLoc, 0], [Op.Ret],
      ],
    });
    expectOk(verifyModule(b.build()));
  });

  it('refuses a double mutable borrow', () => {
    const b = new ModuleBuilder();
    // let a = &mut x; let b2 = &mut x; *a = 1; *b2 = 2;
    b.fun('f', {
      locals: ['u64', mut('u64'), mut('u64')],
      code: [
        [Op.LdU64, 0n], [Op.StLoc, 0], [Op.MutBorrowLoc, 0], [Op.StLoc, 1], [Op.MutBorrowLoc, 0], [Op.StLoc, 2],
        [Op.LdU64, 1n], [Op.MoveLoc, 1], [Op.WriteRef], [Op.LdU64, 2n], [Op.MoveLoc, 2], [Op.WriteRef], [Op.Ret],
      ],
    });
    expectRefused(verifyModule(b.build()), 'BORROW_LOC_CONFLICT', { offset: 4 });
  });

  it('refuses the same &mut passed twice, and & with &mut of one field', () => {
    const { b, both } = pairModule();
    b.fun('f', { params: [mut('u64')], code: [[Op.CopyLoc, 0], [Op.MoveLoc, 0], [Op.Call, both, []], [Op.Ret]] });
    expectRefused(verifyModule(b.build()), 'CALL_ARGUMENT_CONFLICT');
    const c = pairModule();
    c.b.fun('f', {
      params: [mut(dt(c.pair))],
      code: [[Op.CopyLoc, 0], [Op.ImmBorrowField, c.pair, 0, []], [Op.MoveLoc, 0], [Op.MutBorrowField, c.pair, 0, []], [Op.Call, c.peek, []], [Op.Ret]],
    });
    expectRefused(verifyModule(c.b.build()), 'BORROW_FIELD_CONFLICT');
  });

  it('accepts &mut borrows of two different fields passed together', () => {
    const { b, both, pair } = pairModule();
    b.fun('f', {
      params: [mut(dt(pair))],
      code: [[Op.CopyLoc, 0], [Op.MutBorrowField, pair, 0, []], [Op.MoveLoc, 0], [Op.MutBorrowField, pair, 1, []], [Op.Call, both, []], [Op.Ret]],
    });
    expectOk(verifyModule(b.build()));
  });

  it('refuses returning a reference to a local', () => {
    const b = new ModuleBuilder();
    b.fun('f', { returns: [ref('u64')], locals: ['u64'], code: [[Op.LdU64, 1n], [Op.StLoc, 0], [Op.ImmBorrowLoc, 0], [Op.Ret]] });
    expectRefused(verifyModule(b.build()), 'RET_REFERENCE_TO_LOCAL', { offset: 3 });
    const p = new ModuleBuilder();
    const s = p.struct('S', [['x', 'u64']], { abilities: ['drop'] });
    // A parameter passed by value is a local too: &s.x dies with the call.
    p.fun('f', { params: [dt(s)], returns: [ref('u64')], code: [[Op.ImmBorrowLoc, 0], [Op.ImmBorrowField, s, 0, []], [Op.Ret]] });
    expectRefused(verifyModule(p.build()), 'RET_REFERENCE_TO_LOCAL');
  });

  it('accepts returning references derived from reference parameters, through calls', () => {
    const { b, pair, field } = pairModule();
    b.fun('f', { params: [mut(dt(pair))], returns: [mut('u64')], code: [[Op.MoveLoc, 0], [Op.Call, field, []], [Op.Ret]] });
    expectOk(verifyModule(b.build()));
  });

  it('refuses returning two aliasing &mut', () => {
    const b = new ModuleBuilder();
    b.fun('f', { params: [mut('u64')], returns: [mut('u64'), mut('u64')], code: [[Op.CopyLoc, 0], [Op.MoveLoc, 0], [Op.Ret]] });
    expectRefused(verifyModule(b.build()), 'RET_ALIASED_MUTABLE_REFERENCES');
  });

  it('refuses moving, overwriting or copying a borrowed local', () => {
    const mk = (tail: Array<readonly [number, ...unknown[]]>) => {
      const b = new ModuleBuilder();
      b.fun('f', { locals: ['u64', mut('u64')], code: [[Op.LdU64, 0n], [Op.StLoc, 0], [Op.MutBorrowLoc, 0], [Op.StLoc, 1], ...(tail as never[]), [Op.LdU64, 1n], [Op.MoveLoc, 1], [Op.WriteRef], [Op.Ret]] });
      return b.build();
    };
    expectRefused(verifyModule(mk([[Op.MoveLoc, 0], [Op.Pop]])), 'MOVELOC_BORROWED');
    expectRefused(verifyModule(mk([[Op.LdU64, 5n], [Op.StLoc, 0]])), 'STLOC_BORROWED');
    expectRefused(verifyModule(mk([[Op.CopyLoc, 0], [Op.Pop]])), 'COPYLOC_MUTABLY_BORROWED');
    expectRefused(verifyModule(mk([[Op.ImmBorrowLoc, 0], [Op.Pop]])), 'BORROW_LOC_CONFLICT');
  });

  it('refuses writing through a reference while a derived one is live', () => {
    const b = new ModuleBuilder();
    // let e = &mut v[0]; *v = vector[]; *e = 1;  (e would dangle)
    b.fun('f', {
      params: [mut(vec('u64'))],
      locals: [mut('u64')],
      code: [
        [Op.CopyLoc, 0], [Op.LdU64, 0n], [Op.VecMutBorrow, 'u64'], [Op.StLoc, 1],
        [Op.VecPack, 'u64', 0], [Op.MoveLoc, 0], [Op.WriteRef],
        [Op.LdU64, 1n], [Op.MoveLoc, 1], [Op.WriteRef], [Op.Ret],
      ],
    });
    expectRefused(verifyModule(b.build()), 'WRITE_REF_CONFLICT', { offset: 6 });
  });

  it('refuses reading through a reference while a &mut into it is live', () => {
    const { b, pair } = pairModule();
    b.fun('f', {
      params: [mut(dt(pair))],
      locals: [mut('u64')],
      code: [
        [Op.CopyLoc, 0], [Op.MutBorrowField, pair, 0, []], [Op.StLoc, 1],
        [Op.MoveLoc, 0], [Op.ReadRef], [Op.Pop],
        [Op.LdU64, 1n], [Op.MoveLoc, 1], [Op.WriteRef], [Op.Ret],
      ],
    });
    expectRefused(verifyModule(b.build()), 'READ_REF_CONFLICT', { offset: 4 });
  });

  it('keeps a borrow alive across a loop', () => {
    const b = new ModuleBuilder();
    // let r = &mut x; loop { if (c) break; x = 1 (conflict: r is used after the loop) }; *r = 2;
    b.fun('f', {
      params: ['bool'],
      locals: ['u64', mut('u64')],
      code: [
        [Op.LdU64, 0n], [Op.StLoc, 1], [Op.MutBorrowLoc, 1], [Op.StLoc, 2],
        [Op.CopyLoc, 0], [Op.BrTrue, 9], [Op.LdU64, 1n], [Op.StLoc, 1], [Op.Branch, 4],
        [Op.LdU64, 2n], [Op.MoveLoc, 2], [Op.WriteRef], [Op.Ret],
      ],
    });
    expectRefused(verifyModule(b.build()), 'STLOC_BORROWED', { offset: 7 });
  });
});
