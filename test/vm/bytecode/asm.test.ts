// The assembler: `assemble(disassemble(m))` encodes byte for byte like m, for the hand-built
// every-opcode module, for arbitrary modules (fast-check), and for every module the compiler
// makes, the whole bundled library included. Malformed listings give errors with a line and
// column, never an exception.

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { assemble, type AsmResult } from '../../../vm/bytecode/asm.js';
import { encodeModule } from '../../../vm/bytecode/codec.js';
import { disassemble } from '../../../vm/bytecode/disasm.js';
import { addressHex, type CompiledModule } from '../../../vm/bytecode/module.js';
import { Op } from '../../../vm/bytecode/opcodes.js';
import { compileMove } from '../../codegen/compile.js';
import { compiledModule } from './arbitraries.js';
import { everyOpcodeModule, SELF, STD } from './fixtures.js';

function roundTrip(m: CompiledModule): void {
  const text = disassemble(m);
  const r = assemble(text);
  if (!r.ok) throw new Error(`listing does not assemble:\n${r.errors.map((e) => `${e.line}:${e.column}: ${e.message}`).join('\n')}\n\n${text}`);
  expect(Buffer.from(encodeModule(r.module)).equals(Buffer.from(encodeModule(m))), text).toBe(true);
}

function errorsOf(text: string): Array<{ line: number; column: number; message: string }> {
  const r = assemble(text);
  if (r.ok) throw new Error('expected errors');
  return r.errors;
}

/** A minimal module with one function whose body lines are given. */
function listing(body: string[], extra: string[] = []): string {
  return ['module 0x42::m {', '    datatype [0] S;', '    function [0] f;', ...extra, '    struct S has drop {', '        a: u64,', '    }', '    fun f(loc0: u64): u64 {', ...body.map((l) => `        ${l}`), '    }', '}', ''].join('\n');
}

describe('assemble(disassemble(m)) round trip', () => {
  it('gives back the every-opcode module byte for byte', () => {
    roundTrip(everyOpcodeModule());
    const r = assemble(disassemble(everyOpcodeModule()));
    expect(r.ok && r.module).toEqual(everyOpcodeModule());
  });

  it('keeps unused, duplicate and dangling handles, natives with bodies and odd names', () => {
    const m = everyOpcodeModule();
    const odd: CompiledModule = {
      ...m,
      moduleHandles: [...m.moduleHandles, { address: STD, name: 'option' }, { address: SELF, name: 'we ird::"name"\n' }],
      datatypeHandles: [...m.datatypeHandles, { module: 0, name: 'Box', abilities: 0, typeParams: [] }, { module: 9, name: '', abilities: 15, typeParams: [{ constraints: 3, phantom: true }] }],
      functionHandles: [...m.functionHandles, { module: 3, name: 'fun', typeParams: [1, 0], params: [['datatype', 4, []]], returns: ['u8', 'bool'] }],
      structs: [...m.structs, { handle: 4, fields: [{ name: 'x', type: ['param', 3] }], positional: true }, { handle: 40, fields: [], positional: false }],
      enums: [...m.enums, { handle: 1, variants: [{ name: 'A', fields: [], positional: true }, { name: 'A', fields: [], positional: false }] }],
      functions: [
        ...m.functions,
        { handle: 3, visibility: 'private', entry: false, native: true, locals: ['u8'], code: [[Op.Call, 4, []], [Op.Pack, 3, []], [Op.Branch, 9], [Op.VariantSwitch, 1, [0, 7]], [Op.ImmBorrowField, 3, 5, []], [Op.LdConst, 77]], lines: [0, 0, 0, 0, 0, 1, 0, 0, 1, 2, 3, 4, 5, 6, 7, 8, 0, 0, 0, 0, 9, 9, 9, 9], attributes: [{ name: 'a b', args: [['k', 'true'], ['l', false], ['m', 'x"00"'], ['', '']] }] },
        { handle: 99, visibility: 'public', entry: false, native: false, locals: [], code: [], lines: [], attributes: [] },
      ],
      constants: [...m.constants, { name: 'FLAG', type: 'u8', value: 1 }, { name: 'V', type: ['vector', ['vector', 'u64']], value: [[], [0n]] }],
      identifiers: ['', '\u202e', 'x y'],
      metadata: { sourceFile: '', sharing: { types: [{ name: 'T"', classification: 'frozen', reason: '' }], functions: [{ name: 'f', classification: 'consensus', reason: 'r', parameter: '' }] } },
    };
    roundTrip(odd);
    expect(disassemble(odd)).not.toContain('\u202e');
  });

  it('round-trips arbitrary modules', () => {
    fc.assert(fc.property(compiledModule, roundTrip), { numRuns: 500, seed: 42 });
  });

  it('round-trips every compiled module, the whole bundled library included', () => {
    const { modules } = compileMove(
      'sources/shop.move',
      `module test::shop {
    use sui::coin::{Self, Coin};
    use sui::sui::SUI;
    public struct Shop has key { id: UID, price: u64, sales: vector<u64> }
    public enum Status has copy, drop { Open, Closed { reason: u64 }, Paused(u8, bool) }
    const EPrice: u64 = 7;
    const NAME: vector<u8> = b"shop";
    fun init(ctx: &mut TxContext) { transfer::share_object(Shop { id: object::new(ctx), price: 10, sales: vector[] }) }
    public fun buy(shop: &mut Shop, c: Coin<SUI>): Coin<SUI> {
        assert!(coin::value(&c) >= shop.price, EPrice);
        shop.sales.push_back(coin::value(&c));
        c
    }
    public fun status(s: &Shop): Status { if (s.price > 100) Status::Closed { reason: s.price } else if (s.price == 0) Status::Paused(1, true) else Status::Open }
    public fun code(s: Status): u64 { match (s) { Status::Open => 0, Status::Closed { reason } => reason, Status::Paused(x, _) => x as u64 } }
    public fun name(): vector<u8> { NAME }
    #[test]
    fun t() { assert!(code(Status::Open) == 0, 1) }
}`,
    );
    expect(modules.size).toBeGreaterThan(40);
    for (const m of modules.values()) roundTrip(m);
  });
});

describe('hand-written listings', () => {
  it('resolve labels, names and unqualified references', () => {
    const r = assemble(
      listing(['locals:', '    loc1: S', '0: CopyLoc loc0', '   BrTrue 9', '   Branch 0  // 3:1-3:9', '9: MoveLoc loc0', '   LdU64 1', '   Add', '   Ret'], ['    const [0] C: u64 = 3;']),
    );
    if (!r.ok) throw new Error(JSON.stringify(r.errors));
    const f = r.module.functions[0]!;
    expect(f.code).toEqual([[Op.CopyLoc, 0], [Op.BrTrue, 3], [Op.Branch, 0], [Op.MoveLoc, 0], [Op.LdU64, 1n], [Op.Add], [Op.Ret]]);
    expect(f.lines.slice(8, 12)).toEqual([3, 1, 3, 9]);
    expect(f.locals).toEqual([['datatype', 0, []]]);
    expect(r.module.datatypeHandles[0]).toEqual({ module: 0, name: 'S', abilities: 2, typeParams: [] });
    expect(r.module.functionHandles[0]).toEqual({ module: 0, name: 'f', typeParams: [], params: ['u64'], returns: ['u64'] });
  });

  it('may leave out the handles of their own definitions, which are appended in order', () => {
    const r = assemble(['module 0x42::m {', '    use 0x1::option;', '    datatype [0] 0x1::option::Option<T0> has copy, drop, store;', '    struct S has drop {}', '    fun g(): 0x42::m::S {', '        Pack S', '        Ret', '    }', '    fun f(loc0: S) {', '        Call g', '        Pop', '        Ret', '    }', '}'].join('\n'));
    if (!r.ok) throw new Error(JSON.stringify(r.errors));
    expect(r.module.datatypeHandles.map((d) => d.name)).toEqual(['Option', 'S']);
    expect(r.module.functionHandles.map((f) => [f.name, f.params])).toEqual([
      ['g', []],
      ['f', [['datatype', 1, []]]],
    ]);
    expect(r.module.functions[1]!.code).toEqual([[Op.Call, 0, []], [Op.Pop], [Op.Ret]]);
    roundTrip(r.module);
    const twice = errorsOf(['module 0x42::m {', '    fun f() {}', '    fun f() {}', '}'].join('\n'));
    expect(twice).toEqual([{ line: 3, column: 9, message: 'function f is defined twice' }]);
    const unbound = errorsOf(['module 0x42::m {', '    datatype [0] S;', '}'].join('\n'));
    expect(unbound[0]).toMatchObject({ line: 2, column: 14, message: expect.stringContaining('a struct or enum of this module must define it') });
  });

  it('report unknown and ambiguous names with their line and column', () => {
    const unknown = errorsOf(listing(['0: Call g', '1: Pack 0x42::m::T', '2: ImmBorrowField 0x42::m::S.b', '3: LdConst NOPE', '4: Branch 12', '5: Ret']));
    expect(unknown.map((e) => [e.line, e.column])).toEqual([
      [8, 17],
      [9, 17],
      [10, 38],
      [11, 20],
      [12, 19],
    ]);
    expect(unknown[0]!.message).toContain('unknown function g');
    expect(unknown[1]!.message).toContain('unknown datatype 0x42::m::T');
    expect(unknown[2]!.message).toContain('has no field b');
    expect(unknown[3]!.message).toContain('unknown constant NOPE');
    expect(unknown[4]!.message).toContain('no instruction is labelled 12');

    const two = ['module 0x42::m {', '    use 0x1::option;', '    use 0x1::option;', '    datatype [0] 0x1::option::Option;', '}'].join('\n');
    expect(errorsOf(two)[0]).toMatchObject({ line: 4, column: 18, message: expect.stringContaining('ambiguous: it is module#1, module#2') });
  });

  it('report syntax errors on every bad line and go on', () => {
    const errors = errorsOf(listing(['0: Frob', '1: LdU8 256', '2: CopyLoc x', '3: Ret // 7:5']));
    expect(errors.map((e) => e.line)).toEqual([8, 9, 10, 11]);
    expect(errors[0]!.message).toBe('unknown instruction `Frob`');
    expect(errors[1]!.message).toContain('out of range');
    expect(errors[3]!.message).toContain('LINE:COLUMN-ENDLINE:ENDCOLUMN');
    expect(errorsOf('')[0]!.message).toContain('no module');
    expect(errorsOf('module 0x1::m {\n')[0]!.message).toContain('not closed');
    expect(errorsOf('module 0x1::m {\n  fun f() {\n')[0]!.message).toContain('not closed');
    expect(errorsOf(listing(['0: moveloc loc0']))[0]!.message).toContain('did you mean `MoveLoc`?');
  });
});

describe('the assembler never throws', () => {
  const base = disassemble(everyOpcodeModule()).split('\n');
  const check = (text: string): void => {
    let r: AsmResult | undefined;
    expect(() => (r = assemble(text))).not.toThrow();
    if (r && !r.ok) {
      for (const e of r.errors) {
        expect(e.message).not.toMatch(/internal/);
        expect(e.line).toBeGreaterThanOrEqual(1);
        expect(e.column).toBeGreaterThanOrEqual(1);
      }
    }
  };

  it('on random text', () => {
    fc.assert(fc.property(fc.string({ maxLength: 200 }), check), { numRuns: 500, seed: 7 });
    fc.assert(fc.property(fc.array(fc.constantFrom(...'module 0x1::m {}()<>[]:;,.#?&"\\x@ fun struct\n'.split('')), { maxLength: 120 }), (cs) => check(cs.join(''))), { numRuns: 500, seed: 8 });
  });

  it('on a valid listing with lines deleted, duplicated or edited', () => {
    const edit = fc.record({ line: fc.nat({ max: base.length - 1 }), kind: fc.constantFrom('delete', 'duplicate', 'insert', 'truncate', 'replace'), at: fc.nat({ max: 80 }), text: fc.string({ maxLength: 6 }) });
    fc.assert(
      fc.property(fc.array(edit, { minLength: 1, maxLength: 4 }), (edits) => {
        const lines = [...base];
        for (const e of edits) {
          const i = e.line % lines.length;
          const l = lines[i] ?? '';
          if (e.kind === 'delete') lines.splice(i, 1);
          else if (e.kind === 'duplicate') lines.splice(i, 0, l);
          else if (e.kind === 'insert') lines[i] = l.slice(0, e.at) + e.text + l.slice(e.at);
          else if (e.kind === 'truncate') lines[i] = l.slice(0, e.at);
          else lines[i] = l.slice(0, e.at) + e.text + l.slice(e.at + e.text.length);
        }
        check(lines.join('\n'));
      }),
      { numRuns: 1500, seed: 9 },
    );
  });

  it('keeps addresses canonical', () => {
    const r = assemble('module 0x00AB::m {\n    use 0x1::option;\n}\n');
    expect(r.ok && r.module.moduleHandles).toEqual([
      { address: addressHex(0xabn), name: 'm' },
      { address: STD, name: 'option' },
    ]);
  });
});
