// Control flow, locals and references, structs, enums, vectors, generics and calls, on modules
// built by hand.

import { describe, expect, it } from 'vitest';
import type { SigType } from '../../../vm/bytecode/module.js';
import { Op } from '../../../vm/bytecode/opcodes.js';
import { UnmeteredGasMeter } from '../../../vm/gas/meter.js';
import { T, V } from '../../../vm/runtime/index.js';
import { abilities, call, failed, loaded, mid, ModuleBuilder, ok } from './build.js';

const M = mid('0xa', 'exec');
const b = new ModuleBuilder('0xa', 'exec');

// struct P { a: u64, b: bool }
const P = b.struct('P', [['a', 'u64'], ['b', 'bool']]);
const PT: SigType = ['datatype', P, []];
// struct Box<T> { v: T }
const Box = b.struct('Box', [['v', ['param', 0]]], { typeParams: [{ constraints: 0, phantom: false }] });
// enum E { A, B(u64), C { x: u64, y: bool } }
const E = b.enum('E', [['A', []], ['B', [['pos0', 'u64']]], ['C', [['x', 'u64'], ['y', 'bool']]]]);
const ET: SigType = ['datatype', E, []];

// sum(n) = 1 + 2 + ... + n, with a while loop.
b.fn('sum', { params: ['u64'], returns: ['u64'], locals: ['u64', 'u64'] }, [
  [Op.LdU64, 0n], [Op.StLoc, 1], [Op.LdU64, 0n], [Op.StLoc, 2],
  [Op.CopyLoc, 2], [Op.CopyLoc, 0], [Op.Lt], [Op.BrFalse, 17],
  [Op.CopyLoc, 2], [Op.LdU64, 1n], [Op.Add], [Op.StLoc, 2],
  [Op.CopyLoc, 1], [Op.CopyLoc, 2], [Op.Add], [Op.StLoc, 1],
  [Op.Branch, 4],
  [Op.MoveLoc, 1], [Op.Ret],
]);

// if (c) 1 else 2, and the logical operators.
b.fn('choose', { params: ['bool'], returns: ['u8'] }, [[Op.MoveLoc, 0], [Op.BrTrue, 4], [Op.LdU8, 2], [Op.Ret], [Op.LdU8, 1], [Op.Ret]]);
b.fn('logic', { params: ['bool', 'bool'], returns: ['bool', 'bool', 'bool'] }, [
  [Op.CopyLoc, 0], [Op.CopyLoc, 1], [Op.And],
  [Op.CopyLoc, 0], [Op.CopyLoc, 1], [Op.Or],
  [Op.MoveLoc, 0], [Op.Not],
  [Op.Ret],
]);

// let x = 1; let r = &mut x; *r = 5; x
b.fn('write_local', { returns: ['u64'], locals: ['u64', ['mut', 'u64']] }, [
  [Op.LdU64, 1n], [Op.StLoc, 0], [Op.MutBorrowLoc, 0], [Op.StLoc, 1], [Op.LdU64, 5n], [Op.MoveLoc, 1], [Op.WriteRef], [Op.MoveLoc, 0], [Op.Ret],
]);

// set_a(p: &mut P, v: u64) { p.a = v }
const setA = b.fn('set_a', { params: [['mut', PT], 'u64'] }, [[Op.MoveLoc, 1], [Op.MoveLoc, 0], [Op.MutBorrowField, P, 0, []], [Op.WriteRef], [Op.Ret]]);
// let p = P { a: 1, b: true }; set_a(&mut p, 7); let copy = *&p; p.b = false; (copy, p)
b.fn('write_field', { returns: [PT, PT], locals: [PT, PT] }, [
  [Op.LdU64, 1n], [Op.LdTrue], [Op.Pack, P, []], [Op.StLoc, 0],
  [Op.MutBorrowLoc, 0], [Op.LdU64, 7n], [Op.Call, setA, []],
  [Op.ImmBorrowLoc, 0], [Op.ReadRef], [Op.StLoc, 1],
  [Op.LdFalse], [Op.MutBorrowLoc, 0], [Op.MutBorrowField, P, 1, []], [Op.WriteRef],
  [Op.MoveLoc, 1], [Op.MoveLoc, 0], [Op.Ret],
]);
// unpack(p) = (a, b)
b.fn('unpack', { params: [PT], returns: ['u64', 'bool'] }, [[Op.MoveLoc, 0], [Op.Unpack, P, []], [Op.Ret]]);

// let v = vector[10, 20, 30]; *&mut v[1] = 99; v
b.fn('write_element', { returns: [['vector', 'u64']], locals: [['vector', 'u64']] }, [
  [Op.LdU64, 10n], [Op.LdU64, 20n], [Op.LdU64, 30n], [Op.VecPack, 'u64', 3], [Op.StLoc, 0],
  [Op.LdU64, 99n], [Op.MutBorrowLoc, 0], [Op.LdU64, 1n], [Op.VecMutBorrow, 'u64'], [Op.WriteRef],
  [Op.MoveLoc, 0], [Op.Ret],
]);

// Every vector instruction: push 4, swap 0 and 3, pop, len, read v[0], unpack the remaining 3.
b.fn('vec_ops', { returns: ['u64', 'u64', 'u64', 'u64', 'u64', 'u64'], locals: [['vector', 'u64']] }, [
  [Op.VecPack, 'u64', 0], [Op.StLoc, 0],
  [Op.MutBorrowLoc, 0], [Op.LdU64, 1n], [Op.VecPushBack, 'u64'],
  [Op.MutBorrowLoc, 0], [Op.LdU64, 2n], [Op.VecPushBack, 'u64'],
  [Op.MutBorrowLoc, 0], [Op.LdU64, 3n], [Op.VecPushBack, 'u64'],
  [Op.MutBorrowLoc, 0], [Op.LdU64, 4n], [Op.VecPushBack, 'u64'],
  [Op.MutBorrowLoc, 0], [Op.LdU64, 0n], [Op.LdU64, 3n], [Op.VecSwap, 'u64'], // [4,2,3,1]
  [Op.MutBorrowLoc, 0], [Op.VecPopBack, 'u64'], // 1; [4,2,3]
  [Op.ImmBorrowLoc, 0], [Op.VecLen, 'u64'], // 3
  [Op.ImmBorrowLoc, 0], [Op.LdU64, 0n], [Op.VecImmBorrow, 'u64'], [Op.ReadRef], // 4
  [Op.MoveLoc, 0], [Op.VecUnpack, 'u64', 3], // 4 2 3
  [Op.Ret],
]);
b.fn('vec_borrow', { params: [['vector', 'u64'], 'u64'], returns: ['u64'] }, [[Op.ImmBorrowLoc, 0], [Op.MoveLoc, 1], [Op.VecImmBorrow, 'u64'], [Op.ReadRef], [Op.Ret]]);
b.fn('vec_pop', { params: [['vector', 'u64']], returns: ['u64'] }, [[Op.MutBorrowLoc, 0], [Op.VecPopBack, 'u64'], [Op.Ret]]);
b.fn('vec_unpack2', { params: [['vector', 'u64']], returns: ['u64', 'u64'] }, [[Op.MoveLoc, 0], [Op.VecUnpack, 'u64', 2], [Op.Ret]]);
b.fn('vec_swap', { params: [['vector', 'u64'], 'u64', 'u64'], returns: [['vector', 'u64']] }, [[Op.MutBorrowLoc, 0], [Op.MoveLoc, 1], [Op.MoveLoc, 2], [Op.VecSwap, 'u64'], [Op.MoveLoc, 0], [Op.Ret]]);

// Generics: id<T>(x) = x; wrap<T>(x) = Box<T> { v: x }; both called at two instantiations.
const id = b.fn('id', { typeParams: [0], params: [['param', 0]], returns: [['param', 0]] }, [[Op.MoveLoc, 0], [Op.Ret]]);
const wrap = b.fn('wrap', { typeParams: [0], params: [['param', 0]], returns: [['datatype', Box, [['param', 0]]]] }, [
  [Op.MoveLoc, 0], [Op.Call, id, [['param', 0]]], [Op.Pack, Box, [['param', 0]]], [Op.Ret],
]);
b.fn('generic_pair', { returns: [['datatype', Box, ['u64']], ['datatype', Box, ['bool']], 'u8'] }, [
  [Op.LdU64, 5n], [Op.Call, wrap, ['u64']], [Op.LdTrue], [Op.Call, wrap, ['bool']], [Op.LdU8, 3], [Op.Call, id, ['u8']], [Op.Ret],
]);

// Enums: make(k) builds A, B(7) or C { x: 8, y: true }; score matches on it.
b.fn('make', { params: ['u8'], returns: [ET] }, [
  [Op.CopyLoc, 0], [Op.LdU8, 0], [Op.Eq], [Op.BrFalse, 6],
  [Op.PackVariant, E, 0, []], [Op.Ret],
  [Op.MoveLoc, 0], [Op.LdU8, 1], [Op.Eq], [Op.BrFalse, 13],
  [Op.LdU64, 7n], [Op.PackVariant, E, 1, []], [Op.Ret],
  [Op.LdU64, 8n], [Op.LdTrue], [Op.PackVariant, E, 2, []], [Op.Ret],
]);
b.fn('score', { params: [ET], returns: ['u64'] }, [
  [Op.ImmBorrowLoc, 0], [Op.VariantSwitch, E, [2, 6, 11]],
  /* 2: A => 100 */ [Op.MoveLoc, 0], [Op.UnpackVariant, E, 0, []], [Op.LdU64, 100n], [Op.Ret],
  /* 6: B(n) => n + 1000 */ [Op.MoveLoc, 0], [Op.UnpackVariant, E, 1, []], [Op.LdU64, 1000n], [Op.Add], [Op.Ret],
  /* 11: C { x, y } => x */ [Op.MoveLoc, 0], [Op.UnpackVariant, E, 2, []], [Op.Pop], [Op.Ret],
]);
b.fn('unpack_b', { params: [ET], returns: ['u64'] }, [[Op.MoveLoc, 0], [Op.UnpackVariant, E, 1, []], [Op.Ret]]);
// bump(e: &mut E): C { x, .. } => *x = *x + 1 through UnpackVariantMutRef; returns e.
b.fn('bump_c', { params: [ET], returns: [ET], locals: [['mut', 'u64'], ['mut', 'bool']] }, [
  [Op.MutBorrowLoc, 0], [Op.UnpackVariantMutRef, E, 2, []], [Op.StLoc, 2], [Op.StLoc, 1],
  [Op.CopyLoc, 1], [Op.ReadRef], [Op.LdU64, 1n], [Op.Add], [Op.MoveLoc, 1], [Op.WriteRef],
  [Op.MoveLoc, 2], [Op.Pop],
  [Op.MoveLoc, 0], [Op.Ret],
]);
b.fn('c_fields', { params: [ET], returns: ['u64', 'bool'], locals: [['ref', 'bool']] }, [
  [Op.ImmBorrowLoc, 0], [Op.UnpackVariantImmRef, E, 2, []], [Op.StLoc, 1], [Op.ReadRef], [Op.MoveLoc, 1], [Op.ReadRef], [Op.Ret],
]);

// Constants: the vector constant must not change when a copy of it is mutated.
const bytesConst = b.constant('BYTES', ['vector', 'u8'], new Uint8Array([1, 2, 3]));
const u64Const = b.constant('BIG', 'u64', 18446744073709551615n);
b.fn('consts', { returns: [['vector', 'u8'], ['vector', 'u8'], 'u64'], locals: [['vector', 'u8']] }, [
  [Op.LdConst, bytesConst], [Op.StLoc, 0], [Op.MutBorrowLoc, 0], [Op.LdU8, 9], [Op.VecPushBack, 'u8'],
  [Op.MoveLoc, 0], [Op.LdConst, bytesConst], [Op.LdConst, u64Const], [Op.Ret],
]);

// Struct and vector equality is structural.
b.fn('eq_struct', { params: [PT, PT], returns: ['bool', 'bool'] }, [[Op.CopyLoc, 0], [Op.CopyLoc, 1], [Op.Eq], [Op.MoveLoc, 0], [Op.MoveLoc, 1], [Op.Neq], [Op.Ret]]);
b.fn('eq_ref', { params: [['ref', ['vector', 'u8']], ['ref', ['vector', 'u8']]], returns: ['bool'] }, [[Op.MoveLoc, 0], [Op.MoveLoc, 1], [Op.Eq], [Op.Ret]]);

const built = b.build();
const vm = loaded([built]);

describe('control flow', () => {
  it('runs loops and branches', () => {
    expect(ok(call(vm, M, 'sum', [V.u64(100)]))).toEqual([5050]);
    expect(ok(call(vm, M, 'sum', [V.u64(0)]))).toEqual([0]);
    expect(ok(call(vm, M, 'choose', [true]))).toEqual([1]);
    expect(ok(call(vm, M, 'choose', [false]))).toEqual([2]);
    expect(ok(call(vm, M, 'logic', [true, false]))).toEqual([false, true, false]);
  });
});

describe('references write through', () => {
  it('to a local', () => {
    expect(ok(call(vm, M, 'write_local'))).toEqual([5]);
  });
  it('to a struct field, across a call, and copies are independent', () => {
    expect(ok(call(vm, M, 'write_field'))).toEqual([[7, true], [7, false]]);
  });
  it('to a vector element', () => {
    expect(ok(call(vm, M, 'write_element'))).toEqual([[10, 99, 30]]);
  });
  it('to a host-provided reference', () => {
    const r = V.ref(V.struct(1, true));
    ok(call(vm, M, 'set_a', [r, V.u64(42)]));
    expect(r.c[0]).toEqual([42, true]);
  });
});

describe('structs and enums', () => {
  it('packs and unpacks', () => {
    expect(ok(call(vm, M, 'unpack', [V.struct(3, false)]))).toEqual([3, false]);
  });
  it('builds variants and switches on them', () => {
    expect(ok(call(vm, M, 'make', [0]))).toEqual([[0]]);
    expect(ok(call(vm, M, 'make', [1]))).toEqual([[1, 7]]);
    expect(ok(call(vm, M, 'make', [2]))).toEqual([[2, 8, true]]);
    expect(ok(call(vm, M, 'score', [V.variant(0)]))).toEqual([100]);
    expect(ok(call(vm, M, 'score', [V.variant(1, 5)]))).toEqual([1005]);
    expect(ok(call(vm, M, 'score', [V.variant(2, 9, true)]))).toEqual([9]);
  });
  it('unpacks a variant, and aborts with VARIANT_MISMATCH on another', () => {
    expect(ok(call(vm, M, 'unpack_b', [V.variant(1, 5)]))).toEqual([5]);
    const e = failed(call(vm, M, 'unpack_b', [V.variant(0)]));
    expect(e.name).toBe('VARIANT_MISMATCH');
    expect(e.location).toMatchObject({ function: 'unpack_b', offset: 1 });
  });
  it('borrows variant fields immutably and mutably', () => {
    expect(ok(call(vm, M, 'bump_c', [V.variant(2, 41, false)]))).toEqual([[2, 42, false]]);
    expect(ok(call(vm, M, 'c_fields', [V.variant(2, 3, true)]))).toEqual([3, true]);
    expect(failed(call(vm, M, 'bump_c', [V.variant(1, 1)])).name).toBe('VARIANT_MISMATCH');
  });
  it('compares structurally', () => {
    expect(ok(call(vm, M, 'eq_struct', [V.struct(1, true), V.struct(1, true)]))).toEqual([true, false]);
    expect(ok(call(vm, M, 'eq_struct', [V.struct(1, true), V.struct(2, true)]))).toEqual([false, true]);
    expect(ok(call(vm, M, 'eq_ref', [V.ref(V.bytes('ab')), V.ref(V.bytes('ab'))]))).toEqual([true]);
    expect(ok(call(vm, M, 'eq_ref', [V.ref(V.bytes('ab')), V.ref(V.bytes('abc'))]))).toEqual([false]);
  });
});

describe('vectors', () => {
  it('runs every vector instruction', () => {
    expect(ok(call(vm, M, 'vec_ops'))).toEqual([1, 3, 4, 4, 2, 3]);
  });
  it('reports out-of-bounds access, popping an empty vector and unpacking the wrong length', () => {
    expect(ok(call(vm, M, 'vec_borrow', [[1, 2], V.u64(1)]))).toEqual([2]);
    expect(failed(call(vm, M, 'vec_borrow', [[1, 2], V.u64(2)])).name).toBe('VECTOR_OUT_OF_BOUNDS');
    expect(failed(call(vm, M, 'vec_borrow', [[1, 2], V.u64(1n << 60n)])).name).toBe('VECTOR_OUT_OF_BOUNDS');
    expect(failed(call(vm, M, 'vec_pop', [[]])).name).toBe('VECTOR_OUT_OF_BOUNDS');
    expect(failed(call(vm, M, 'vec_unpack2', [[1, 2, 3]])).name).toBe('VECTOR_UNPACK_LENGTH');
    expect(ok(call(vm, M, 'vec_swap', [[1, 2, 3], V.u64(0), V.u64(2)]))).toEqual([[3, 2, 1]]);
    expect(failed(call(vm, M, 'vec_swap', [[1, 2, 3], V.u64(0), V.u64(3)])).name).toBe('VECTOR_OUT_OF_BOUNDS');
  });
});

describe('generics and constants', () => {
  it('calls one generic function at several instantiations', () => {
    expect(ok(call(vm, M, 'generic_pair'))).toEqual([[5], [true], 3]);
    expect(ok(call(vm, M, 'wrap', [V.bytes('hi')], [T.vector(T.u8)]))).toEqual([[[104, 105]]]);
  });
  it('copies constants so that mutation does not leak into them', () => {
    expect(ok(call(vm, M, 'consts'))).toEqual([[1, 2, 3, 9], [1, 2, 3], 18446744073709551615n]);
  });
});

describe('host calls are checked', () => {
  it('rejects wrong arity and ill-shaped values', () => {
    expect(failed(call(vm, M, 'sum', [])).name).toBe('BAD_CALL_ARGUMENTS');
    expect(failed(call(vm, M, 'sum', [1n])).name).toBe('BAD_CALL_ARGUMENTS');
    expect(failed(call(vm, M, 'sum', [-1])).name).toBe('BAD_CALL_ARGUMENTS');
    expect(failed(call(vm, M, 'id', [1], [])).name).toBe('BAD_CALL_ARGUMENTS');
    expect(failed(call(vm, M, 'set_a', [V.struct(1, true), V.u64(1)])).name).toBe('BAD_CALL_ARGUMENTS');
    expect(failed(call(vm, M, 'nope')).name).toBe('FUNCTION_NOT_FOUND');
  });
  it('gas is charged and deterministic', () => {
    const m1 = new UnmeteredGasMeter();
    const m2 = new UnmeteredGasMeter();
    ok(call(vm, M, 'sum', [V.u64(50)], [], m1));
    ok(call(loaded([built]), M, 'sum', [V.u64(50)], [], m2));
    expect(m1.used()).toBeGreaterThan(0);
    expect(m1.used()).toBe(m2.used());
  });
});

void abilities;
