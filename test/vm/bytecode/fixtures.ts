// Hand-built modules for the codec and disassembler tests: one that uses every opcode, every
// operand kind, every SigType and ConstValue shape, and a generator of long functions for timing.

import { Ability, addressHex, type CompiledModule, type FunctionDef } from '../../../vm/bytecode/module.js';
import { Op, OPCODES, type Instr } from '../../../vm/bytecode/opcodes.js';

export const SELF = addressHex(0x2n);
export const STD = addressHex(0x1n);

/** Four line-table numbers per instruction, on consecutive lines from `first`. */
export function linesFor(code: readonly Instr[], first = 10): number[] {
  return code.flatMap((_, i) => [first + i, 5, first + i, 20]);
}

// Handles: datatype 0 = 0x2::shapes::Box<T> (this module), 1 = 0x2::shapes::Shape<T> (enum),
// 2 = 0x1::option::Option<T>; functions 0 = 0x1::option::some<T>, 1 = 0x2::shapes::area.
const everyOpcodeCode: Instr[] = [
  [Op.Nop],
  [Op.LdU8, 255],
  [Op.LdU16, 65535],
  [Op.LdU32, 4294967295],
  [Op.LdU64, 18446744073709551615n],
  [Op.LdU128, (1n << 128n) - 1n],
  [Op.LdU256, (1n << 256n) - 1n],
  [Op.LdTrue],
  [Op.LdFalse],
  [Op.LdConst, 0],
  [Op.CopyLoc, 0],
  [Op.MoveLoc, 1],
  [Op.StLoc, 2],
  [Op.ImmBorrowLoc, 0],
  [Op.MutBorrowLoc, 2],
  [Op.ImmBorrowField, 0, 1, [['param', 0]]],
  [Op.MutBorrowField, 0, 0, ['u64']],
  [Op.Call, 0, [['vector', 'u8']]],
  [Op.Call, 1, []],
  [Op.Pack, 0, ['bool']],
  [Op.Unpack, 0, [['datatype', 2, ['address']]]],
  [Op.PackVariant, 1, 1, ['u8']],
  [Op.UnpackVariant, 1, 0, ['u16']],
  [Op.UnpackVariantImmRef, 1, 1, ['u32']],
  [Op.UnpackVariantMutRef, 1, 0, ['u128']],
  [Op.VariantSwitch, 1, [40, 41]],
  [Op.ReadRef],
  [Op.WriteRef],
  [Op.FreezeRef],
  [Op.Add],
  [Op.Sub],
  [Op.Mul],
  [Op.Div],
  [Op.Mod],
  [Op.BitOr],
  [Op.BitAnd],
  [Op.Xor],
  [Op.Shl],
  [Op.Shr],
  [Op.Or],
  [Op.And],
  [Op.Not],
  [Op.Eq],
  [Op.Neq],
  [Op.Lt],
  [Op.Gt],
  [Op.Le],
  [Op.Ge],
  [Op.CastU8],
  [Op.CastU16],
  [Op.CastU32],
  [Op.CastU64],
  [Op.CastU128],
  [Op.CastU256],
  [Op.VecPack, 'u256', 3],
  [Op.VecLen, ['mut', 'u8']],
  [Op.VecImmBorrow, ['ref', 'bool']],
  [Op.VecMutBorrow, 'address'],
  [Op.VecPushBack, ['vector', ['param', 0]]],
  [Op.VecPopBack, ['datatype', 0, [['datatype', 2, ['u64']]]]],
  [Op.VecUnpack, 'u64', 2],
  [Op.VecSwap, 'u8'],
  [Op.BrTrue, 0],
  [Op.BrFalse, 64],
  [Op.Branch, 66],
  [Op.Pop],
  [Op.LdU64, 7n],
  [Op.Abort],
  [Op.Ret],
];

export function everyOpcodeModule(): CompiledModule {
  return {
    version: 1,
    moduleHandles: [
      { address: SELF, name: 'shapes' },
      { address: STD, name: 'option' },
    ],
    datatypeHandles: [
      { module: 0, name: 'Box', abilities: Ability.copy | Ability.drop | Ability.store, typeParams: [{ constraints: Ability.drop, phantom: false }] },
      { module: 0, name: 'Shape', abilities: Ability.copy | Ability.drop, typeParams: [{ constraints: 0, phantom: true }] },
      { module: 1, name: 'Option', abilities: 7, typeParams: [{ constraints: 0, phantom: false }] },
    ],
    functionHandles: [
      { module: 1, name: 'some', typeParams: [0], params: [['param', 0]], returns: [['datatype', 2, [['param', 0]]]] },
      { module: 0, name: 'area', typeParams: [], params: [['ref', ['datatype', 1, ['u64']]]], returns: ['u64'] },
      { module: 0, name: 'every', typeParams: [Ability.copy | Ability.drop], params: ['u64', ['mut', ['vector', 'u8']]], returns: [] },
      { module: 0, name: 'sqrt', typeParams: [], params: ['u64'], returns: ['u64'] },
    ],
    friends: [{ address: SELF, name: 'friendly' }],
    structs: [
      {
        handle: 0,
        fields: [
          { name: 'value', type: 'u64' },
          { name: 'item', type: ['param', 0] },
        ],
        positional: false,
      },
    ],
    enums: [
      {
        handle: 1,
        variants: [
          { name: 'Circle', fields: [{ name: 'radius', type: 'u64' }], positional: false },
          { name: 'Pair', fields: [{ name: 'pos0', type: 'u8' }, { name: 'pos1', type: 'bool' }], positional: true },
          { name: 'Empty', fields: [], positional: false },
        ],
      },
    ],
    functions: [
      {
        handle: 2,
        visibility: 'public',
        entry: true,
        native: false,
        locals: ['bool', ['vector', ['vector', 'address']]],
        code: everyOpcodeCode,
        lines: linesFor(everyOpcodeCode),
        attributes: [
          { name: 'test', args: [] },
          { name: 'expected_failure', args: [['abort_code', '7'], ['location', 'shapes'], ['arithmetic_error', true]] },
        ],
      },
      { handle: 1, visibility: 'package', entry: false, native: false, locals: [], code: [[Op.LdU64, 0n], [Op.Ret]], lines: [1, 1, 1, 2, 2, 1, 2, 2], attributes: [] },
      { handle: 3, visibility: 'friend', entry: false, native: true, locals: [], code: [], lines: [], attributes: [] },
    ],
    constants: [
      { name: 'FLAG', type: 'bool', value: true },
      { name: 'SMALL', type: 'u8', value: 7 },
      { name: 'MID', type: 'u16', value: 65535 },
      { name: 'WIDE', type: 'u32', value: 100000 },
      { name: 'E_CODE', type: 'u64', value: 3n },
      { name: 'BIG', type: 'u128', value: (1n << 127n) + 5n },
      { name: 'HUGE', type: 'u256', value: (1n << 256n) - 1n },
      { name: 'ADMIN', type: 'address', value: addressHex(0xcafen) },
      { name: 'NAME', type: ['vector', 'u8'], value: new Uint8Array([104, 105]) },
      { name: 'EMPTY', type: ['vector', 'u8'], value: new Uint8Array([]) },
      { name: 'NUMS', type: ['vector', 'u64'], value: [1n, 2n, 18446744073709551615n] },
      { name: 'ADDRS', type: ['vector', 'address'], value: [addressHex(1n), addressHex(0n)] },
      { name: 'NESTED', type: ['vector', ['vector', 'u8']], value: [new Uint8Array([1]), new Uint8Array([])] },
      { name: 'FLAGS', type: ['vector', 'bool'], value: [true, false] },
    ],
    identifiers: ['E_CODE', 'NAME'],
    metadata: {
      sourceFile: 'sources/shapes.move',
      sharing: {
        types: [{ name: 'Box', classification: 'owned-only', reason: 'never shared' }],
        functions: [
          { name: 'every', classification: 'fast', reason: 'no object parameters' },
          { name: 'area', classification: 'depends', reason: 'may be shared', parameter: 's' },
        ],
      },
    },
  };
}

/** A module with one function of about `n` instructions of mixed kinds, for timing. */
export function longModule(n: number): CompiledModule {
  const m = everyOpcodeModule();
  const code: Instr[] = [];
  while (code.length < n) code.push(...everyOpcodeCode.slice(0, Math.min(everyOpcodeCode.length, n - code.length)));
  const f: FunctionDef = { ...m.functions[0]!, code, lines: linesFor(code) };
  return { ...m, functions: [f, ...m.functions.slice(1)] };
}

/** Every opcode number appears in the every-opcode module (the tests assert this). */
export const ALL_OPCODES = OPCODES.map((_, i) => i);
