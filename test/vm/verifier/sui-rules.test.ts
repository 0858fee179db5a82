// Check 10, Sui object rules: objects start with `id: UID`, enums are not objects, private
// generics, entry signatures, `init` and one-time witnesses, and fresh UIDs.

import { describe, expect, it } from 'vitest';
import { Op } from '../../../vm/bytecode/opcodes.js';
import { verifyModule } from '../../../vm/verifier/index.js';
import { dt, ModuleBuilder, mut, OTHER, param, ref, SUI, withDeps } from './builder.js';
import { expectOk, expectRefused } from './refused.js';

function objectModule(name = 'm') {
  const b = new ModuleBuilder(name);
  const uid = b.uid();
  const ctx = b.txContext();
  const obj = b.struct('Obj', [['id', dt(uid)], ['value', 'u64']], { abilities: ['key', 'store'] });
  return { b, uid, ctx, obj };
}

describe('objects', () => {
  it('refuses a key struct whose first field is not id: UID', () => {
    const b = new ModuleBuilder();
    const uid = b.uid();
    b.struct('Obj', [['value', 'u64'], ['id', dt(uid)]], { abilities: ['key'] });
    expectRefused(verifyModule(b.build()), 'KEY_STRUCT_WITHOUT_ID');
    const n = new ModuleBuilder();
    n.struct('Obj', [['id', 'address']], { abilities: ['key'] });
    expectRefused(verifyModule(n.build()), 'KEY_STRUCT_WITHOUT_ID');
  });

  it('refuses an enum with key', () => {
    const b = new ModuleBuilder();
    b.enum('E', [['A', []]], { abilities: ['key'] });
    expectRefused(verifyModule(b.build()), 'ENUM_WITH_KEY');
  });
});

describe('private generics', () => {
  it('accepts transfer of an own type and public_transfer of a foreign one', () => {
    const { b, obj } = objectModule();
    const foreign = b.datatype('Coin', { abilities: ['key', 'store'] }, { address: OTHER, name: 'lib' });
    b.fun('own', { params: [dt(obj)], code: [[Op.MoveLoc, 0], [Op.LdConst, b.constant('address', OTHER)], [Op.Call, b.transfer(), [dt(obj)]], [Op.Ret]] });
    b.fun('theirs', { params: [dt(foreign)], code: [[Op.MoveLoc, 0], [Op.LdConst, 0], [Op.Call, b.publicTransfer(), [dt(foreign)]], [Op.Ret]] });
    expectOk(verifyModule(b.build()));
  });

  it('refuses transfer of a foreign type', () => {
    const b = new ModuleBuilder();
    const foreign = b.datatype('Coin', { abilities: ['key', 'store'] }, { address: OTHER, name: 'lib' });
    b.fun('steal', { params: [dt(foreign), 'address'], code: [[Op.MoveLoc, 0], [Op.MoveLoc, 1], [Op.Call, b.transfer(), [dt(foreign)]], [Op.Ret]] });
    expectRefused(verifyModule(b.build()), 'PRIVATE_GENERICS_FOREIGN_TYPE', { function: 'steal', offset: 2 });
  });

  it('refuses public_transfer of a foreign type that lacks store', () => {
    const b = new ModuleBuilder();
    const foreign = b.datatype('Ticket', { abilities: ['key'] }, { address: OTHER, name: 'lib' });
    b.fun('pass', { params: [dt(foreign), 'address'], code: [[Op.MoveLoc, 0], [Op.MoveLoc, 1], [Op.Call, b.publicTransfer(), [dt(foreign)]], [Op.Ret]] });
    const r = verifyModule(b.build());
    if (r.ok) throw new Error('public_transfer of a key-only foreign type was accepted');
    expect(r.error.name).toMatch(/CONSTRAINT/);
    expect(r.error.function).toBe('pass');
  });

  it('refuses share_object of a type parameter and emit of a foreign event', () => {
    const b = new ModuleBuilder();
    b.fun('share', { typeParams: [['key']], params: [param(0)], code: [[Op.MoveLoc, 0], [Op.Call, b.transfer('share_object'), [param(0)]], [Op.Ret]] });
    expectRefused(verifyModule(b.build()), 'PRIVATE_GENERICS_FOREIGN_TYPE');
    const e = new ModuleBuilder();
    const ev = e.datatype('Ev', { abilities: ['copy', 'drop'] }, { address: OTHER, name: 'lib' });
    e.fun('emit', { params: [dt(ev)], code: [[Op.MoveLoc, 0], [Op.Call, e.emit(), [dt(ev)]], [Op.Ret]] });
    expectRefused(verifyModule(e.build()), 'PRIVATE_GENERICS_FOREIGN_TYPE');
  });

  it('exempts the framework', () => {
    const b = new ModuleBuilder('helper', SUI);
    b.fun('share', { typeParams: [['key']], params: [param(0)], code: [[Op.MoveLoc, 0], [Op.Call, b.transfer('share_object'), [param(0)]], [Op.Ret]] });
    expectOk(verifyModule(b.build()));
  });
});

describe('fresh UIDs', () => {
  it('accepts an object packed with a UID from object::new, also through a local', () => {
    const { b, ctx, obj } = objectModule();
    b.fun('new', {
      params: [mut(dt(ctx))],
      returns: [dt(obj)],
      locals: [dt(b.uid())],
      code: [[Op.MoveLoc, 0], [Op.Call, b.objectNew(), []], [Op.StLoc, 1], [Op.MoveLoc, 1], [Op.LdU64, 0n], [Op.Pack, obj, []], [Op.Ret]],
    });
    expectOk(verifyModule(b.build(), withDeps()));
  });

  it('refuses a UID reused from an unpacked object', () => {
    const { b, uid, obj } = objectModule();
    const other = b.struct('Other', [['id', dt(uid)], ['value', 'u64']], { abilities: ['key'] });
    b.fun('rewrap', { params: [dt(obj)], returns: [dt(other)], code: [[Op.MoveLoc, 0], [Op.Unpack, obj, []], [Op.Pack, other, []], [Op.Ret]] });
    expectRefused(verifyModule(b.build()), 'ID_NOT_FRESH', { function: 'rewrap', offset: 2 });
  });

  it('refuses a non-fresh UID stored in a local, then packed', () => {
    const { b, uid, obj } = objectModule();
    b.fun('from_local', {
      params: [dt(obj)],
      returns: [dt(obj)],
      locals: [dt(uid), 'u64'],
      code: [[Op.MoveLoc, 0], [Op.Unpack, obj, []], [Op.StLoc, 2], [Op.StLoc, 1], [Op.MoveLoc, 1], [Op.MoveLoc, 2], [Op.Pack, obj, []], [Op.Ret]],
    });
    expectRefused(verifyModule(b.build()), 'ID_NOT_FRESH', { function: 'from_local', offset: 6 });
  });

  it('refuses a UID that comes from a parameter', () => {
    const { b, uid, obj } = objectModule();
    b.fun('wrap', { params: [dt(uid)], returns: [dt(obj)], code: [[Op.MoveLoc, 0], [Op.LdU64, 0n], [Op.Pack, obj, []], [Op.Ret]] });
    expectRefused(verifyModule(b.build()), 'ID_NOT_FRESH');
  });
});

describe('entry functions', () => {
  it('accepts pure values, objects and a final &mut TxContext', () => {
    const { b, ctx, obj } = objectModule();
    b.fun('go', { visibility: 'private', entry: true, params: ['u64', ['vector', 'u8'], ref(dt(obj)), mut(dt(ctx))], code: [[Op.Ret]] });
    expectOk(verifyModule(b.build()));
  });

  it('refuses an entry function returning a value without drop, or a reference', () => {
    const { b, ctx, obj } = objectModule();
    b.fun('make', { entry: true, params: [mut(dt(ctx))], returns: [dt(obj)], code: [[Op.MoveLoc, 0], [Op.Call, b.objectNew(), []], [Op.LdU64, 0n], [Op.Pack, obj, []], [Op.Ret]] });
    expectRefused(verifyModule(b.build()), 'ENTRY_INVALID_RETURN', { function: 'make' });
    const r = objectModule();
    r.b.fun('peek', { entry: true, params: [ref(dt(r.obj))], returns: [ref('u64')], code: [[Op.MoveLoc, 0], [Op.ImmBorrowField, r.obj, 1, []], [Op.Ret]] });
    expectRefused(verifyModule(r.b.build()), 'ENTRY_INVALID_RETURN');
  });

  it('refuses parameters a transaction cannot supply, and TxContext not last', () => {
    const { b } = objectModule();
    const plain = b.struct('Plain', [['x', 'u64']], { abilities: ['drop'] });
    b.fun('go', { entry: true, params: [dt(plain)], code: [[Op.Ret]] });
    expectRefused(verifyModule(b.build()), 'ENTRY_INVALID_PARAM');
    const t = objectModule();
    t.b.fun('go', { entry: true, params: [mut(dt(t.ctx)), 'u64'], code: [[Op.Ret]] });
    expectRefused(verifyModule(t.b.build()), 'ENTRY_INVALID_PARAM');
  });
});

describe('init and the one-time witness', () => {
  function coinModule(opts: { witness?: 'drop' | 'copy-drop'; initVisibility?: 'private' | 'public'; packIn?: 'f'; test?: boolean } = {}) {
    const b = new ModuleBuilder('coin');
    const ctx = b.txContext();
    const coin = b.struct('COIN', [], { abilities: opts.witness === 'copy-drop' ? ['copy', 'drop'] : ['drop'] });
    const init = b.fun('init', { visibility: opts.initVisibility ?? 'private', params: [dt(coin), mut(dt(ctx))], code: [[Op.Ret]] });
    return { b, ctx, coin, init };
  }

  it('accepts init(witness, ctx) with a valid witness', () => {
    expectOk(verifyModule(coinModule().b.build()));
    const b = new ModuleBuilder('plain');
    b.fun('init', { visibility: 'private', params: [ref(dt(b.txContext()))], code: [[Op.Ret]] });
    expectOk(verifyModule(b.build()));
  });

  it('refuses an init that is public, entry, generic, returns or has other parameters', () => {
    expectRefused(verifyModule(coinModule({ initVisibility: 'public' }).b.build()), 'INIT_NOT_PRIVATE');
    const e = coinModule();
    e.b.module.functions[0]!.entry = true;
    expectRefused(verifyModule(e.b.build()), 'INIT_IS_ENTRY');
    const g = new ModuleBuilder('g');
    g.fun('init', { visibility: 'private', typeParams: [[]], params: [mut(dt(g.txContext()))], code: [[Op.Ret]] });
    expectRefused(verifyModule(g.build()), 'INIT_HAS_TYPE_PARAMS');
    const r = new ModuleBuilder('r');
    r.fun('init', { visibility: 'private', params: [mut(dt(r.txContext()))], returns: ['u64'], code: [[Op.LdU64, 0n], [Op.Ret]] });
    expectRefused(verifyModule(r.build()), 'INIT_RETURNS_VALUES');
    const p = new ModuleBuilder('p');
    p.fun('init', { visibility: 'private', params: ['u64'], code: [[Op.Ret]] });
    expectRefused(verifyModule(p.build()), 'INIT_BAD_PARAMS');
    const w = new ModuleBuilder('w');
    const notWitness = w.struct('Other', [], { abilities: ['drop'] });
    w.fun('init', { visibility: 'private', params: [dt(notWitness), mut(dt(w.txContext()))], code: [[Op.Ret]] });
    expectRefused(verifyModule(w.build()), 'INIT_FIRST_PARAM_NOT_OTW');
  });

  it('refuses a witness with abilities other than drop', () => {
    expectRefused(verifyModule(coinModule({ witness: 'copy-drop' }).b.build()), 'OTW_INVALID');
  });

  it('refuses code that calls init or packs the witness, except test code in test mode', () => {
    const c = coinModule();
    c.b.fun('again', { params: [mut(dt(c.ctx))], code: [[Op.Pack, c.coin, []], [Op.MoveLoc, 0], [Op.Call, c.init, []], [Op.Ret]] });
    expectRefused(verifyModule(c.b.build()), 'INIT_CALLED', { function: 'again', offset: 2 });
    const p = coinModule();
    p.b.fun('forge', { returns: [dt(p.coin)], code: [[Op.Pack, p.coin, []], [Op.Ret]] });
    expectRefused(verifyModule(p.b.build()), 'OTW_PACKED', { function: 'forge' });
    const t = coinModule();
    t.b.fun('init_for_testing', {
      params: [mut(dt(t.ctx))],
      attributes: [{ name: 'test_only', args: [] }],
      code: [[Op.Pack, t.coin, []], [Op.MoveLoc, 0], [Op.Call, t.init, []], [Op.Ret]],
    });
    expectRefused(verifyModule(t.b.build()), 'INIT_CALLED');
    expectOk(verifyModule(t.b.build(), undefined, { testMode: true }));
  });
});
