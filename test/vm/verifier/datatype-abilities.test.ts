// Check 3, datatype field abilities: declared abilities need the same of fields (key needs
// store), type parameters count as having everything, phantom parameters stay phantom.

import { describe, it } from 'vitest';
import { verifyModule } from '../../../vm/verifier/index.js';
import { dt, ModuleBuilder, param, vec } from './builder.js';
import { expectOk, expectRefused } from './refused.js';

describe('datatype field abilities', () => {
  it('accepts fields with the declared abilities, and generic fields', () => {
    const b = new ModuleBuilder();
    const inner = b.struct('Inner', [['x', 'u64']], { abilities: ['copy', 'drop', 'store'] });
    b.struct('Outer', [['i', dt(inner)], ['v', vec('u8')], ['g', param(0)]], { abilities: ['copy', 'drop', 'store'], typeParams: [[]] });
    b.struct('Tagged', [['x', 'u64']], { abilities: ['drop'], typeParams: [{ constraints: 0, phantom: true }] });
    expectOk(verifyModule(b.build()));
  });

  it('refuses a copy struct with a field without copy', () => {
    const b = new ModuleBuilder();
    const res = b.struct('Res', [['x', 'u64']]);
    b.struct('S', [['r', dt(res)]], { abilities: ['copy'] });
    expectRefused(verifyModule(b.build()), 'FIELD_MISSING_ABILITY');
  });

  it('refuses a key struct with a field without store', () => {
    const b = new ModuleBuilder();
    const d = b.struct('D', [['x', 'u64']], { abilities: ['drop'] });
    b.struct('S', [['d', dt(d)]], { abilities: ['key'] });
    expectRefused(verifyModule(b.build()), 'FIELD_MISSING_ABILITY');
  });

  it('refuses a phantom parameter used as a field type or a non-phantom argument', () => {
    const phantom = [{ constraints: 0, phantom: true }];
    const b = new ModuleBuilder();
    b.struct('S', [['x', param(0)]], { typeParams: phantom });
    expectRefused(verifyModule(b.build()), 'INVALID_PHANTOM_POSITION');
    const v = new ModuleBuilder();
    v.struct('S', [['x', vec(param(0))]], { typeParams: phantom });
    expectRefused(verifyModule(v.build()), 'INVALID_PHANTOM_POSITION');
    const n = new ModuleBuilder();
    const box = n.struct('Box', [['x', param(0)]], { typeParams: [[]] });
    n.struct('S', [['b', dt(box, param(0))]], { typeParams: phantom });
    expectRefused(verifyModule(n.build()), 'INVALID_PHANTOM_POSITION');
    const ok = new ModuleBuilder();
    const tag = ok.struct('Tag', [], { typeParams: phantom });
    ok.struct('S', [['t', dt(tag, param(0))]], { typeParams: phantom });
    expectOk(verifyModule(ok.build()));
  });
});
