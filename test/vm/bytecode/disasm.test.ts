// The disassembler: key lines of the listing of the hand-built module (header, dependencies,
// handle tables, datatypes, constants, signatures, symbolic operands, source spans, metadata),
// and that dangling indices of an unverified module print as placeholders instead of throwing.
// That the listing holds everything (it assembles back to the same bytes) is asm.test.ts.

import { describe, expect, it } from 'vitest';
import { disassemble } from '../../../vm/bytecode/disasm.js';
import { Op } from '../../../vm/bytecode/opcodes.js';
import { everyOpcodeModule } from './fixtures.js';

describe('disassemble', () => {
  const text = disassemble(everyOpcodeModule());
  const lines = text.split('\n').map((l) => l.trim());
  const instr = (offset: number): string => lines.find((l) => l.startsWith(`${offset}: `))!;

  it('prints the header, dependencies and friends', () => {
    expect(lines[0]).toBe('// Deed bytecode, format version 1');
    expect(lines).toContain('source "sources/shapes.move";');
    expect(lines).toContain('module 0x2::shapes {');
    expect(lines).toContain('use 0x1::option;');
    expect(lines).toContain('friend 0x2::friendly;');
  });

  it('prints the handle tables in order, in full for handles defined elsewhere', () => {
    expect(text).toContain(
      [
        '    datatype [0] Box;',
        '    datatype [1] Shape;',
        '    datatype [2] 0x1::option::Option<T0> has copy, drop, store;',
        '    function [0] 0x1::option::some<T0>(T0): 0x1::option::Option<T0>;',
        '    function [1] area;',
      ].join('\n'),
    );
  });

  it('names handles by index when their names are ambiguous, and quotes odd names', () => {
    const m = everyOpcodeModule();
    const out = disassemble({ ...m, moduleHandles: [...m.moduleHandles, m.moduleHandles[1]!], datatypeHandles: [...m.datatypeHandles, { module: 0, name: 'a b', abilities: 0, typeParams: [] }] });
    expect(out).toContain('datatype [2] module#1::Option<T0> has copy, drop, store;');
    expect(out).toContain('datatype [3] 0x2::shapes::"a b";');
    expect(out).toContain('17: Call module#1::some<vector<u8>>');
  });

  it('prints datatypes with abilities, type parameters and fields', () => {
    expect(text).toContain('    struct Box<T0: drop> has copy, drop, store {\n        value: u64,\n        item: T0,\n    }');
    expect(text).toContain('    enum Shape<phantom T0> has copy, drop {\n        Circle { radius: u64 },\n        Pair(u8, bool),\n        Empty,\n    }');
  });

  it('prints positional structs as Move declares them', () => {
    const m = everyOpcodeModule();
    const out = disassemble({ ...m, structs: [{ handle: 0, fields: [{ name: 'pos0', type: 'u64' }, { name: 'pos1', type: ['param', 0] }], positional: true }] });
    expect(out).toContain('    struct Box<T0: drop>(u64, T0) has copy, drop, store;');
  });

  it('prints constants as Move values', () => {
    expect(lines).toContain('const [4] E_CODE: u64 = 3;');
    expect(lines).toContain('const [7] ADMIN: address = @0xcafe;');
    expect(lines).toContain('const [8] NAME: vector<u8> = x"6869";');
    expect(lines).toContain('const [11] ADDRS: vector<address> = vector[@0x1, @0x0];');
    expect(lines).toContain('identifier [0] E_CODE;');
  });

  it('prints the sharing metadata', () => {
    expect(lines).toContain('sharing type Box: owned-only "never shared";');
    expect(lines).toContain('sharing fun area: depends on s "may be shared";');
  });

  it('prints signatures with visibility, entry, native, attributes and locals', () => {
    expect(lines).toContain('#[expected_failure(abort_code = 7, location = shapes, arithmetic_error)]');
    expect(lines).toContain('public entry fun every<T0: copy + drop>(loc0: u64, loc1: &mut vector<u8>) {');
    expect(lines).toContain('loc3: vector<vector<address>>');
    expect(lines).toContain('public(package) fun area(loc0: &0x2::shapes::Shape<u64>): u64 {');
    expect(lines).toContain('public(friend) native fun sqrt(loc0: u64): u64;');
  });

  it('prints operands symbolically, with each source span', () => {
    expect(instr(1)).toMatch(/^1: LdU8 255 +\/\/ 11:5-11:20$/);
    expect(instr(9)).toMatch(/^9: LdConst \[0\] FLAG +\/\/ 19:5-19:20$/);
    expect(instr(10)).toMatch(/^10: CopyLoc loc0 /);
    expect(instr(15)).toMatch(/^15: ImmBorrowField 0x2::shapes::Box<T0>\.item /);
    expect(instr(17)).toMatch(/^17: Call 0x1::option::some<vector<u8>> /);
    expect(instr(20)).toMatch(/^20: Unpack 0x2::shapes::Box<0x1::option::Option<address>> /);
    expect(instr(21)).toMatch(/^21: PackVariant 0x2::shapes::Shape<u8>::Pair /);
    expect(instr(25)).toMatch(/^25: VariantSwitch 0x2::shapes::Shape \[Circle: 40, Pair: 41\] /);
    expect(instr(54)).toMatch(/^54: VecPack u256, 3 /);
    expect(instr(55)).toMatch(/^55: VecLen &mut u8 /);
    expect(instr(64)).toMatch(/^64: Branch 66 +\/\/ 74:5-74:20$/);
    expect(text).toMatch(/\n {8}0: LdU64 0 +\/\/ 1:1-1:2\n/);
  });

  it('prints dangling indices of an unverified module as placeholders', () => {
    const m = everyOpcodeModule();
    const f = m.functions[1]!;
    const code = [[Op.Call, 9, []], [Op.Pack, 7, []], [Op.ImmBorrowField, 0, 9, []], [Op.LdConst, 99], [Op.Branch, 50], [99 as number]] as const;
    const broken = { ...m, functions: [{ ...f, code: [...code], lines: [] }] };
    const out = disassemble(broken);
    expect(out).toContain('0: Call ?function#9');
    expect(out).toContain('1: Pack ?datatype#7');
    expect(out).toContain('2: ImmBorrowField 0x2::shapes::Box.?field#9');
    expect(out).toContain('3: LdConst ?const#99');
    expect(out).toContain('4: Branch 50 (past the end)');
    expect(out).toContain('5: Unknown(99)');
    expect(out).not.toMatch(/Unknown\(99\).*\/\//);
    expect(() => disassemble({ ...m, moduleHandles: [], datatypeHandles: [{ module: 5, name: 'X', abilities: 0, typeParams: [] }] })).not.toThrow();
  });
});
