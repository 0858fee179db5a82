// What a listing says, before names are resolved: the parser (parse.ts) fills it in line by
// line, and build.ts turns it into a CompiledModule. References keep the position they were
// written at, so resolution errors point at them.

import type { ConstValue, ModuleId, PrimType, TypeParam, Visibility } from '../module.js';
import type { Pos } from './cursor.js';

/** A module handle: by id (`0x1::option`) or by index (`module#3`). */
export type ModuleRefSyn = { at: Pos; id: ModuleId } | { at: Pos; index: number };

/**
 * A datatype or function handle: by index (`datatype#3`), by path (`0x1::option::Option`,
 * `module#2::Option`), or by its name alone when no other handle has that name.
 */
export type HandleRefSyn = { at: Pos; index: number } | { at: Pos; name: string; module?: ModuleRefSyn };

/** A field, variant or constant: by name or by index (`field#2`). */
export type MemberRefSyn = { at: Pos; index: number } | { at: Pos; name: string };

export type TypeSyn =
  | { k: 'prim'; name: PrimType }
  | { k: 'vector'; elem: TypeSyn }
  | { k: 'ref'; mut: boolean; inner: TypeSyn }
  | { k: 'param'; index: number }
  | { k: 'datatype'; ref: HandleRefSyn; args: TypeSyn[] };

export interface FieldSyn {
  name: string;
  type: TypeSyn;
}

/** A definition's head: its name (declaring its handle) or the index of a handle in the table. */
export type HeadSyn = { at: Pos; name: string } | { at: Pos; index: number };

export interface DatatypeEntrySyn {
  at: Pos;
  /** Absent for a bare entry, which a definition declares. */
  full?: { module: ModuleRefSyn; abilities: number; typeParams: TypeParam[] };
  name: string;
}

export interface FunctionSigSyn {
  typeParams: number[];
  params: TypeSyn[];
  returns: TypeSyn[];
}

export interface FunctionEntrySyn {
  at: Pos;
  full?: FunctionSigSyn & { module: ModuleRefSyn };
  name: string;
}

export interface StructSyn {
  at: Pos;
  head: HeadSyn;
  /** Present when the head is a name (the definition declares its handle). */
  decl?: { abilities: number; typeParams: TypeParam[] };
  fields: FieldSyn[];
  positional: boolean;
}

export interface EnumSyn {
  at: Pos;
  head: HeadSyn;
  decl?: { abilities: number; typeParams: TypeParam[] };
  variants: Array<{ name: string; fields: FieldSyn[]; positional: boolean }>;
}

/** A jump target: an instruction label, or a raw offset marked `(past the end)`. */
export interface TargetSyn {
  at: Pos;
  value: number;
  raw: boolean;
}

export type OperandSyn =
  | { k: 'number'; value: number }
  | { k: 'bigint'; value: bigint }
  | { k: 'target'; target: TargetSyn }
  | { k: 'member'; ref: MemberRefSyn }
  | { k: 'const'; at: Pos; index?: number; name?: string }
  | { k: 'handle'; ref: HandleRefSyn }
  | { k: 'types'; types: TypeSyn[] }
  | { k: 'type'; type: TypeSyn }
  | { k: 'table'; entries: Array<{ label: MemberRefSyn; target: TargetSyn }> };

export interface InstrSyn {
  at: Pos;
  op: number;
  /** One per operand of the opcode, in the opcode table's order. */
  operands: OperandSyn[];
  /** The line-table entry: line, column, end line, end column. */
  span: [number, number, number, number];
}

export interface FunctionSyn {
  at: Pos;
  visibility: Visibility;
  entry: boolean;
  native: boolean;
  attributes: Array<{ name: string; args: Array<[string, string | boolean]> }>;
  head: HeadSyn;
  sig?: FunctionSigSyn;
  /** Locals after the parameters, each with the number it was written with (`loc3`). */
  locals: Array<{ at: Pos; number: number; type: TypeSyn }>;
  code: InstrSyn[];
  /** Instruction index by label. */
  labels: Map<number, number>;
}

export interface ListingSyn {
  self?: { at: Pos; id: ModuleId };
  sourceFile: string;
  uses: ModuleId[];
  friends: ModuleId[];
  datatypes: DatatypeEntrySyn[];
  functionHandles: FunctionEntrySyn[];
  structs: StructSyn[];
  enums: EnumSyn[];
  constants: Array<{ at: Pos; name: string; type: TypeSyn; value: ConstValue }>;
  identifiers: string[];
  functions: FunctionSyn[];
  sharingTypes: Array<{ name: string; classification: 'owned-only' | 'always-shared' | 'may-be-shared' | 'frozen'; reason: string }>;
  sharingFunctions: Array<{ name: string; classification: 'fast' | 'consensus' | 'depends'; reason: string; parameter?: string }>;
}

export function emptyListing(): ListingSyn {
  return { sourceFile: '', uses: [], friends: [], datatypes: [], functionHandles: [], structs: [], enums: [], constants: [], identifiers: [], functions: [], sharingTypes: [], sharingFunctions: [] };
}
