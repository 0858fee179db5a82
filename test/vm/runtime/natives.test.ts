// Standard-library natives through the runtime: vector, bcs::to_bytes with known encodings,
// hashes with known digests, type_name, string, address, one-time witnesses, debug printing.

import { describe, expect, it } from 'vitest';
import type { SigType } from '../../../vm/bytecode/module.js';
import { Op } from '../../../vm/bytecode/opcodes.js';
import { BudgetGasMeter, UnmeteredGasMeter } from '../../../vm/gas/meter.js';
import { T, V } from '../../../vm/runtime/index.js';
import type { RuntimeType, Value } from '../../../vm/runtime/index.js';
import { abilities, addr, call, failed, loaded, mid, ModuleBuilder, ok } from './build.js';

const P0: SigType = ['param', 0];
const any = [{ constraints: 0, phantom: false }];

// --- hand-built slices of std and sui -----------------------------------------------------------
const vector = new ModuleBuilder('0x1', 'vector');
vector.native('empty', { typeParams: [0], returns: [['vector', P0]] });
vector.native('length', { typeParams: [0], params: [['ref', ['vector', P0]]], returns: ['u64'] });
vector.native('borrow', { typeParams: [0], params: [['ref', ['vector', P0]], 'u64'], returns: [['ref', P0]] });
vector.native('push_back', { typeParams: [0], params: [['mut', ['vector', P0]], P0] });
vector.native('borrow_mut', { typeParams: [0], params: [['mut', ['vector', P0]], 'u64'], returns: [['mut', P0]] });
vector.native('pop_back', { typeParams: [0], params: [['mut', ['vector', P0]]], returns: [P0] });
vector.native('destroy_empty', { typeParams: [0], params: [['vector', P0]] });
vector.native('swap', { typeParams: [0], params: [['mut', ['vector', P0]], 'u64', 'u64'] });

const bcs = new ModuleBuilder('0x1', 'bcs');
bcs.native('to_bytes', { typeParams: [0], params: [['ref', P0]], returns: [['vector', 'u8']] });

const hash = new ModuleBuilder('0x1', 'hash');
hash.native('sha2_256', { params: [['vector', 'u8']], returns: [['vector', 'u8']] });
hash.native('sha3_256', { params: [['vector', 'u8']], returns: [['vector', 'u8']] });

const ascii = new ModuleBuilder('0x1', 'ascii');
ascii.struct('String', [['bytes', ['vector', 'u8']]]);
const string = new ModuleBuilder('0x1', 'string');
string.struct('String', [['bytes', ['vector', 'u8']]]);
string.native('internal_check_utf8', { params: [['ref', ['vector', 'u8']]], returns: ['bool'] });
string.native('internal_is_char_boundary', { params: [['ref', ['vector', 'u8']], 'u64'], returns: ['bool'] });
string.native('internal_sub_string', { params: [['ref', ['vector', 'u8']], 'u64', 'u64'], returns: [['vector', 'u8']] });
string.native('internal_index_of', { params: [['ref', ['vector', 'u8']], ['ref', ['vector', 'u8']]], returns: ['u64'] });

const option = new ModuleBuilder('0x1', 'option');
option.struct('Option', [['vec', ['vector', P0]]], { typeParams: any });

const typeName = new ModuleBuilder('0x1', 'type_name');
const asciiString = typeName.importType(mid('0x1', 'ascii'), 'String');
const TN = typeName.struct('TypeName', [['name', ['datatype', asciiString, []]]]);
const withDefiningIds = typeName.native('with_defining_ids', { typeParams: [0], returns: [['datatype', TN, []]] });
typeName.native('with_original_ids', { typeParams: [0], returns: [['datatype', TN, []]] });
typeName.native('defining_id', { typeParams: [0], returns: ['address'] });
// A Move function calling the native generically: name_of<T>() = with_defining_ids<T>().
typeName.fn('name_of', { typeParams: [0], returns: [['datatype', TN, []]] }, [[Op.Call, withDefiningIds, [P0]], [Op.Ret]]);

const debug = new ModuleBuilder('0x1', 'debug');
debug.native('print', { typeParams: [0], params: [['ref', P0]] });
debug.native('print_stack_trace');

const address = new ModuleBuilder('0x2', 'address');
address.native('to_u256', { params: ['address'], returns: ['u256'] });
address.native('from_u256', { params: ['u256'], returns: ['address'] });
address.native('from_bytes', { params: [['vector', 'u8']], returns: ['address'] });

const types = new ModuleBuilder('0x2', 'types');
types.native('is_one_time_witness', { typeParams: [abilities('drop')], params: [['ref', P0]], returns: ['bool'] });

const coin = new ModuleBuilder('0x2', 'coin');
coin.struct('Coin', [['value', 'u64']], { abilities: abilities('store'), typeParams: [{ constraints: 0, phantom: true }] });
const sui = new ModuleBuilder('0x2', 'sui');
sui.struct('SUI', [['dummy_field', 'bool']], { abilities: abilities('drop') });
sui.struct('Pair', [['a', 'u8'], ['b', ['vector', 'u64']]], { abilities: abilities('copy', 'drop') });
sui.enum('Shape', [['Dot', []], ['Line', [['len', 'u16']]]], { abilities: abilities('copy', 'drop') });
const mine = new ModuleBuilder('0xa', 'my_coin');
mine.struct('MY_COIN', [], { abilities: abilities('drop') });
mine.struct('Other', [], { abilities: abilities('drop') });
mine.struct('My_coin', [['x', 'u64']], { abilities: abilities('drop') });

// Move code using the vector natives: build [0, 1, ..., n-1] and sum it.
const user = new ModuleBuilder('0xa', 'user');
const vEmpty = user.importFn(mid('0x1', 'vector'), 'empty', { typeParams: [0], returns: [['vector', P0]] });
const vPush = user.importFn(mid('0x1', 'vector'), 'push_back', { typeParams: [0], params: [['mut', ['vector', P0]], P0] });
const vLen = user.importFn(mid('0x1', 'vector'), 'length', { typeParams: [0], params: [['ref', ['vector', P0]]], returns: ['u64'] });
const vBorrow = user.importFn(mid('0x1', 'vector'), 'borrow', { typeParams: [0], params: [['ref', ['vector', P0]], 'u64'], returns: [['ref', P0]] });
user.fn('range_sum', { params: ['u64'], returns: ['u64', 'u64'], locals: [['vector', 'u64'], 'u64', 'u64'] }, [
  /* 0 */ [Op.Call, vEmpty, ['u64']], [Op.StLoc, 1], [Op.LdU64, 0n], [Op.StLoc, 2],
  /* 4 */ [Op.CopyLoc, 2], [Op.CopyLoc, 0], [Op.Lt], [Op.BrFalse, 16],
  /* 8 */ [Op.MutBorrowLoc, 1], [Op.CopyLoc, 2], [Op.Call, vPush, ['u64']],
  /* 11 */ [Op.CopyLoc, 2], [Op.LdU64, 1n], [Op.Add], [Op.StLoc, 2], [Op.Branch, 4],
  /* 16 */ [Op.LdU64, 0n], [Op.StLoc, 3], [Op.LdU64, 0n], [Op.StLoc, 2],
  /* 20 */ [Op.CopyLoc, 2], [Op.ImmBorrowLoc, 1], [Op.Call, vLen, ['u64']], [Op.Lt], [Op.BrFalse, 37],
  /* 25 */ [Op.CopyLoc, 3], [Op.ImmBorrowLoc, 1], [Op.CopyLoc, 2], [Op.Call, vBorrow, ['u64']], [Op.ReadRef], [Op.Add], [Op.StLoc, 3],
  /* 32 */ [Op.CopyLoc, 2], [Op.LdU64, 1n], [Op.Add], [Op.StLoc, 2], [Op.Branch, 20],
  /* 37 */ [Op.ImmBorrowLoc, 1], [Op.Call, vLen, ['u64']], [Op.MoveLoc, 3], [Op.Ret],
]);

const vm = loaded([vector, bcs, hash, ascii, string, option, typeName, debug, address, types, coin, sui, mine, user].map((m) => m.build()));

const hex = (v: Value) => Buffer.from(Uint8Array.from(v as number[])).toString('hex');
const nat = (m: string, f: string, args: Value[], tys: RuntimeType[] = []) => call(vm, mid(m.split('::')[0]!, m.split('::')[1]!), f, args, tys);
const toBytes = (t: RuntimeType, v: Value) => hex(ok(nat('0x1::bcs', 'to_bytes', [V.ref(v)], [t]))[0]!);

describe('vector natives', () => {
  it('work from Move code at a generic instantiation', () => {
    expect(ok(call(vm, mid('0xa', 'user'), 'range_sum', [V.u64(10)]))).toEqual([10, 45]);
  });
  it('borrow, push, pop, swap, destroy_empty, with the vector statuses', () => {
    const r = V.ref([1, 2, 3]);
    expect(ok(nat('0x1::vector', 'length', [r], [T.u8]))).toEqual([3]);
    ok(nat('0x1::vector', 'push_back', [r, 4], [T.u8]));
    ok(nat('0x1::vector', 'swap', [r, V.u64(0), V.u64(3)], [T.u8]));
    expect(r.c[0]).toEqual([4, 2, 3, 1]);
    expect(ok(nat('0x1::vector', 'pop_back', [r], [T.u8]))).toEqual([1]);
    const [ref] = ok(nat('0x1::vector', 'borrow_mut', [r, V.u64(1)], [T.u8]));
    expect(ref).toMatchObject({ c: [4, 2, 3], i: 1 });
    expect(failed(nat('0x1::vector', 'borrow', [r, V.u64(3)], [T.u8])).name).toBe('VECTOR_OUT_OF_BOUNDS');
    expect(failed(nat('0x1::vector', 'pop_back', [V.ref([])], [T.u8])).name).toBe('VECTOR_OUT_OF_BOUNDS');
    expect(failed(nat('0x1::vector', 'swap', [r, V.u64(0), V.u64(9)], [T.u8])).name).toBe('VECTOR_OUT_OF_BOUNDS');
    expect(ok(nat('0x1::vector', 'destroy_empty', [[]], [T.u8]))).toEqual([]);
    const e = failed(nat('0x1::vector', 'destroy_empty', [[1]], [T.u8]));
    expect(e.name).toBe('VECTOR_UNPACK_LENGTH');
    expect(e.location).toMatchObject({ module: mid('0x1', 'vector'), function: 'destroy_empty', offset: 0 });
    expect(ok(nat('0x1::vector', 'empty', [], [T.u64]))).toEqual([[]]);
  });
});

describe('bcs::to_bytes', () => {
  const coinOf = (t: RuntimeType) => T.datatype(mid('0x2', 'coin'), 'Coin', [t]);
  const SUI = T.datatype(mid('0x2', 'sui'), 'SUI');
  it('encodes primitives little-endian at full width', () => {
    expect(toBytes(T.bool, true)).toBe('01');
    expect(toBytes(T.bool, false)).toBe('00');
    expect(toBytes(T.u8, 0xab)).toBe('ab');
    expect(toBytes(T.u16, 0x1234)).toBe('3412');
    expect(toBytes(T.u32, 0xdeadbeef)).toBe('efbeadde');
    expect(toBytes(T.u64, V.u64(1))).toBe('0100000000000000');
    expect(toBytes(T.u64, V.u64(0xffffffffffffffffn))).toBe('ffffffffffffffff');
    expect(toBytes(T.u64, V.u64(0x0102030405060708n))).toBe('0807060504030201');
    expect(toBytes(T.u64, V.u64(2 ** 40 + 5))).toBe('0500000000010000');
    expect(toBytes(T.u128, 1n)).toBe('01' + '00'.repeat(15));
    expect(toBytes(T.u256, (1n << 256n) - 1n)).toBe('ff'.repeat(32));
    expect(toBytes(T.address, V.address('0x2'))).toBe('00'.repeat(31) + '02');
  });
  it('encodes vectors with ULEB128 lengths', () => {
    expect(toBytes(T.vector(T.u8), V.bytes([1, 2, 3]))).toBe('03010203');
    expect(toBytes(T.vector(T.u64), [])).toBe('00');
    expect(toBytes(T.vector(T.u8), V.bytes(new Uint8Array(200)))).toBe('c801' + '00'.repeat(200));
    expect(toBytes(T.vector(T.u8), V.bytes(new Uint8Array(16384))).slice(0, 6)).toBe('808001');
    expect(toBytes(T.vector(T.vector(T.u8)), [V.bytes('a'), V.bytes('')])).toBe('02016100');
  });
  it('encodes structs as their fields and enums as variant index plus fields', () => {
    const pair = T.datatype(mid('0x2', 'sui'), 'Pair');
    expect(toBytes(pair, V.struct(7, [V.u64(1), V.u64(2)]))).toBe('07' + '02' + '0100000000000000' + '0200000000000000');
    const shape = T.datatype(mid('0x2', 'sui'), 'Shape');
    expect(toBytes(shape, V.variant(0))).toBe('00');
    expect(toBytes(shape, V.variant(1, 0x0102))).toBe('010201');
    expect(toBytes(coinOf(SUI), V.struct(V.u64(1000)))).toBe('e803000000000000');
    const opt = T.datatype(mid('0x1', 'option'), 'Option', [T.u64]);
    expect(toBytes(opt, V.struct([V.u64(5)]))).toBe('010500000000000000');
    expect(toBytes(T.datatype(mid('0x1', 'string'), 'String'), V.string('abc'))).toBe('03616263');
  });
  it('stops at the value-size limit', () => {
    const small = loaded([vector, bcs].map((m) => m.build()), { maxValueBytes: 64 });
    const e = failed(call(small, mid('0x1', 'bcs'), 'to_bytes', [V.ref(V.bytes(new Uint8Array(100)))], [T.vector(T.u8)]));
    expect(e.name).toBe('VALUE_TOO_LARGE');
  });
});

describe('hash natives', () => {
  it('match the published test vectors', () => {
    const h = (f: string, s: string) => hex(ok(nat('0x1::hash', f, [V.bytes(s)]))[0]!);
    expect(h('sha2_256', 'abc')).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
    expect(h('sha2_256', '')).toBe('e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855');
    expect(h('sha3_256', 'abc')).toBe('3a985da74fe225b2045c172d6bd390bd855f086e3e9d525b46bfe24511431532');
    expect(h('sha3_256', '')).toBe('a7ffc6f8bf1ed76651c14756a061d662f580ff4de43b49fa82d80a4b80f8434a');
  });
  it('charge per byte', () => {
    const m1 = new UnmeteredGasMeter();
    const m2 = new UnmeteredGasMeter();
    vm.call(mid('0x1', 'hash'), 'sha2_256', [], [V.bytes('a')], m1);
    vm.call(mid('0x1', 'hash'), 'sha2_256', [], [V.bytes('a'.repeat(101))], m2);
    expect(m2.used() - m1.used()).toBe(200);
    expect(failed(vm.call(mid('0x1', 'hash'), 'sha2_256', [], [V.bytes('a'.repeat(1000))], new BudgetGasMeter(100))).name).toBe('OUT_OF_GAS');
  });
});

describe('type_name', () => {
  const nameOf = (t: RuntimeType) => {
    const [v] = ok(call(vm, mid('0x1', 'type_name'), 'name_of', [], [t]));
    return Buffer.from(Uint8Array.from(((v as Value[])[0] as Value[])[0] as number[])).toString('latin1');
  };
  it('names primitives, vectors and datatypes in Sui format', () => {
    expect(nameOf(T.u64)).toBe('u64');
    expect(nameOf(T.vector(T.u8))).toBe('vector<u8>');
    expect(nameOf(T.address)).toBe('address');
    const coinSui = T.datatype(mid('0x2', 'coin'), 'Coin', [T.datatype(mid('0x2', 'sui'), 'SUI')]);
    expect(nameOf(coinSui)).toBe('0000000000000000000000000000000000000000000000000000000000000002::coin::Coin<0000000000000000000000000000000000000000000000000000000000000002::sui::SUI>');
    expect(nameOf(T.vector(coinSui))).toBe(`vector<${nameOf(coinSui)}>`);
  });
  it('gives the defining package, and aborts for primitives', () => {
    expect(ok(nat('0x1::type_name', 'defining_id', [], [T.datatype(mid('0xa', 'my_coin'), 'MY_COIN')]))).toEqual([addr('0xa')]);
    expect(failed(nat('0x1::type_name', 'defining_id', [], [T.u8])).abortCode).toBe(0n);
  });
});

describe('string natives', () => {
  const s = (f: string, ...args: Value[]) => ok(nat('0x1::string', f, args))[0];
  it('validate UTF-8 strictly', () => {
    expect(s('internal_check_utf8', V.ref(V.bytes('héllo ✓')))).toBe(true);
    expect(s('internal_check_utf8', V.ref([0xff]))).toBe(false);
    expect(s('internal_check_utf8', V.ref([0xc0, 0x80]))).toBe(false); // overlong
    expect(s('internal_check_utf8', V.ref([0xed, 0xa0, 0x80]))).toBe(false); // surrogate
  });
  it('find char boundaries, sub-strings and indices', () => {
    const e = V.bytes('aé'); // 61 c3 a9
    expect([0, 1, 2, 3, 4].map((i) => s('internal_is_char_boundary', V.ref(e), V.u64(i)))).toEqual([true, true, false, true, false]);
    expect(s('internal_sub_string', V.ref(V.bytes('hello')), V.u64(1), V.u64(3))).toEqual(V.bytes('el'));
    expect(s('internal_index_of', V.ref(V.bytes('hello')), V.ref(V.bytes('ll')))).toBe(2);
    expect(s('internal_index_of', V.ref(V.bytes('hello')), V.ref(V.bytes('z')))).toBe(5);
    expect(s('internal_index_of', V.ref(V.bytes('hello')), V.ref(V.bytes('')))).toBe(0);
  });
});

describe('sui natives', () => {
  it('convert addresses', () => {
    expect(ok(nat('0x2::address', 'to_u256', [V.address('0x1234')]))).toEqual([0x1234n]);
    expect(ok(nat('0x2::address', 'from_u256', [5n]))).toEqual([addr('0x5')]);
    expect(ok(nat('0x2::address', 'from_bytes', [V.bytes(new Uint8Array(32).fill(0xab))]))).toEqual(['0x' + 'ab'.repeat(32)]);
    expect(failed(nat('0x2::address', 'from_bytes', [V.bytes([1, 2])])).abortCode).toBe(0n);
  });
  it('recognise one-time witnesses', () => {
    const otw = (m: string, n: string, v: Value) => ok(nat('0x2::types', 'is_one_time_witness', [V.ref(v)], [T.datatype(mid(m.split('::')[0]!, m.split('::')[1]!), n)]))[0];
    expect(otw('0xa::my_coin', 'MY_COIN', [])).toBe(true);
    expect(otw('0x2::sui', 'SUI', [true])).toBe(true);
    expect(otw('0xa::my_coin', 'Other', [])).toBe(false);
    expect(otw('0xa::my_coin', 'My_coin', [V.u64(1)])).toBe(false);
    expect(ok(nat('0x2::types', 'is_one_time_witness', [V.ref(1)], [T.u8]))[0]).toBe(false);
  });
});

describe('debug natives', () => {
  it('print values through the call sink', () => {
    const lines: string[] = [];
    const pair = T.datatype(mid('0x2', 'sui'), 'Pair');
    vm.call(mid('0x1', 'debug'), 'print', [pair], [V.ref(V.struct(7, [V.u64(1)]))], new UnmeteredGasMeter(), { print: (l) => lines.push(l) });
    vm.call(mid('0x1', 'debug'), 'print', [T.datatype(mid('0x1', 'string'), 'String')], [V.ref(V.string('hi'))], new UnmeteredGasMeter(), { print: (l) => lines.push(l) });
    vm.call(mid('0x1', 'debug'), 'print', [T.vector(T.u8)], [V.ref(V.bytes([1, 255]))], new UnmeteredGasMeter(), { print: (l) => lines.push(l) });
    expect(lines).toEqual(['[debug] 0x2::sui::Pair { a: 7, b: [1] }', '[debug] "hi"', '[debug] 0x01ff']);
  });
});
