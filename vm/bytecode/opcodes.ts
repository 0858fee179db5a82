// The instruction set: one table row per opcode with its operands, its stack transition and its
// gas class. The codec validates operands against `operands`, the disassembler prints them, the
// verifier and the interpreter switch on the numeric opcode, and the gas schedule prices each
// `gas` class (vm/gas/schedule.ts).
//
// An instruction is a tuple `[opcode, ...operands]`. Operand kinds:
//   local     index of a local (parameters first)          number
//   offset    target instruction index in the function     number
//   const     index into the module's constants            number
//   u8/u16/u32  literal                                     number
//   u64/u128/u256 literal                                  bigint
//   function  index into functionHandles                   number
//   datatype  index into datatypeHandles                   number
//   field     field index within the struct or variant     number
//   variant   variant index within the enum                number
//   types     type arguments (empty when not generic)      SigType[]
//   type      one element type                             SigType
//   count     element count                                number
//   offsets   one jump target per variant                  number[]
//
// Stack notation: `a, b -> c` pops b then a (b on top) and pushes c. Branch targets must be
// instruction indices inside the function; the verifier checks it.

import type { SigType } from './module.js';

export type OperandKind = 'local' | 'offset' | 'const' | 'u8' | 'u16' | 'u32' | 'u64' | 'u128' | 'u256' | 'function' | 'datatype' | 'field' | 'variant' | 'types' | 'type' | 'count' | 'offsets';

export type Operand = number | bigint | SigType | readonly SigType[] | readonly number[];

export type Instr = readonly [number, ...Operand[]];

/**
 * Gas classes. Each names a group of instructions with the same cost shape; per-size parts
 * (bytes copied, vector elements) are added by the meter from the instruction's operands.
 */
export type GasClass = 'nop' | 'stack' | 'const' | 'local' | 'copy' | 'branch' | 'call' | 'ret' | 'arith' | 'compare' | 'equality' | 'cast' | 'struct' | 'borrow' | 'read' | 'write' | 'vector' | 'abort';

export interface OpcodeInfo {
  name: string;
  operands: readonly OperandKind[];
  /** Stack transition, in the notation above. */
  stack: string;
  gas: GasClass;
  doc: string;
}

export const Op = {
  Nop: 0,
  Pop: 1,
  Ret: 2,
  BrTrue: 3,
  BrFalse: 4,
  Branch: 5,
  LdU8: 6,
  LdU16: 7,
  LdU32: 8,
  LdU64: 9,
  LdU128: 10,
  LdU256: 11,
  LdTrue: 12,
  LdFalse: 13,
  LdConst: 14,
  CopyLoc: 15,
  MoveLoc: 16,
  StLoc: 17,
  ImmBorrowLoc: 18,
  MutBorrowLoc: 19,
  ImmBorrowField: 20,
  MutBorrowField: 21,
  Call: 22,
  Pack: 23,
  Unpack: 24,
  PackVariant: 25,
  UnpackVariant: 26,
  UnpackVariantImmRef: 27,
  UnpackVariantMutRef: 28,
  VariantSwitch: 29,
  ReadRef: 30,
  WriteRef: 31,
  FreezeRef: 32,
  Add: 33,
  Sub: 34,
  Mul: 35,
  Div: 36,
  Mod: 37,
  BitOr: 38,
  BitAnd: 39,
  Xor: 40,
  Shl: 41,
  Shr: 42,
  Or: 43,
  And: 44,
  Not: 45,
  Eq: 46,
  Neq: 47,
  Lt: 48,
  Gt: 49,
  Le: 50,
  Ge: 51,
  CastU8: 52,
  CastU16: 53,
  CastU32: 54,
  CastU64: 55,
  CastU128: 56,
  CastU256: 57,
  Abort: 58,
  VecPack: 59,
  VecLen: 60,
  VecImmBorrow: 61,
  VecMutBorrow: 62,
  VecPushBack: 63,
  VecPopBack: 64,
  VecUnpack: 65,
  VecSwap: 66,
} as const;

export type Opcode = (typeof Op)[keyof typeof Op];

const row = (name: string, operands: readonly OperandKind[], stack: string, gas: GasClass, doc: string): OpcodeInfo => ({ name, operands, stack, gas, doc });

/** Indexed by opcode number. */
export const OPCODES: readonly OpcodeInfo[] = [
  row('Nop', [], '->', 'nop', 'Does nothing.'),
  row('Pop', [], 'v ->', 'stack', 'Discards the top value; its type must have `drop`.'),
  row('Ret', [], 'r1..rn -> (caller)', 'ret', 'Returns the function results, which must be exactly what is on the stack.'),
  row('BrTrue', ['offset'], 'bool ->', 'branch', 'Jumps to the offset if the value is true.'),
  row('BrFalse', ['offset'], 'bool ->', 'branch', 'Jumps to the offset if the value is false.'),
  row('Branch', ['offset'], '->', 'branch', 'Jumps to the offset.'),
  row('LdU8', ['u8'], '-> u8', 'const', 'Pushes a u8 literal.'),
  row('LdU16', ['u16'], '-> u16', 'const', 'Pushes a u16 literal.'),
  row('LdU32', ['u32'], '-> u32', 'const', 'Pushes a u32 literal.'),
  row('LdU64', ['u64'], '-> u64', 'const', 'Pushes a u64 literal.'),
  row('LdU128', ['u128'], '-> u128', 'const', 'Pushes a u128 literal.'),
  row('LdU256', ['u256'], '-> u256', 'const', 'Pushes a u256 literal.'),
  row('LdTrue', [], '-> bool', 'const', 'Pushes true.'),
  row('LdFalse', [], '-> bool', 'const', 'Pushes false.'),
  row('LdConst', ['const'], '-> T', 'copy', 'Pushes a copy of a module constant; costs per byte of the value.'),
  row('CopyLoc', ['local'], '-> T', 'copy', 'Pushes a copy of a local, which stays available; T must have `copy`. Costs per byte.'),
  row('MoveLoc', ['local'], '-> T', 'local', 'Moves a local onto the stack; the local becomes unavailable.'),
  row('StLoc', ['local'], 'T ->', 'local', 'Stores into a local. Overwriting an available value needs `drop` on its type.'),
  row('ImmBorrowLoc', ['local'], '-> &T', 'borrow', 'Pushes an immutable reference to a local.'),
  row('MutBorrowLoc', ['local'], '-> &mut T', 'borrow', 'Pushes a mutable reference to a local.'),
  row('ImmBorrowField', ['datatype', 'field', 'types'], '&S -> &F', 'borrow', 'Borrows a field of a struct defined in this module, through a reference (`&` or `&mut`).'),
  row('MutBorrowField', ['datatype', 'field', 'types'], '&mut S -> &mut F', 'borrow', 'Borrows a field mutably, through a mutable reference to a struct of this module.'),
  row('Call', ['function', 'types'], 'a1..an -> r1..rm', 'call', 'Calls a function with the given type arguments; natives run in the host.'),
  row('Pack', ['datatype', 'types'], 'f1..fn -> S', 'struct', 'Builds a struct of this module from its fields in declaration order.'),
  row('Unpack', ['datatype', 'types'], 'S -> f1..fn', 'struct', 'Destroys a struct of this module, pushing its fields in declaration order.'),
  row('PackVariant', ['datatype', 'variant', 'types'], 'f1..fn -> E', 'struct', 'Builds an enum value of this module with the given variant.'),
  row('UnpackVariant', ['datatype', 'variant', 'types'], 'E -> f1..fn', 'struct', 'Destroys an enum value, pushing its fields; aborts (status VARIANT_MISMATCH) if it holds another variant.'),
  row('UnpackVariantImmRef', ['datatype', 'variant', 'types'], '&E -> &f1..&fn', 'borrow', 'Borrows the fields of a variant immutably; aborts on another variant.'),
  row('UnpackVariantMutRef', ['datatype', 'variant', 'types'], '&mut E -> &mut f1..&mut fn', 'borrow', 'Borrows the fields of a variant mutably; aborts on another variant.'),
  row('VariantSwitch', ['datatype', 'offsets'], '&E ->', 'branch', 'Jumps to the offset listed for the variant the referenced enum value holds.'),
  row('ReadRef', [], '&T -> T', 'read', 'Copies the referenced value; T must have `copy`. Costs per byte.'),
  row('WriteRef', [], 'T, &mut T ->', 'write', 'Overwrites the referenced value; the old value must have `drop`.'),
  row('FreezeRef', [], '&mut T -> &T', 'stack', 'Turns a mutable reference into an immutable one.'),
  row('Add', [], 'n, n -> n', 'arith', 'Addition; aborts with ARITHMETIC_ERROR on overflow.'),
  row('Sub', [], 'n, n -> n', 'arith', 'Subtraction; aborts on underflow.'),
  row('Mul', [], 'n, n -> n', 'arith', 'Multiplication; aborts on overflow.'),
  row('Div', [], 'n, n -> n', 'arith', 'Integer division; aborts on division by zero.'),
  row('Mod', [], 'n, n -> n', 'arith', 'Remainder; aborts on division by zero.'),
  row('BitOr', [], 'n, n -> n', 'arith', 'Bitwise or.'),
  row('BitAnd', [], 'n, n -> n', 'arith', 'Bitwise and.'),
  row('Xor', [], 'n, n -> n', 'arith', 'Bitwise exclusive or.'),
  row('Shl', [], 'n, u8 -> n', 'arith', 'Left shift, dropping bits shifted out; aborts if the shift is >= the bit width.'),
  row('Shr', [], 'n, u8 -> n', 'arith', 'Logical right shift; aborts if the shift is >= the bit width.'),
  row('Or', [], 'bool, bool -> bool', 'arith', 'Logical or of two evaluated operands (`||` compiles to branches).'),
  row('And', [], 'bool, bool -> bool', 'arith', 'Logical and of two evaluated operands (`&&` compiles to branches).'),
  row('Not', [], 'bool -> bool', 'arith', 'Logical negation.'),
  row('Eq', [], 'T, T -> bool', 'equality', 'Structural equality; T must have `drop`. Costs per byte compared.'),
  row('Neq', [], 'T, T -> bool', 'equality', 'Structural inequality; T must have `drop`.'),
  row('Lt', [], 'n, n -> bool', 'compare', 'Less than.'),
  row('Gt', [], 'n, n -> bool', 'compare', 'Greater than.'),
  row('Le', [], 'n, n -> bool', 'compare', 'Less than or equal.'),
  row('Ge', [], 'n, n -> bool', 'compare', 'Greater than or equal.'),
  row('CastU8', [], 'n -> u8', 'cast', 'Casts an integer to u8; aborts if it does not fit.'),
  row('CastU16', [], 'n -> u16', 'cast', 'Casts to u16; aborts if it does not fit.'),
  row('CastU32', [], 'n -> u32', 'cast', 'Casts to u32; aborts if it does not fit.'),
  row('CastU64', [], 'n -> u64', 'cast', 'Casts to u64; aborts if it does not fit.'),
  row('CastU128', [], 'n -> u128', 'cast', 'Casts to u128; aborts if it does not fit.'),
  row('CastU256', [], 'n -> u256', 'cast', 'Casts to u256.'),
  row('Abort', [], 'u64 ->', 'abort', 'Aborts the transaction with the code; the location is this instruction.'),
  row('VecPack', ['type', 'count'], 'e1..en -> vector<T>', 'vector', 'Builds a vector from the top n values. Costs per element.'),
  row('VecLen', ['type'], '&vector<T> -> u64', 'vector', 'Length of a referenced vector.'),
  row('VecImmBorrow', ['type'], '&vector<T>, u64 -> &T', 'vector', 'Borrows an element; aborts with VECTOR_OUT_OF_BOUNDS if the index is past the end.'),
  row('VecMutBorrow', ['type'], '&mut vector<T>, u64 -> &mut T', 'vector', 'Borrows an element mutably; aborts if out of bounds.'),
  row('VecPushBack', ['type'], '&mut vector<T>, T ->', 'vector', 'Appends an element.'),
  row('VecPopBack', ['type'], '&mut vector<T> -> T', 'vector', 'Removes the last element; aborts if the vector is empty.'),
  row('VecUnpack', ['type', 'count'], 'vector<T> -> e1..en', 'vector', 'Destroys a vector of exactly n elements, pushing them; aborts on any other length.'),
  row('VecSwap', ['type'], '&mut vector<T>, u64, u64 ->', 'vector', 'Swaps two elements; aborts if either index is out of bounds.'),
];

/** Opcodes whose operand is a single branch target. */
export const BRANCHES: ReadonlySet<number> = new Set([Op.BrTrue, Op.BrFalse, Op.Branch]);

export function opcodeName(op: number): string {
  return OPCODES[op]?.name ?? `Unknown(${op})`;
}
