// Code in the shapes a Move compiler emits must pass: the verifier may be stricter than Move,
// but not on these. Each case is written as the compiler lowers the Move source in its comment.

import { describe, it } from 'vitest';
import { Op } from '../../../vm/bytecode/opcodes.js';
import { verifyModule } from '../../../vm/verifier/index.js';
import { dt, ModuleBuilder, mut, ref, SUI, vec } from './builder.js';
import { expectOk, expectRefused } from './refused.js';

describe('compiled code shapes', () => {
  it('v: &mut vector<u64>; while (i < v.length()) { let e = &mut v[i]; *e = *e + 1; i = i + 1 }', () => {
    const b = new ModuleBuilder();
    b.fun('bump_all', {
      params: [mut(vec('u64'))],
      locals: ['u64', mut('u64')],
      code: [
        [Op.LdU64, 0n], [Op.StLoc, 1],
        /* 2: loop head */ [Op.CopyLoc, 1], [Op.CopyLoc, 0], [Op.VecLen, 'u64'], [Op.Lt], [Op.BrFalse, 22],
        /* 7 */ [Op.CopyLoc, 0], [Op.CopyLoc, 1], [Op.VecMutBorrow, 'u64'], [Op.StLoc, 2],
        /* 11 */ [Op.CopyLoc, 2], [Op.ReadRef], [Op.LdU64, 1n], [Op.Add], [Op.MoveLoc, 2], [Op.WriteRef],
        /* 17 */ [Op.CopyLoc, 1], [Op.LdU64, 1n], [Op.Add], [Op.StLoc, 1], [Op.Branch, 2],
        /* 22 */ [Op.Ret],
      ],
    });
    expectOk(verifyModule(b.build()));
  });

  it('self.items.push_back(self.count), with self: &mut S', () => {
    const b = new ModuleBuilder();
    const s = b.struct('S', [['items', vec('u64')], ['count', 'u64']], { abilities: ['drop'] });
    b.fun('push_count', {
      params: [mut(dt(s))],
      code: [
        [Op.CopyLoc, 0], [Op.MutBorrowField, s, 0, []],
        [Op.MoveLoc, 0], [Op.ImmBorrowField, s, 1, []], [Op.ReadRef],
        [Op.VecPushBack, 'u64'], [Op.Ret],
      ],
    });
    expectOk(verifyModule(b.build()));
  });

  it('let a = &mut self.x; let b = &mut self.x; is refused, self.x and self.y are not', () => {
    const b = new ModuleBuilder();
    const s = b.struct('S', [['x', 'u64'], ['y', 'u64']], { abilities: ['drop'] });
    const both = b.fun('both', { params: [mut('u64'), mut('u64')], native: true });
    b.fun('f', {
      params: [mut(dt(s))],
      code: [[Op.CopyLoc, 0], [Op.MutBorrowField, s, 0, []], [Op.MoveLoc, 0], [Op.MutBorrowField, s, 0, []], [Op.Call, both, []], [Op.Ret]],
    });
    expectRefused(verifyModule(b.build()), 'BORROW_FIELD_CONFLICT', { offset: 3 });
  });

  it('sender(ctx) then object::new(ctx), with ctx: &mut TxContext passed where & is expected', () => {
    const b = new ModuleBuilder();
    const ctx = b.txContext();
    const sender = b.functionHandle('sender', { params: [ref(dt(ctx))], returns: ['address'] }, { address: SUI, name: 'tx_context' });
    b.fun('f', {
      params: [mut(dt(ctx))],
      code: [[Op.CopyLoc, 0], [Op.Call, sender, []], [Op.Pop], [Op.MoveLoc, 0], [Op.Call, b.objectNew(), []], [Op.Call, b.objectDelete(), []], [Op.Ret]],
    });
    expectOk(verifyModule(b.build()));
  });

  it('match (&e) through a local reference, then moving e', () => {
    const b = new ModuleBuilder();
    const e = b.enum('E', [['A', [['x', 'u64']]], ['B', []]], { abilities: ['drop'] });
    b.fun('f', {
      params: [dt(e)],
      returns: ['u64'],
      locals: [ref(dt(e))],
      code: [
        [Op.ImmBorrowLoc, 0], [Op.StLoc, 1], [Op.CopyLoc, 1], [Op.VariantSwitch, e, [4, 8]],
        [Op.MoveLoc, 1], [Op.UnpackVariantImmRef, e, 0, []], [Op.ReadRef], [Op.Ret],
        [Op.MoveLoc, 0], [Op.Pop], [Op.LdU64, 0n], [Op.Ret],
      ],
    });
    expectOk(verifyModule(b.build()));
  });
});
