// The bytecode module format: what the compiler emits, the codec encodes, the verifier checks and
// the loader runs. Plain data only (no classes), so that the in-memory form is the encoded form:
// the codec (codec.ts) validates shape and writes it with msgpackr in a fixed field order.
//
// Like Move's file format, a module refers to everything outside itself through handles that
// repeat the signature it expects (module, name, abilities, type parameters, parameter and return
// types). The verifier can then type-check one module alone, and linking compares each handle
// with the definition it names.
//
// Indices:
//   moduleHandles[0] is the module itself; datatype and function handles name their module by
//   index into moduleHandles. Definitions point at their own handle (whose module must be 0).
//   Code offsets are instruction indices within one function.

import type { Instr } from './opcodes.js';

/** A module's identity: a 32-byte address as `0x` + 64 lowercase hex digits, and its name. */
export interface ModuleId {
  address: string;
  name: string;
}

/** Ability bit set: the four abilities as bits, so constraints are a single number. */
export const Ability = { copy: 1, drop: 2, store: 4, key: 8 } as const;
export type AbilityName = keyof typeof Ability;
export const ALL_ABILITIES = 15;

/**
 * A type in a signature. Primitives are strings; composite types are tagged arrays so that the
 * encoded form is compact and the same type always encodes to the same bytes.
 *   ['datatype', h, args]  an instance of datatype handle h
 *   ['param', i]           the i-th type parameter of the enclosing function or datatype
 */
export type PrimType = 'bool' | 'u8' | 'u16' | 'u32' | 'u64' | 'u128' | 'u256' | 'address';
export type SigType =
  | PrimType
  | readonly ['vector', SigType]
  | readonly ['datatype', number, readonly SigType[]]
  | readonly ['ref', SigType]
  | readonly ['mut', SigType]
  | readonly ['param', number];

export const PRIM_TYPES: readonly PrimType[] = ['bool', 'u8', 'u16', 'u32', 'u64', 'u128', 'u256', 'address'];

export interface TypeParam {
  /** Ability bits every argument must have. */
  constraints: number;
  /** Phantom parameters of datatypes do not count towards the datatype's abilities. */
  phantom: boolean;
}

export interface DatatypeHandle {
  module: number;
  name: string;
  /** Declared abilities (ability bits). */
  abilities: number;
  typeParams: TypeParam[];
}

export interface FunctionHandle {
  module: number;
  name: string;
  /** Constraint bits of each type parameter. */
  typeParams: number[];
  params: SigType[];
  returns: SigType[];
}

export interface FieldDef {
  name: string;
  type: SigType;
}

/** A struct: `handle` points at its own datatype handle (module 0). */
export interface StructDef {
  handle: number;
  fields: FieldDef[];
  /** Declared positionally (`struct P(u64)`): fields are named `pos0`, `pos1`, ... */
  positional: boolean;
}

export interface VariantDef {
  name: string;
  fields: FieldDef[];
  positional: boolean;
}

export interface EnumDef {
  handle: number;
  variants: VariantDef[];
}

export type Visibility = 'private' | 'public' | 'package' | 'friend';

/**
 * Each instruction's source location, 1-based: [line, column, endLine, endColumn]. Flat, four
 * numbers per instruction, so the table for a function is one array.
 */
export type LineTable = number[];

export interface FunctionDef {
  handle: number;
  visibility: Visibility;
  entry: boolean;
  native: boolean;
  /** Types of the locals after the parameters (parameters are locals 0..params-1). */
  locals: SigType[];
  /** Empty for natives. */
  code: Instr[];
  lines: LineTable;
  /** Source attributes the tools need at run time: `test`, `test_only`, `expected_failure`, ... */
  attributes: FunctionAttribute[];
}

/** `#[test]`, `#[expected_failure(abort_code = 3, location = m)]`, ... as written. */
export interface FunctionAttribute {
  name: string;
  /** `key = value` arguments; a bare name is `[name, true]`. Values are literals as text. */
  args: Array<[string, string | boolean]>;
}

/**
 * A constant's value, shaped by its type: bool as boolean; u8/u16/u32 as number; u64/u128/u256
 * as bigint; address as `0x` + 64 hex; vector<u8> as Uint8Array; any other vector as an array.
 */
export type ConstValue = boolean | number | bigint | string | Uint8Array | readonly ConstValue[];

export interface ConstantDef {
  /** The source name, for clever errors and the disassembler. */
  name: string;
  type: SigType;
  value: ConstValue;
}

/** How the compiler's sharing analysis classified the module's types and functions. */
export interface SharingMetadata {
  types: Array<{ name: string; classification: 'owned-only' | 'always-shared' | 'may-be-shared' | 'frozen'; reason: string }>;
  functions: Array<{ name: string; classification: 'fast' | 'consensus' | 'depends'; reason: string; parameter?: string }>;
}

export interface CompiledModule {
  /** Format version; the codec rejects any other. */
  version: 1;
  moduleHandles: ModuleId[];
  datatypeHandles: DatatypeHandle[];
  functionHandles: FunctionHandle[];
  /** `friend` declarations. */
  friends: ModuleId[];
  structs: StructDef[];
  enums: EnumDef[];
  functions: FunctionDef[];
  constants: ConstantDef[];
  /**
   * Names that clever abort codes point at (Sui's "identifier index"): the compiler lists the
   * names of the `#[error]` constants the module aborts with.
   */
  identifiers: string[];
  metadata: ModuleMetadata;
}

export interface ModuleMetadata {
  /** Source file path as given to the compiler (for abort locations). */
  sourceFile: string;
  sharing: SharingMetadata;
}

export const FORMAT_VERSION = 1;

export function selfId(m: CompiledModule): ModuleId {
  return m.moduleHandles[0]!;
}

/** `0x2::coin` style display of a module id, with the address shortened as Sui prints it. */
export function showModuleId(id: ModuleId): string {
  const short = id.address.replace(/^0x0*/, '');
  return `0x${short === '' ? '0' : short}::${id.name}`;
}

/** The canonical 32-byte address text for a bigint (`0x` + 64 hex digits). */
export function addressHex(a: bigint): string {
  return '0x' + a.toString(16).padStart(64, '0');
}
