// Check 6, type safety: operand types, instantiated field and call types, abilities at every
// instruction that copies or destroys, and constraints at every instantiation.

import { describe, it } from 'vitest';
import { Op, type Instr } from '../../../vm/bytecode/opcodes.js';
import type { SigType } from '../../../vm/bytecode/module.js';
import { verifyModule } from '../../../vm/verifier/index.js';
import { dt, ModuleBuilder, mut, param, ref, vec } from './builder.js';
import { expectOk, expectRefused } from './refused.js';

/** A module with a resource `Res`, a copyable `Pair`, an enum `E`, and one function `f`. */
function moduleWith(code: Instr[], opts: { params?: SigType[]; returns?: SigType[]; locals?: SigType[] } = {}) {
  const b = new ModuleBuilder();
  const res = b.struct('Res', [['x', 'u64']]);
  const pair = b.struct('Pair', [['a', 'u64'], ['b', 'u8']], { abilities: ['copy', 'drop'] });
  const e = b.enum('E', [['A', [['x', 'u64']]]], { abilities: ['drop'] });
  const keyed = b.fun('keyed', { typeParams: [['copy']], params: [param(0)], native: true });
  b.fun('f', { ...opts, code });
  return { module: b.build(), res, pair, e, keyed };
}

describe('type safety', () => {
  it('accepts well-typed code', () => {
    const { pair } = moduleWith([]);
    expectOk(
      verifyModule(
        moduleWith(
          [[Op.LdU64, 1n], [Op.LdU8, 2], [Op.Pack, pair, []], [Op.StLoc, 0], [Op.ImmBorrowLoc, 0], [Op.ImmBorrowField, pair, 1, []], [Op.ReadRef], [Op.CastU64], [Op.LdU8, 3], [Op.Shl], [Op.Ret]],
          { returns: ['u64'], locals: [dt(pair)] },
        ).module,
      ),
    );
  });

  it('refuses arithmetic on mixed or non-integer types', () => {
    expectRefused(verifyModule(moduleWith([[Op.LdU64, 1n], [Op.LdU8, 1], [Op.Add], [Op.Pop], [Op.Ret]]).module), 'INTEGER_OP_TYPE_MISMATCH');
    expectRefused(verifyModule(moduleWith([[Op.LdTrue], [Op.CastU8], [Op.Pop], [Op.Ret]]).module), 'INTEGER_OP_TYPE_MISMATCH');
    expectRefused(verifyModule(moduleWith([[Op.LdU64, 1n], [Op.LdU64, 1n], [Op.Shl], [Op.Pop], [Op.Ret]]).module), 'SHIFT_AMOUNT_NOT_U8');
  });

  it('refuses non-bool conditions and non-u64 abort codes', () => {
    expectRefused(verifyModule(moduleWith([[Op.LdU64, 1n], [Op.BrTrue, 2], [Op.Ret]]).module), 'BOOLEAN_OP_TYPE_MISMATCH');
    expectRefused(verifyModule(moduleWith([[Op.LdU8, 1], [Op.Abort]]).module), 'ABORT_CODE_NOT_U64');
  });

  it('refuses copying and dropping what lacks copy and drop', () => {
    const { res } = moduleWith([]);
    expectRefused(verifyModule(moduleWith([[Op.CopyLoc, 0], [Op.Ret]], { params: [dt(res)], returns: [dt(res)] }).module), 'COPY_WITHOUT_COPY');
    expectRefused(verifyModule(moduleWith([[Op.LdU64, 1n], [Op.Pack, res, []], [Op.Pop], [Op.Ret]]).module), 'DROP_WITHOUT_DROP');
    expectRefused(verifyModule(moduleWith([[Op.MoveLoc, 0], [Op.ReadRef], [Op.Ret]], { params: [ref(dt(res))], returns: [dt(res)] }).module), 'COPY_WITHOUT_COPY');
    expectRefused(
      verifyModule(moduleWith([[Op.MoveLoc, 1], [Op.MoveLoc, 0], [Op.WriteRef], [Op.Ret]], { params: [mut(dt(res)), dt(res)] }).module),
      'DROP_WITHOUT_DROP',
    );
    expectRefused(verifyModule(moduleWith([[Op.MoveLoc, 0], [Op.MoveLoc, 1], [Op.Eq], [Op.Pop], [Op.Ret]], { params: [dt(res), dt(res)] }).module), 'DROP_WITHOUT_DROP');
  });

  it('refuses writes through immutable references and reads of non-references', () => {
    expectRefused(verifyModule(moduleWith([[Op.LdU64, 1n], [Op.MoveLoc, 0], [Op.WriteRef], [Op.Ret]], { params: [ref('u64')] }).module), 'REFERENCE_TYPE_MISMATCH');
    expectRefused(verifyModule(moduleWith([[Op.LdU64, 1n], [Op.ReadRef], [Op.Pop], [Op.Ret]]).module), 'REFERENCE_TYPE_MISMATCH');
    expectRefused(verifyModule(moduleWith([[Op.ImmBorrowLoc, 0], [Op.Pop], [Op.Ret]], { params: [ref('u64')] }).module), 'BORROW_LOC_REFERENCE');
  });

  it('refuses call arguments of the wrong type and unmet constraints', () => {
    const { res, keyed } = moduleWith([]);
    expectRefused(verifyModule(moduleWith([[Op.LdU8, 1], [Op.Call, keyed, ['u64']], [Op.Ret]]).module), 'CALL_TYPE_MISMATCH');
    expectRefused(verifyModule(moduleWith([[Op.MoveLoc, 0], [Op.Call, keyed, [dt(res)]], [Op.Ret]], { params: [dt(res)] }).module), 'CONSTRAINT_NOT_SATISFIED');
    expectOk(verifyModule(moduleWith([[Op.LdU64, 1n], [Op.Call, keyed, ['u64']], [Op.Ret]]).module));
  });

  it('accepts &mut where & is expected, but not the reverse', () => {
    const b = new ModuleBuilder();
    const read = b.fun('read', { params: [ref('u64')], returns: ['u64'], code: [[Op.MoveLoc, 0], [Op.ReadRef], [Op.Ret]] });
    b.fun('f', { params: [mut('u64')], returns: ['u64'], code: [[Op.MoveLoc, 0], [Op.Call, read, []], [Op.Ret]] });
    expectOk(verifyModule(b.build()));
    const c = new ModuleBuilder();
    const write = c.fun('write', { params: [mut('u64')], code: [[Op.LdU64, 0n], [Op.MoveLoc, 0], [Op.WriteRef], [Op.Ret]] });
    c.fun('f', { params: [ref('u64')], code: [[Op.MoveLoc, 0], [Op.Call, write, []], [Op.Ret]] });
    expectRefused(verifyModule(c.build()), 'CALL_TYPE_MISMATCH');
  });

  it('refuses packing, unpacking and borrowing with the wrong types', () => {
    const { pair, res, e } = moduleWith([]);
    expectRefused(verifyModule(moduleWith([[Op.LdU64, 1n], [Op.LdU64, 2n], [Op.Pack, pair, []], [Op.Pop], [Op.Ret]]).module), 'PACK_TYPE_MISMATCH');
    expectRefused(verifyModule(moduleWith([[Op.MoveLoc, 0], [Op.Unpack, pair, []], [Op.Pop], [Op.Pop], [Op.Ret]], { params: [dt(res)] }).module), 'UNPACK_TYPE_MISMATCH');
    expectRefused(verifyModule(moduleWith([[Op.MoveLoc, 0], [Op.MutBorrowField, pair, 0, []], [Op.Pop], [Op.Ret]], { params: [ref(dt(pair))] }).module), 'BORROW_FIELD_TYPE_MISMATCH');
    expectRefused(verifyModule(moduleWith([[Op.MoveLoc, 0], [Op.ImmBorrowField, pair, 0, []], [Op.Pop], [Op.Ret]], { params: [ref(dt(res))] }).module), 'BORROW_FIELD_TYPE_MISMATCH');
    expectRefused(verifyModule(moduleWith([[Op.MoveLoc, 0], [Op.VariantSwitch, e, [2]], [Op.Ret]], { params: [ref(dt(pair))] }).module), 'VARIANT_SWITCH_TYPE_MISMATCH');
  });

  it('checks vector instructions against their element type', () => {
    expectRefused(verifyModule(moduleWith([[Op.LdU8, 1], [Op.VecPack, 'u64', 1], [Op.Pop], [Op.Ret]]).module), 'VECTOR_OP_TYPE_MISMATCH');
    expectRefused(verifyModule(moduleWith([[Op.MoveLoc, 0], [Op.LdU8, 1], [Op.VecPushBack, 'u64'], [Op.Ret]], { params: [mut(vec('u64'))] }).module), 'VECTOR_OP_TYPE_MISMATCH');
    expectRefused(verifyModule(moduleWith([[Op.MoveLoc, 0], [Op.VecPopBack, 'u64'], [Op.Pop], [Op.Ret]], { params: [ref(vec('u64'))] }).module), 'VECTOR_OP_TYPE_MISMATCH');
    expectOk(verifyModule(moduleWith([[Op.MoveLoc, 0], [Op.LdU64, 0n], [Op.LdU64, 1n], [Op.VecSwap, 'u64'], [Op.Ret]], { params: [mut(vec('u64'))] }).module));
  });

  it('refuses Ret and StLoc of the wrong type, and Eq of different types', () => {
    expectRefused(verifyModule(moduleWith([[Op.LdU8, 1], [Op.Ret]], { returns: ['u64'] }).module), 'RET_TYPE_MISMATCH');
    expectRefused(verifyModule(moduleWith([[Op.LdU8, 1], [Op.StLoc, 0], [Op.Ret]], { locals: ['u64'] }).module), 'STLOC_TYPE_MISMATCH');
    expectRefused(verifyModule(moduleWith([[Op.LdU8, 1], [Op.LdU64, 1n], [Op.Eq], [Op.Pop], [Op.Ret]]).module), 'EQUALITY_OP_TYPE_MISMATCH');
  });
});
