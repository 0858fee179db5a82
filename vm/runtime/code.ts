// The pre-decoded instruction form the interpreter runs. In: nothing (a vocabulary). Out: the
// internal opcode numbers (`X`) and the DecodedCode record the loader builds per function.
//
// Bytecode opcodes are untyped (`Add` works on any integer width) and refer to handles. The
// loader turns each instruction into an internal opcode specialised for its operand width
// (values carry no type, see values.ts) with its operands in flat typed arrays and handles
// resolved to direct references, so the interpreter's hot loop does no lookups:
//   ops[pc]  internal opcode
//   a[pc]    first numeric operand (local, jump target, field index, count, small-int max)
//   b[pc]    second numeric operand (variant tag, bit width)
//   x[pc]    object operand (call site, literal value, jump table, bigint max)
//   gas[pc]  gas charged when control reaches pc: the whole basic block's base cost sits on its
//            first instruction, so most instructions charge nothing (see interpreter.ts).

export const X = {
  Nop: 0,
  Pop: 1,
  Ret: 2,
  BrTrue: 3,
  BrFalse: 4,
  Branch: 5,
  /** Push x[pc], an immutable primitive. */
  LdVal: 6,
  /** Push a copy of x[pc], a constant container value. */
  LdConstCopy: 7,
  CopyLoc: 8,
  MoveLoc: 9,
  StLoc: 10,
  BorrowLoc: 11,
  BorrowField: 12,
  Call: 13,
  CallGeneric: 14,
  CallNative: 15,
  Pack: 16,
  Unpack: 17,
  PackVariant: 18,
  UnpackVariant: 19,
  UnpackVariantRef: 20,
  VariantSwitch: 21,
  ReadRef: 22,
  WriteRef: 23,
  // Arithmetic in three flavours: S = u8/u16/u32 (numbers; a = max, b = bits), U64 (dual form),
  // B = u128/u256 (bigints; x = max, b = bits).
  AddS: 24, AddU64: 25, AddB: 26,
  SubS: 27, SubU64: 28, SubB: 29,
  MulS: 30, MulU64: 31, MulB: 32,
  DivS: 33, DivU64: 34, DivB: 35,
  ModS: 36, ModU64: 37, ModB: 38,
  BitOrS: 39, BitOrU64: 40, BitOrB: 41,
  BitAndS: 42, BitAndU64: 43, BitAndB: 44,
  XorS: 45, XorU64: 46, XorB: 47,
  ShlS: 48, ShlU64: 49, ShlB: 50,
  ShrS: 51, ShrU64: 52, ShrB: 53,
  Or: 54,
  And: 55,
  Not: 56,
  /** Equality of primitives: `===`. */
  EqPrim: 57,
  NeqPrim: 58,
  /** Equality of containers or through references: structural. */
  EqDeep: 59,
  NeqDeep: 60,
  Lt: 61,
  Gt: 62,
  Le: 63,
  Ge: 64,
  /** Cast to a number type (u8/u16/u32): a = max. */
  CastSmall: 65,
  CastU64: 66,
  /** Cast to u128/u256: x = max. */
  CastBig: 67,
  Abort: 68,
  VecPack: 69,
  VecLen: 70,
  VecBorrow: 71,
  VecPushBack: 72,
  VecPopBack: 73,
  VecUnpack: 74,
  VecSwap: 75,
  /** An instruction the loader found unreachable and could not type; running it is a bug. */
  Trap: 76,
} as const;

export interface DecodedCode {
  readonly ops: Uint8Array;
  readonly a: Uint32Array;
  readonly b: Uint32Array;
  readonly x: unknown[];
  readonly gas: Uint32Array;
}
