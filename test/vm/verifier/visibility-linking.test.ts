// Check 9, visibility and linking: datatype instructions on own types only; handles match the
// dependencies; calls respect visibility; packages verify in dependency order.

import { describe, expect, it } from 'vitest';
import { Op } from '../../../vm/bytecode/opcodes.js';
import { verifyModule, verifyPackage } from '../../../vm/verifier/index.js';
import { dt, ModuleBuilder, OTHER, USER, withDeps } from './builder.js';
import { expectOk, expectRefused } from './refused.js';

/** A dependency `other::lib` with a struct and functions of every visibility. */
function library(address = OTHER) {
  const lib = new ModuleBuilder('lib', address);
  lib.struct('Token', [['v', 'u64']], { abilities: ['drop', 'store'] });
  lib.fun('pub', { returns: ['u64'], code: [[Op.LdU64, 1n], [Op.Ret]] });
  lib.fun('priv', { visibility: 'private', code: [[Op.Ret]] });
  lib.fun('priv_entry', { visibility: 'private', entry: true, code: [[Op.Ret]] });
  lib.fun('pkg', { visibility: 'package', code: [[Op.Ret]] });
  lib.fun('fr', { visibility: 'friend', code: [[Op.Ret]] });
  return lib.build();
}

function caller(name: string, opts: { params?: [] } = {}, address = USER) {
  const b = new ModuleBuilder('user', address);
  const lib = { address: OTHER, name: 'lib' };
  const h = b.functionHandle(name, name === 'pub' ? { returns: ['u64'] } : {}, lib);
  b.fun('f', { ...opts, code: name === 'pub' ? [[Op.Call, h, []], [Op.Pop], [Op.Ret]] : [[Op.Call, h, []], [Op.Ret]] });
  return b.build();
}

describe('visibility within the module', () => {
  it('refuses packing a struct of another module', () => {
    const b = new ModuleBuilder();
    const token = b.datatype('Token', { abilities: ['drop', 'store'] }, { address: OTHER, name: 'lib' });
    b.fun('f', { code: [[Op.LdU64, 1n], [Op.Pack, token, []], [Op.Pop], [Op.Ret]] });
    expectRefused(verifyModule(b.build()), 'DATATYPE_NOT_IN_MODULE', { function: 'f', offset: 1 });
  });

  it('refuses borrowing a field of a struct of another module', () => {
    const b = new ModuleBuilder();
    const token = b.datatype('Token', { abilities: ['drop', 'store'] }, { address: OTHER, name: 'lib' });
    b.fun('f', { params: [['ref', dt(token)]], code: [[Op.MoveLoc, 0], [Op.ImmBorrowField, token, 0, []], [Op.Pop], [Op.Ret]] });
    expectRefused(verifyModule(b.build()), 'DATATYPE_NOT_IN_MODULE');
  });
});

describe('linking', () => {
  const deps = () => withDeps(library());

  it('accepts a call to a public function and the use of a foreign type', () => {
    expectOk(verifyModule(caller('pub'), deps()));
    const b = new ModuleBuilder('user');
    const token = b.datatype('Token', { abilities: ['drop', 'store'] }, { address: OTHER, name: 'lib' });
    b.fun('f', { params: [dt(token)], code: [[Op.Ret]] });
    expectOk(verifyModule(b.build(), deps()));
  });

  it('refuses a call to a private function of another module', () => {
    expectRefused(verifyModule(caller('priv'), deps()), 'CALL_PRIVATE_FUNCTION', { function: 'f', offset: 0 });
  });

  it('refuses a call to a private entry function of another module', () => {
    expectRefused(verifyModule(caller('priv_entry'), deps()), 'CALL_PRIVATE_FUNCTION');
  });

  it('allows public(package) only within the same address, public(friend) only for friends', () => {
    expectRefused(verifyModule(caller('pkg'), deps()), 'CALL_PACKAGE_FUNCTION');
    expectOk(verifyModule(caller('pkg', {}, OTHER), deps()));
    expectRefused(verifyModule(caller('fr', {}, OTHER), deps()), 'CALL_FRIEND_FUNCTION');
    const friendly = library();
    friendly.friends.push({ address: OTHER, name: 'user' });
    expectOk(verifyModule(caller('fr', {}, OTHER), withDeps(friendly)));
  });

  it('refuses missing modules, datatypes and functions', () => {
    expectRefused(verifyModule(caller('pub'), withDeps()), 'LINK_MISSING_MODULE');
    expectRefused(verifyModule(caller('nope'), deps()), 'LINK_MISSING_FUNCTION');
    const b = new ModuleBuilder('user');
    b.datatype('Missing', {}, { address: OTHER, name: 'lib' });
    expectRefused(verifyModule(b.build(), deps()), 'LINK_MISSING_DATATYPE');
  });

  it('refuses handles that disagree with the definitions', () => {
    const b = new ModuleBuilder('user');
    b.datatype('Token', { abilities: ['copy', 'drop', 'store'] }, { address: OTHER, name: 'lib' });
    expectRefused(verifyModule(b.build(), deps()), 'LINK_DATATYPE_MISMATCH');
    const f = new ModuleBuilder('user');
    const h = f.functionHandle('pub', { returns: ['u8'] }, { address: OTHER, name: 'lib' });
    f.fun('f', { code: [[Op.Call, h, []], [Op.Pop], [Op.Ret]] });
    expectRefused(verifyModule(f.build(), deps()), 'LINK_FUNCTION_MISMATCH');
  });
});

describe('verifyPackage', () => {
  it('verifies modules in dependency order, whatever order they come in', () => {
    const lib = library(USER);
    const user = new ModuleBuilder('user', USER);
    const h = user.functionHandle('pkg', {}, { address: USER, name: 'lib' });
    user.fun('f', { code: [[Op.Call, h, []], [Op.Ret]] });
    expectOk(verifyPackage([user.build(), lib], withDeps()));
  });

  it('refuses a dependency cycle and duplicate modules', () => {
    const a = new ModuleBuilder('a');
    const b = new ModuleBuilder('b');
    a.moduleHandle(b.id);
    b.moduleHandle(a.id);
    expectRefused(verifyPackage([a.build(), b.build()]), 'CYCLIC_DEPENDENCY');
    expectRefused(verifyPackage([a.build(), a.build()]), 'DUPLICATE_MODULE_IN_PACKAGE');
  });

  it('names the module that failed', () => {
    const bad = new ModuleBuilder('bad');
    bad.fun('f', { code: [[Op.Nop]] });
    const r = verifyPackage([new ModuleBuilder('good').build(), bad.build()]);
    expectRefused(r, 'FALL_THROUGH_END');
    expect(!r.ok && r.error.module).toBe('0xcafe::bad');
  });
});
