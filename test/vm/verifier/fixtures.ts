// A valid module in the shape a Move compiler emits, exercising objects, events, generics,
// loops, enums and field borrows; tests mutate it or check that it passes. In: nothing. Out:
// the module, its builder (for handles) and the framework stubs it links against.

import { addressHex } from '../../../vm/bytecode/module.js';
import { Op } from '../../../vm/bytecode/opcodes.js';
import { dt, ModuleBuilder, mut, ref, vec, withDeps } from './builder.js';

export function validObjectModule() {
  const b = new ModuleBuilder('counter');
  const uid = b.uid();
  const ctx = b.txContext();
  const counter = b.struct('Counter', [['id', dt(uid)], ['value', 'u64']], { abilities: ['key'] });
  const event = b.struct('Bumped', [['value', 'u64']], { abilities: ['copy', 'drop'] });
  const pair = b.struct('Pair', [['a', 'u64'], ['b', 'u64']], { abilities: ['copy', 'drop', 'store'] });
  const shape = b.enum('Shape', [['Circle', [['r', 'u64']]], ['Square', [['s', 'u64']]]], { abilities: ['copy', 'drop'] });
  const recipient = b.constant('address', addressHex(0x1234n));

  const create = b.fun('create', {
    params: [mut(dt(ctx))],
    returns: [dt(counter)],
    code: [[Op.MoveLoc, 0], [Op.Call, b.objectNew(), []], [Op.LdU64, 0n], [Op.Pack, counter, []], [Op.Ret]],
  });
  // c.value = c.value + 1; event::emit(Bumped { value: c.value })
  b.fun('increment', {
    params: [mut(dt(counter))],
    code: [
      [Op.CopyLoc, 0],
      [Op.ImmBorrowField, counter, 1, []],
      [Op.ReadRef],
      [Op.LdU64, 1n],
      [Op.Add],
      [Op.CopyLoc, 0],
      [Op.MutBorrowField, counter, 1, []],
      [Op.WriteRef],
      [Op.MoveLoc, 0],
      [Op.ImmBorrowField, counter, 1, []],
      [Op.ReadRef],
      [Op.Pack, event, []],
      [Op.Call, b.emit(), [dt(event)]],
      [Op.Ret],
    ],
  });
  b.fun('value', { params: [ref(dt(counter))], returns: ['u64'], code: [[Op.MoveLoc, 0], [Op.ImmBorrowField, counter, 1, []], [Op.ReadRef], [Op.Ret]] });
  b.fun('value_ref', { params: [ref(dt(counter))], returns: [ref('u64')], code: [[Op.MoveLoc, 0], [Op.ImmBorrowField, counter, 1, []], [Op.Ret]] });
  b.fun('destroy', {
    params: [dt(counter)],
    code: [[Op.MoveLoc, 0], [Op.Unpack, counter, []], [Op.Pop], [Op.Call, b.objectDelete(), []], [Op.Ret]],
  });
  b.fun('mint', {
    visibility: 'private',
    entry: true,
    params: [mut(dt(ctx))],
    code: [[Op.MoveLoc, 0], [Op.Call, create, []], [Op.LdConst, recipient], [Op.Call, b.transfer(), [dt(counter)]], [Op.Ret]],
  });
  b.fun('share', { params: [dt(counter)], code: [[Op.MoveLoc, 0], [Op.Call, b.transfer('share_object'), [dt(counter)]], [Op.Ret]] });
  // let i = 0; let s = 0; while (i < v.length()) { s = s + v[i]; i = i + 1 }; s
  b.fun('sum', {
    params: [ref(vec('u64'))],
    returns: ['u64'],
    locals: ['u64', 'u64'],
    code: [
      [Op.LdU64, 0n],
      [Op.StLoc, 1],
      [Op.LdU64, 0n],
      [Op.StLoc, 2],
      [Op.CopyLoc, 1],
      [Op.CopyLoc, 0],
      [Op.VecLen, 'u64'],
      [Op.Lt],
      [Op.BrFalse, 21],
      [Op.CopyLoc, 2],
      [Op.CopyLoc, 0],
      [Op.CopyLoc, 1],
      [Op.VecImmBorrow, 'u64'],
      [Op.ReadRef],
      [Op.Add],
      [Op.StLoc, 2],
      [Op.CopyLoc, 1],
      [Op.LdU64, 1n],
      [Op.Add],
      [Op.StLoc, 1],
      [Op.Branch, 4],
      [Op.MoveLoc, 2],
      [Op.Ret],
    ],
  });
  // let t = p.a; p.a = p.b; p.b = t;
  b.fun('swap', {
    params: [mut(dt(pair))],
    locals: ['u64'],
    code: [
      [Op.CopyLoc, 0],
      [Op.ImmBorrowField, pair, 0, []],
      [Op.ReadRef],
      [Op.StLoc, 1],
      [Op.CopyLoc, 0],
      [Op.ImmBorrowField, pair, 1, []],
      [Op.ReadRef],
      [Op.CopyLoc, 0],
      [Op.MutBorrowField, pair, 0, []],
      [Op.WriteRef],
      [Op.MoveLoc, 1],
      [Op.MoveLoc, 0],
      [Op.MutBorrowField, pair, 1, []],
      [Op.WriteRef],
      [Op.Ret],
    ],
  });
  // match (s) { Circle { r } => r * r, Square { s } => s }
  b.fun('area', {
    params: [ref(dt(shape))],
    returns: ['u64'],
    locals: ['u64'],
    code: [
      [Op.CopyLoc, 0],
      [Op.VariantSwitch, shape, [2, 10]],
      [Op.MoveLoc, 0],
      [Op.UnpackVariantImmRef, shape, 0, []],
      [Op.ReadRef],
      [Op.StLoc, 1],
      [Op.CopyLoc, 1],
      [Op.CopyLoc, 1],
      [Op.Mul],
      [Op.Ret],
      [Op.MoveLoc, 0],
      [Op.UnpackVariantImmRef, shape, 1, []],
      [Op.ReadRef],
      [Op.Ret],
    ],
  });
  const identity = b.fun('identity', { typeParams: [[]], params: [['param', 0]], returns: [['param', 0]], code: [[Op.MoveLoc, 0], [Op.Ret]] });
  b.fun('use_identity', { returns: [dt(pair)], code: [[Op.LdU64, 1n], [Op.LdU64, 2n], [Op.Pack, pair, []], [Op.Call, identity, [dt(pair)]], [Op.Ret]] });
  // let v = vector[1, 2]; v.push_back(3); let x = &mut v[0]; *x = 9; v
  b.fun('vectors', {
    returns: [vec('u64')],
    locals: [vec('u64'), mut('u64')],
    code: [
      [Op.LdU64, 1n],
      [Op.LdU64, 2n],
      [Op.VecPack, 'u64', 2],
      [Op.StLoc, 0],
      [Op.MutBorrowLoc, 0],
      [Op.LdU64, 3n],
      [Op.VecPushBack, 'u64'],
      [Op.MutBorrowLoc, 0],
      [Op.LdU64, 0n],
      [Op.VecMutBorrow, 'u64'],
      [Op.StLoc, 1],
      [Op.LdU64, 9n],
      [Op.MoveLoc, 1],
      [Op.WriteRef],
      [Op.MoveLoc, 0],
      [Op.Ret],
    ],
  });
  return { builder: b, module: b.build(), deps: withDeps() };
}
