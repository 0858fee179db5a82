// Check 1, bounds and duplication: one hand-made bad module per rule, and a minimal good one.

import { describe, it } from 'vitest';
import type { CompiledModule } from '../../../vm/bytecode/module.js';
import { Op, type Instr } from '../../../vm/bytecode/opcodes.js';
import { verifyModule } from '../../../vm/verifier/index.js';
import { dt, ModuleBuilder, OTHER, ref, USER } from './builder.js';
import { expectOk, expectRefused } from './refused.js';

function withCode(code: Instr[], locals: CompiledModule['functions'][number]['locals'] = []): CompiledModule {
  const b = new ModuleBuilder();
  b.fun('f', { code, locals });
  return b.build();
}

describe('bounds and duplication', () => {
  it('accepts a minimal module', () => {
    expectOk(verifyModule(withCode([[Op.Ret]])));
    expectOk(verifyModule(new ModuleBuilder().build()));
  });

  it('refuses a branch out of range', () => {
    expectRefused(verifyModule(withCode([[Op.Branch, 5]])), 'BRANCH_OFFSET_OUT_OF_BOUNDS', { function: 'f', offset: 0 });
    expectRefused(verifyModule(withCode([[Op.LdTrue], [Op.BrTrue, -1], [Op.Ret]])), 'BRANCH_OFFSET_OUT_OF_BOUNDS');
  });

  it('refuses locals, constants and handles out of range', () => {
    expectRefused(verifyModule(withCode([[Op.CopyLoc, 0], [Op.Pop], [Op.Ret]])), 'LOCAL_INDEX_OUT_OF_BOUNDS');
    expectRefused(verifyModule(withCode([[Op.LdConst, 0], [Op.Pop], [Op.Ret]])), 'CONSTANT_INDEX_OUT_OF_BOUNDS');
    expectRefused(verifyModule(withCode([[Op.Call, 7, []], [Op.Ret]])), 'FUNCTION_INDEX_OUT_OF_BOUNDS');
    expectRefused(verifyModule(withCode([[Op.Ret]], [dt(3)])), 'DATATYPE_INDEX_OUT_OF_BOUNDS');
  });

  it('refuses unknown opcodes, wrong operands and literals out of range', () => {
    expectRefused(verifyModule(withCode([[99], [Op.Ret]])), 'UNKNOWN_OPCODE');
    expectRefused(verifyModule(withCode([[Op.LdU64], [Op.Ret]])), 'OPERAND_MISMATCH');
    expectRefused(verifyModule(withCode([[Op.LdU64, 1], [Op.Pop], [Op.Ret]])), 'OPERAND_MISMATCH');
    expectRefused(verifyModule(withCode([[Op.LdU8, 256], [Op.Pop], [Op.Ret]])), 'LITERAL_OUT_OF_RANGE');
    expectRefused(verifyModule(withCode([[Op.LdU64, 1n << 64n], [Op.Pop], [Op.Ret]])), 'LITERAL_OUT_OF_RANGE');
  });

  it('refuses a module that is not shaped like one', () => {
    const m = withCode([[Op.Ret]]) as unknown as Record<string, unknown>;
    expectRefused(verifyModule({ ...m, functions: 3 } as unknown as CompiledModule), 'MALFORMED_MODULE');
    expectRefused(verifyModule(withCode([[Op.Ret]], [['tuple', 'u8'] as never])), 'MALFORMED_TYPE');
    expectRefused(verifyModule({ ...m, moduleHandles: [] } as unknown as CompiledModule), 'NO_SELF_MODULE_HANDLE');
    expectRefused(verifyModule({ ...m, moduleHandles: [{ address: '0x1', name: 'm' }] } as unknown as CompiledModule), 'INVALID_MODULE_ID');
  });

  it('refuses duplicate handles and names', () => {
    const b = new ModuleBuilder();
    b.module.moduleHandles.push({ address: OTHER, name: 'x' }, { address: OTHER, name: 'x' });
    expectRefused(verifyModule(b.build()), 'DUPLICATE_MODULE_HANDLE');

    const f = new ModuleBuilder();
    f.fun('f');
    f.module.functionHandles.push({ ...f.module.functionHandles[0]! });
    expectRefused(verifyModule(f.build()), 'DUPLICATE_FUNCTION_HANDLE');

    const s = new ModuleBuilder();
    s.struct('S', [['a', 'u64'], ['a', 'bool']]);
    expectRefused(verifyModule(s.build()), 'DUPLICATE_FIELD_NAME');

    const e = new ModuleBuilder();
    e.enum('E', [['A', []], ['A', []]]);
    expectRefused(verifyModule(e.build()), 'DUPLICATE_VARIANT_NAME');
  });

  it('refuses definitions of foreign handles, missing and repeated definitions', () => {
    const b = new ModuleBuilder();
    const h = b.datatype('S', {}, { address: OTHER, name: 'o' });
    b.module.structs.push({ handle: h, fields: [], positional: false });
    expectRefused(verifyModule(b.build()), 'DEFINITION_NOT_IN_SELF_MODULE');

    const u = new ModuleBuilder();
    u.datatype('S');
    expectRefused(verifyModule(u.build()), 'UNIMPLEMENTED_HANDLE');

    const d = new ModuleBuilder();
    d.fun('f');
    d.module.functions.push({ ...d.module.functions[0]! });
    expectRefused(verifyModule(d.build()), 'DUPLICATE_DEFINITION');
  });

  it('refuses bad identifiers, enums without variants and bad function flags', () => {
    const b = new ModuleBuilder();
    b.struct('S', [['not an identifier', 'u64']]);
    expectRefused(verifyModule(b.build()), 'INVALID_IDENTIFIER');
    const e = new ModuleBuilder();
    e.enum('E', []);
    expectRefused(verifyModule(e.build()), 'EMPTY_ENUM');
    const f = new ModuleBuilder();
    f.fun('f', { visibility: 'internal' as never });
    expectRefused(verifyModule(f.build()), 'INVALID_FUNCTION_FLAGS');
  });

  it('checks field and variant indices against this module\'s definitions', () => {
    const b = new ModuleBuilder();
    const s = b.struct('S', [['a', 'u64']], { abilities: ['drop'] });
    b.fun('f', { params: [ref(dt(s))], code: [[Op.MoveLoc, 0], [Op.ImmBorrowField, s, 1, []], [Op.Pop], [Op.Ret]] });
    expectRefused(verifyModule(b.build()), 'FIELD_INDEX_OUT_OF_BOUNDS');

    const e = new ModuleBuilder();
    const en = e.enum('E', [['A', []]], { abilities: ['drop'] });
    e.fun('f', { code: [[Op.PackVariant, en, 1, []], [Op.Pop], [Op.Ret]] });
    expectRefused(verifyModule(e.build()), 'VARIANT_INDEX_OUT_OF_BOUNDS');

    const k = new ModuleBuilder();
    const en2 = k.enum('E', [['A', []]], { abilities: ['drop'] });
    k.fun('f', { code: [[Op.Pack, en2, []], [Op.Pop], [Op.Ret]] });
    expectRefused(verifyModule(k.build()), 'DATATYPE_KIND_MISMATCH');

    const w = new ModuleBuilder();
    const en3 = w.enum('E', [['A', []], ['B', []]], { abilities: ['drop'] });
    w.fun('f', { params: [ref(dt(en3))], code: [[Op.MoveLoc, 0], [Op.VariantSwitch, en3, [2]], [Op.Ret]] });
    expectRefused(verifyModule(w.build()), 'VARIANT_SWITCH_ARITY');
  });

  it('checks constants against their types', () => {
    const b = new ModuleBuilder();
    b.constant('u64', 5n);
    b.constant('vector' as never, 1n);
    expectRefused(verifyModule(b.build()), 'MALFORMED_TYPE');
    const c = new ModuleBuilder();
    c.constant('u64', 5);
    expectRefused(verifyModule(c.build()), 'CONSTANT_VALUE_MISMATCH');
    const v = new ModuleBuilder();
    v.constant(['vector', 'u8'], new Uint8Array([1, 2]));
    v.constant(['vector', 'bool'], [true, false]);
    expectOk(verifyModule(v.build()));
    const t = new ModuleBuilder();
    const s = t.struct('S', []);
    t.constant(dt(s), []);
    expectRefused(verifyModule(t.build()), 'INVALID_CONSTANT_TYPE');
  });

  it('checks friends', () => {
    const b = new ModuleBuilder();
    b.module.friends.push({ address: USER, name: 'm' });
    expectRefused(verifyModule(b.build()), 'INVALID_FRIEND');
    const o = new ModuleBuilder();
    o.module.friends.push({ address: OTHER, name: 'x' });
    expectRefused(verifyModule(o.build()), 'INVALID_FRIEND');
    const ok = new ModuleBuilder();
    ok.module.friends.push({ address: USER, name: 'x' });
    expectOk(verifyModule(ok.build()));
  });
});
