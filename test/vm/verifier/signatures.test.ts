// Check 2, signatures: references only at the top, type parameters in scope, arities and
// constraints of datatype applications and instruction instantiations.

import { describe, it } from 'vitest';
import { Op } from '../../../vm/bytecode/opcodes.js';
import { verifyModule } from '../../../vm/verifier/index.js';
import { dt, ModuleBuilder, param, ref, vec } from './builder.js';
import { expectOk, expectRefused } from './refused.js';

describe('signatures', () => {
  it('accepts references at the top of parameters, returns and locals', () => {
    const b = new ModuleBuilder();
    b.fun('f', { params: [ref('u64')], returns: [ref('u64')], locals: [ref('u64')], code: [[Op.MoveLoc, 0], [Op.Ret]] });
    expectOk(verifyModule(b.build()));
  });

  it('refuses references inside vectors, fields, other references and type arguments', () => {
    const v = new ModuleBuilder();
    v.fun('f', { params: [vec(ref('u64'))], native: true });
    expectRefused(verifyModule(v.build()), 'REFERENCE_NOT_ALLOWED');
    const s = new ModuleBuilder();
    s.struct('S', [['r', ref('u64')]]);
    expectRefused(verifyModule(s.build()), 'REFERENCE_NOT_ALLOWED');
    const r = new ModuleBuilder();
    r.fun('f', { params: [ref(ref('u64'))], native: true });
    expectRefused(verifyModule(r.build()), 'REFERENCE_NOT_ALLOWED');
    const t = new ModuleBuilder();
    const id = t.fun('id', { typeParams: [[]], params: [param(0)], returns: [param(0)], native: true });
    t.fun('f', { code: [[Op.Call, id, [ref('u64')]], [Op.Pop], [Op.Ret]] });
    expectRefused(verifyModule(t.build()), 'REFERENCE_NOT_ALLOWED');
  });

  it('refuses type parameters out of scope', () => {
    const b = new ModuleBuilder();
    b.fun('f', { typeParams: [[]], params: [param(1)], native: true });
    expectRefused(verifyModule(b.build()), 'TYPE_PARAM_OUT_OF_BOUNDS');
    const s = new ModuleBuilder();
    s.struct('S', [['x', param(0)]]);
    expectRefused(verifyModule(s.build()), 'TYPE_PARAM_OUT_OF_BOUNDS');
  });

  it('refuses datatypes applied to the wrong number of arguments', () => {
    const b = new ModuleBuilder();
    const box = b.struct('Box', [['x', param(0)]], { typeParams: [[]] });
    b.fun('f', { params: [dt(box)], native: true });
    expectRefused(verifyModule(b.build()), 'TYPE_ARITY_MISMATCH');
  });

  it('refuses a datatype argument that breaks the constraint', () => {
    const b = new ModuleBuilder();
    const nocopy = b.struct('NoCopy', []);
    const box = b.struct('Box', [['x', param(0)]], { typeParams: [['copy']] });
    b.fun('f', { params: [dt(box, dt(nocopy))], native: true });
    expectRefused(verifyModule(b.build()), 'SIGNATURE_CONSTRAINT_NOT_SATISFIED');
    const ok = new ModuleBuilder();
    const box2 = ok.struct('Box', [['x', param(0)]], { typeParams: [['copy']] });
    ok.fun('f', { typeParams: [['copy']], params: [dt(box2, param(0))], native: true });
    expectOk(verifyModule(ok.build()));
  });

  it('refuses instructions with the wrong number of type arguments', () => {
    const b = new ModuleBuilder();
    const id = b.fun('id', { typeParams: [[]], params: [param(0)], returns: [param(0)], native: true });
    b.fun('f', { code: [[Op.LdU64, 1n], [Op.Call, id, []], [Op.Pop], [Op.Ret]] });
    expectRefused(verifyModule(b.build()), 'INSTANTIATION_ARITY_MISMATCH');
  });
});
