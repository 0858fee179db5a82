// The module codec: a CompiledModule in, canonical bytes out (encodeModule); any byte string in,
// a module or a decoding status out (decodeModule), never an exception.
//
// Layout: 4 magic bytes `DE ED C0 DE`, one format-version byte, then one MessagePack value
// (msgpackr, useRecords: false, big-integer extension): the module as nested arrays in a fixed
// field order, so the bytes never depend on the key order of the objects handed in. The order,
// tag numbers and record layouts are in docs/BYTECODE.md, rendered from FORMAT_LAYOUT below.
//
// Decoding is defensive in layers, cheapest first: size and header; a scan of the MessagePack
// framing (msgpack-scan.ts) that admits only the value kinds the format writes and bounds the
// nesting before msgpackr builds anything; a strict shape check of every table, instruction
// operand, type and constant; and last a re-encode compared byte for byte with the input, so
// that exactly one byte string decodes to each module and module digests are well defined.
// Index bounds (does handle 7 exist?) are left to the verifier, as in Move.

import { Packr } from 'msgpackr';
import { FORMAT_VERSION, PRIM_TYPES, type CompiledModule, type ConstValue, type ConstantDef, type DatatypeHandle, type EnumDef, type FieldDef, type FunctionAttribute, type FunctionDef, type FunctionHandle, type ModuleId, type ModuleMetadata, type PrimType, type SigType, type StructDef, type TypeParam, type VariantDef, type Visibility } from './module.js';
import { OPCODES, type Instr, type Operand, type OperandKind } from './opcodes.js';
import { DECODING_STATUSES, type DecodingStatusName } from './decode-status.js';
import { scanMessagePack } from './msgpack-scan.js';
import { INVARIANT_STATUSES } from '../status.js';

/** `DE ED C0 DE`: "deed code". Not valid UTF-8, so a text file is never taken for a module. */
export const MODULE_MAGIC: readonly number[] = [0xde, 0xed, 0xc0, 0xde];
const HEADER_LENGTH = MODULE_MAGIC.length + 1;

/** Modules above this size are refused unread (Sui caps a whole package at 100 KB). */
export const MAX_MODULE_BYTES = 1 << 20;
/** Deepest SigType accepted: `vector<vector<...>>` 32 levels down is far beyond real code. */
export const MAX_TYPE_DEPTH = 32;
/** Deepest array nesting in the body: the module's own records plus the deepest type. */
export const MAX_NESTING = 8 + 2 * MAX_TYPE_DEPTH;

const MAX_INDEX = 0xffff_ffff;

export interface DecodeStatus {
  code: number;
  name: string;
  message: string;
}

export type DecodeResult = { ok: true; module: CompiledModule } | { ok: false; status: DecodeStatus };

// One Packr for both directions: with useRecords off it keeps no state between calls.
const packr = new Packr({ useRecords: false, useBigIntExtension: true, int64AsType: 'bigint' });

// ---------------------------------------------------------------------------------------------
// Tag tables. Primitive types are bare small integers; composite types are arrays headed by a tag.

const PRIM_TAG: Readonly<Record<PrimType, number>> = { bool: 0, u8: 1, u16: 2, u32: 3, u64: 4, u128: 5, u256: 6, address: 7 };
const TYPE_TAG = { vector: 8, datatype: 9, ref: 10, mut: 11, param: 12 } as const;
const VISIBILITIES: readonly Visibility[] = ['private', 'public', 'package', 'friend'];
const TYPE_CLASSES = ['owned-only', 'always-shared', 'may-be-shared', 'frozen'] as const;
const FUNCTION_CLASSES = ['fast', 'consensus', 'depends'] as const;

/** The encoded layout, field by field, for the reference docs; the codec below follows it. */
export const FORMAT_LAYOUT = {
  module: ['moduleHandles', 'datatypeHandles', 'functionHandles', 'friends', 'structs', 'enums', 'functions', 'constants', 'identifiers', 'metadata'],
  moduleId: ['address (32-byte bin)', 'name'],
  datatypeHandle: ['module', 'name', 'abilities', 'typeParams: [constraints, phantom][]'],
  functionHandle: ['module', 'name', 'typeParams: constraints[]', 'params: type[]', 'returns: type[]'],
  struct: ['handle', 'fields: [name, type][]', 'positional'],
  enum: ['handle', 'variants: [name, fields: [name, type][], positional][]'],
  function: ['handle', 'visibility', 'entry', 'native', 'locals: type[]', 'code: flat instruction stream', 'lines: number[] (4 per instruction)', 'attributes: [name, [key, value][]][]'],
  constant: ['name', 'type', 'value'],
  metadata: ['sourceFile', 'types: [name, classification, reason][]', 'functions: [name, classification, reason, parameter or nil][]'],
  primTags: PRIM_TAG,
  typeTags: TYPE_TAG,
  visibilities: VISIBILITIES,
  typeClasses: TYPE_CLASSES,
  functionClasses: FUNCTION_CLASSES,
} as const;

// ---------------------------------------------------------------------------------------------
// Encoding: lower the module to plain arrays, then pack. The lowering checks JS types only (cheap);
// a module the compiler got wrong in other ways is caught when it is decoded or verified.

export class ModuleEncodeError extends Error {
  override name = 'ModuleEncodeError';
}

function bad(at: string, what: string): never {
  throw new ModuleEncodeError(`cannot encode module: ${at}: ${what}`);
}

const ADDRESS_RE = /^0x[0-9a-f]{64}$/;

function addressBytes(a: unknown, at: string): Uint8Array {
  if (typeof a !== 'string' || !ADDRESS_RE.test(a)) bad(at, 'an address must be 0x and 64 lowercase hex digits');
  return Uint8Array.from(Buffer.from(a.slice(2), 'hex'));
}

function lowerType(t: SigType, at: string): unknown {
  if (typeof t === 'string') return PRIM_TAG[t] ?? bad(at, `unknown type ${JSON.stringify(t)}`);
  switch (t[0]) {
    case 'vector':
    case 'ref':
    case 'mut':
      return [TYPE_TAG[t[0]], lowerType(t[1], at)];
    case 'datatype':
      return [TYPE_TAG.datatype, t[1], t[2].map((a) => lowerType(a, at))];
    case 'param':
      return [TYPE_TAG.param, t[1]];
    default:
      return bad(at, `unknown type ${JSON.stringify(t)}`);
  }
}

const lowerTypes = (ts: readonly SigType[], at: string): unknown[] => ts.map((t) => lowerType(t, at));
const lowerId = (id: ModuleId, at: string): unknown[] => [addressBytes(id.address, at), id.name];
const lowerFields = (fs: readonly FieldDef[], at: string): unknown[] => fs.map((f) => [f.name, lowerType(f.type, at)]);

function lowerCode(code: readonly Instr[], at: string): unknown[] {
  const out: unknown[] = [];
  for (let i = 0; i < code.length; i++) {
    const ins = code[i]!;
    const info = OPCODES[ins[0]];
    if (!info) bad(`${at}.code[${i}]`, `unknown opcode ${ins[0]}`);
    if (ins.length !== info.operands.length + 1) bad(`${at}.code[${i}]`, `${info.name} takes ${info.operands.length} operands`);
    out.push(ins[0]);
    for (let k = 0; k < info.operands.length; k++) {
      const v = ins[k + 1];
      const kind = info.operands[k]!;
      if (kind === 'types') {
        if (!Array.isArray(v)) bad(`${at}.code[${i}]`, `${info.name} takes a list of type arguments`);
        out.push(lowerTypes(v as readonly SigType[], `${at}.code[${i}]`));
      } else if (kind === 'type') out.push(lowerType(v as SigType, `${at}.code[${i}]`));
      else if (kind === 'offsets') {
        if (!Array.isArray(v)) bad(`${at}.code[${i}]`, `${info.name} takes a list of offsets`);
        out.push(v);
      } else {
        // The likeliest slip: a u64 literal as a number, or an index as a bigint.
        const want = kind === 'u64' || kind === 'u128' || kind === 'u256' ? 'bigint' : 'number';
        if (typeof v !== want) bad(`${at}.code[${i}]`, `${info.name} operand ${k + 1} (${kind}) must be a ${want}`);
        out.push(v);
      }
    }
  }
  return out;
}

function lowerConst(v: ConstValue, t: SigType, at: string): unknown {
  if (t === 'address') return addressBytes(v, at);
  if (Array.isArray(t) && t[0] === 'vector' && t[1] === 'u8' && !(v instanceof Uint8Array)) bad(at, 'a vector<u8> constant must be a Uint8Array');
  if (Array.isArray(t) && t[0] === 'vector' && t[1] !== 'u8') {
    if (!Array.isArray(v)) bad(at, 'a vector constant must be an array');
    return (v as readonly ConstValue[]).map((e) => lowerConst(e, t[1] as SigType, at));
  }
  return v;
}

function lowerFunction(f: FunctionDef, at: string): unknown[] {
  return [
    f.handle,
    tagOf(VISIBILITIES, f.visibility, `${at}.visibility`),
    f.entry,
    f.native,
    lowerTypes(f.locals, at),
    lowerCode(f.code, at),
    f.lines,
    f.attributes.map((a: FunctionAttribute) => [a.name, a.args.map(([k, v]) => [k, v])]),
  ];
}

function tagOf(list: readonly string[], value: string, at: string): number {
  const i = list.indexOf(value);
  return i >= 0 ? i : bad(at, `unknown value ${JSON.stringify(value)}`);
}

function lowerMetadata(m: ModuleMetadata): unknown[] {
  return [
    m.sourceFile,
    m.sharing.types.map((t, i) => [t.name, tagOf(TYPE_CLASSES, t.classification, `metadata.types[${i}]`), t.reason]),
    m.sharing.functions.map((f, i) => [f.name, tagOf(FUNCTION_CLASSES, f.classification, `metadata.functions[${i}]`), f.reason, f.parameter ?? null]),
  ];
}

function lowerModule(m: CompiledModule): unknown[] {
  return [
    m.moduleHandles.map((id, i) => lowerId(id, `moduleHandles[${i}]`)),
    m.datatypeHandles.map((h: DatatypeHandle) => [h.module, h.name, h.abilities, h.typeParams.map((p) => [p.constraints, p.phantom])]),
    m.functionHandles.map((h: FunctionHandle, i) => [h.module, h.name, h.typeParams, lowerTypes(h.params, `functionHandles[${i}]`), lowerTypes(h.returns, `functionHandles[${i}]`)]),
    m.friends.map((id, i) => lowerId(id, `friends[${i}]`)),
    m.structs.map((s: StructDef, i) => [s.handle, lowerFields(s.fields, `structs[${i}]`), s.positional]),
    m.enums.map((e: EnumDef, i) => [e.handle, e.variants.map((v) => [v.name, lowerFields(v.fields, `enums[${i}]`), v.positional])]),
    m.functions.map((f, i) => lowerFunction(f, `functions[${i}]`)),
    m.constants.map((c: ConstantDef, i) => [c.name, lowerType(c.type, `constants[${i}]`), lowerConst(c.value, c.type, `constants[${i}]`)]),
    m.identifiers,
    lowerMetadata(m.metadata),
  ];
}

function packBody(m: CompiledModule): Uint8Array {
  // pack() returns a view into msgpackr's reusable buffer; the caller copies it out.
  return packr.pack(lowerModule(m));
}

/** The canonical bytes of a module. Throws ModuleEncodeError if the module is not encodable. */
export function encodeModule(m: CompiledModule): Uint8Array {
  if (m.version !== FORMAT_VERSION) bad('version', `format version must be ${FORMAT_VERSION}`);
  const body = packBody(m);
  const out = new Uint8Array(HEADER_LENGTH + body.length);
  out.set(MODULE_MAGIC, 0);
  out[MODULE_MAGIC.length] = FORMAT_VERSION;
  out.set(body, HEADER_LENGTH);
  return out;
}

// ---------------------------------------------------------------------------------------------
// Decoding. Readers take the unpacked value as `unknown` and return typed parts or throw a
// DecodeFailure, which decodeModule turns into a status; nothing else escapes it.

class DecodeFailure {
  constructor(
    readonly status: DecodingStatusName,
    readonly message: string,
  ) {}
}

/** Where a part sits, for messages; a function when building the text eagerly would be wasted work. */
type Where = string | (() => string);

function fail(status: DecodingStatusName, at: Where, what: string): never {
  throw new DecodeFailure(status, `${typeof at === 'string' ? at : at()}: ${what}`);
}

function arr(v: unknown, at: string, length?: number): unknown[] {
  if (!Array.isArray(v)) fail('BAD_SHAPE', at, 'expected an array');
  if (length !== undefined && v.length !== length) fail('BAD_SHAPE', at, `expected ${length} elements, found ${v.length}`);
  return v;
}

function str(v: unknown, at: string): string {
  if (typeof v !== 'string') fail('BAD_SHAPE', at, 'expected a string');
  return v;
}

function bool(v: unknown, at: string): boolean {
  if (typeof v !== 'boolean') fail('BAD_SHAPE', at, 'expected a boolean');
  return v;
}

function isUint(v: unknown, max: number): v is number {
  return typeof v === 'number' && Number.isInteger(v) && v >= 0 && v <= max;
}

function uint(v: unknown, at: Where, max = MAX_INDEX, status: DecodingStatusName = 'BAD_SHAPE'): number {
  if (!isUint(v, max)) fail(status, at, `expected an integer in 0..${max}`);
  return v;
}

function isBigUint(v: unknown, bits: number): v is bigint {
  return typeof v === 'bigint' && v >= 0n && v < 1n << BigInt(bits);
}

function bytesToAddress(b: Uint8Array): string {
  let hex = '0x';
  for (const byte of b) hex += byte.toString(16).padStart(2, '0');
  return hex;
}

function address(v: unknown, at: string): string {
  if (!(v instanceof Uint8Array) || v.length !== 32) fail('BAD_SHAPE', at, 'expected a 32-byte address');
  return bytesToAddress(v);
}

const PRIM_BY_TAG: readonly PrimType[] = PRIM_TYPES.slice().sort((a, b) => PRIM_TAG[a] - PRIM_TAG[b]);

function readType(v: unknown, at: Where, depth = 0): SigType {
  if (typeof v === 'number') {
    const p = PRIM_BY_TAG[v];
    if (p === undefined) fail('BAD_TYPE', at, `unknown type tag ${v}`);
    return p;
  }
  if (!Array.isArray(v) || v.length === 0) fail('BAD_TYPE', at, 'expected a type');
  if (depth >= MAX_TYPE_DEPTH) fail('TOO_DEEP', at, `type nested deeper than ${MAX_TYPE_DEPTH}`);
  const tag: unknown = v[0];
  const arity = (n: number): void => {
    if (v.length !== n) fail('BAD_TYPE', at, `type tag ${String(tag)} takes ${n - 1} parts, found ${v.length - 1}`);
  };
  switch (tag) {
    case TYPE_TAG.vector:
      arity(2);
      return ['vector', readType(v[1], at, depth + 1)];
    case TYPE_TAG.ref:
      arity(2);
      return ['ref', readType(v[1], at, depth + 1)];
    case TYPE_TAG.mut:
      arity(2);
      return ['mut', readType(v[1], at, depth + 1)];
    case TYPE_TAG.datatype: {
      arity(3);
      const args = v[2];
      if (!Array.isArray(args)) fail('BAD_TYPE', at, 'datatype arguments must be an array');
      return ['datatype', uint(v[1], at, MAX_INDEX, 'BAD_TYPE'), args.map((a) => readType(a, at, depth + 1))];
    }
    case TYPE_TAG.param:
      arity(2);
      return ['param', uint(v[1], at, MAX_INDEX, 'BAD_TYPE')];
    default:
      return fail('BAD_TYPE', at, `unknown type tag ${String(tag)}`);
  }
}

function readTypes(v: unknown, at: string): SigType[] {
  return arr(v, at).map((t) => readType(t, at));
}

function readId(v: unknown, at: string): ModuleId {
  const [a, n] = arr(v, at, 2);
  return { address: address(a, `${at}.address`), name: str(n, `${at}.name`) };
}

function readFields(v: unknown, at: string): FieldDef[] {
  return arr(v, at).map((f, i) => {
    const [n, t] = arr(f, `${at}[${i}]`, 2);
    return { name: str(n, `${at}[${i}].name`), type: readType(t, `${at}[${i}].type`) };
  });
}

function readDatatypeHandle(v: unknown, at: string): DatatypeHandle {
  const [mod, name, abilities, tps] = arr(v, at, 4);
  return {
    module: uint(mod, `${at}.module`),
    name: str(name, `${at}.name`),
    abilities: uint(abilities, `${at}.abilities`, 15),
    typeParams: arr(tps, `${at}.typeParams`).map((p, i): TypeParam => {
      const [c, ph] = arr(p, `${at}.typeParams[${i}]`, 2);
      return { constraints: uint(c, `${at}.typeParams[${i}].constraints`, 15), phantom: bool(ph, `${at}.typeParams[${i}].phantom`) };
    }),
  };
}

function readFunctionHandle(v: unknown, at: string): FunctionHandle {
  const [mod, name, tps, params, returns] = arr(v, at, 5);
  return {
    module: uint(mod, `${at}.module`),
    name: str(name, `${at}.name`),
    typeParams: arr(tps, `${at}.typeParams`).map((c, i) => uint(c, `${at}.typeParams[${i}]`, 15)),
    params: readTypes(params, `${at}.params`),
    returns: readTypes(returns, `${at}.returns`),
  };
}

function readStruct(v: unknown, at: string): StructDef {
  const [h, fields, positional] = arr(v, at, 3);
  return { handle: uint(h, `${at}.handle`), fields: readFields(fields, `${at}.fields`), positional: bool(positional, `${at}.positional`) };
}

function readEnum(v: unknown, at: string): EnumDef {
  const [h, variants] = arr(v, at, 2);
  return {
    handle: uint(h, `${at}.handle`),
    variants: arr(variants, `${at}.variants`).map((x, i): VariantDef => {
      const vat = `${at}.variants[${i}]`;
      const [name, fields, positional] = arr(x, vat, 3);
      return { name: str(name, `${vat}.name`), fields: readFields(fields, `${vat}.fields`), positional: bool(positional, `${vat}.positional`) };
    }),
  };
}

const LITERAL_MAX: Partial<Record<OperandKind, number>> = { u8: 0xff, u16: 0xffff, u32: 0xffff_ffff };
const LITERAL_BITS: Partial<Record<OperandKind, number>> = { u64: 64, u128: 128, u256: 256 };

function readOperand(kind: OperandKind, v: unknown, at: () => string): Operand {
  switch (kind) {
    case 'u8':
    case 'u16':
    case 'u32': {
      const max = LITERAL_MAX[kind]!;
      if (!isUint(v, max)) fail('BAD_OPERAND', at(), `${kind} literal must be an integer in 0..${max}`);
      return v;
    }
    case 'u64':
    case 'u128':
    case 'u256':
      if (!isBigUint(v, LITERAL_BITS[kind]!)) fail('BAD_OPERAND', at(), `${kind} literal must be a big integer in 0..2^${LITERAL_BITS[kind]}-1`);
      return v;
    case 'types':
      if (!Array.isArray(v)) fail('BAD_OPERAND', at(), 'type arguments must be a list');
      return v.map((t) => readType(t, at));
    case 'type':
      return readType(v, at);
    case 'offsets':
      if (!Array.isArray(v)) fail('BAD_OPERAND', at(), 'jump table must be a list of offsets');
      for (const o of v) if (!isUint(o, MAX_INDEX)) fail('BAD_OPERAND', at(), 'jump table offsets must be integers');
      return v as number[];
    case 'local':
    case 'offset':
    case 'const':
    case 'function':
    case 'datatype':
    case 'field':
    case 'variant':
    case 'count':
      if (!isUint(v, MAX_INDEX)) fail('BAD_OPERAND', at(), `${kind} operand must be an integer in 0..${MAX_INDEX}`);
      return v;
  }
}

function readCode(v: unknown, at: string): Instr[] {
  const flat = arr(v, at);
  const code: Instr[] = [];
  let p = 0;
  while (p < flat.length) {
    const i = code.length;
    const where = (): string => `${at}[${i}]`;
    const op = flat[p++];
    const info = typeof op === 'number' ? OPCODES[op] : undefined;
    if (info === undefined) fail('BAD_OPCODE', where(), `unknown opcode ${String(op)}`);
    const kinds = info.operands;
    if (kinds.length === 0) {
      code.push([op as number]);
      continue;
    }
    if (p + kinds.length > flat.length) fail('BAD_OPERAND', where(), `${info.name} is cut short: it takes ${kinds.length} operands`);
    const ins: [number, ...Operand[]] = [op as number];
    for (const kind of kinds) ins.push(readOperand(kind, flat[p++], where));
    code.push(ins);
  }
  return code;
}

function readAttributes(v: unknown, at: string): FunctionAttribute[] {
  return arr(v, at).map((a, i) => {
    const [name, args] = arr(a, `${at}[${i}]`, 2);
    return {
      name: str(name, `${at}[${i}].name`),
      args: arr(args, `${at}[${i}].args`).map((kv, j): [string, string | boolean] => {
        const [k, val] = arr(kv, `${at}[${i}].args[${j}]`, 2);
        if (typeof val !== 'string' && typeof val !== 'boolean') fail('BAD_SHAPE', `${at}[${i}].args[${j}]`, 'an attribute value is a string or true');
        return [str(k, `${at}[${i}].args[${j}]`), val];
      }),
    };
  });
}

function readFunction(v: unknown, at: string): FunctionDef {
  const [h, vis, entry, native, locals, code, lines, attributes] = arr(v, at, 8);
  const visibility = VISIBILITIES[uint(vis, `${at}.visibility`, VISIBILITIES.length - 1)]!;
  const instrs = readCode(code, `${at}.code`);
  const lineTable = arr(lines, `${at}.lines`);
  if (lineTable.length !== 4 * instrs.length) fail('BAD_LINE_TABLE', `${at}.lines`, `expected ${4 * instrs.length} numbers (4 per instruction), found ${lineTable.length}`);
  for (const n of lineTable) if (!isUint(n, MAX_INDEX)) fail('BAD_LINE_TABLE', `${at}.lines`, 'line and column numbers must be non-negative integers');
  return {
    handle: uint(h, `${at}.handle`),
    visibility,
    entry: bool(entry, `${at}.entry`),
    native: bool(native, `${at}.native`),
    locals: readTypes(locals, `${at}.locals`),
    code: instrs,
    lines: lineTable as number[],
    attributes: readAttributes(attributes, `${at}.attributes`),
  };
}

/** Constants hold primitives and vectors of them; anything else has no constant value. */
function readConstValue(v: unknown, t: SigType, at: string): ConstValue {
  switch (t) {
    case 'bool':
      if (typeof v !== 'boolean') fail('BAD_CONSTANT', at, 'expected a bool');
      return v;
    case 'u8':
    case 'u16':
    case 'u32':
      if (!isUint(v, LITERAL_MAX[t]!)) fail('BAD_CONSTANT', at, `expected a ${t}`);
      return v;
    case 'u64':
    case 'u128':
    case 'u256':
      if (!isBigUint(v, LITERAL_BITS[t]!)) fail('BAD_CONSTANT', at, `expected a ${t}`);
      return v;
    case 'address':
      if (!(v instanceof Uint8Array) || v.length !== 32) fail('BAD_CONSTANT', at, 'expected a 32-byte address');
      return bytesToAddress(v);
  }
  if (t[0] !== 'vector') fail('BAD_CONSTANT', at, `a constant cannot have type tag ${t[0]}`);
  if (t[1] === 'u8') {
    if (!(v instanceof Uint8Array)) fail('BAD_CONSTANT', at, 'expected bytes for vector<u8>');
    // A copy: msgpackr hands back a view into the input, which the caller may reuse.
    return new Uint8Array(v);
  }
  if (!Array.isArray(v)) fail('BAD_CONSTANT', at, 'expected a vector');
  return v.map((e) => readConstValue(e, t[1] as SigType, at));
}

function readConstant(v: unknown, at: string): ConstantDef {
  const [name, t, value] = arr(v, at, 3);
  const type = readType(t, `${at}.type`);
  return { name: str(name, `${at}.name`), type, value: readConstValue(value, type, `${at}.value`) };
}

function readMetadata(v: unknown, at: string): ModuleMetadata {
  const [sourceFile, types, functions] = arr(v, at, 3);
  return {
    sourceFile: str(sourceFile, `${at}.sourceFile`),
    sharing: {
      types: arr(types, `${at}.types`).map((x, i) => {
        const [name, c, reason] = arr(x, `${at}.types[${i}]`, 3);
        return { name: str(name, `${at}.types[${i}].name`), classification: TYPE_CLASSES[uint(c, `${at}.types[${i}].classification`, TYPE_CLASSES.length - 1)]!, reason: str(reason, `${at}.types[${i}].reason`) };
      }),
      functions: arr(functions, `${at}.functions`).map((x, i) => {
        const fat = `${at}.functions[${i}]`;
        const [name, c, reason, parameter] = arr(x, fat, 4);
        const entry = { name: str(name, `${fat}.name`), classification: FUNCTION_CLASSES[uint(c, `${fat}.classification`, FUNCTION_CLASSES.length - 1)]!, reason: str(reason, `${fat}.reason`) };
        return parameter === null ? entry : { ...entry, parameter: str(parameter, `${fat}.parameter`) };
      }),
    },
  };
}

function readModule(v: unknown): CompiledModule {
  const [mh, dh, fh, friends, structs, enums, functions, constants, identifiers, metadata] = arr(v, 'module', FORMAT_LAYOUT.module.length);
  const moduleHandles = arr(mh, 'moduleHandles').map((x, i) => readId(x, `moduleHandles[${i}]`));
  if (moduleHandles.length === 0) fail('BAD_SHAPE', 'moduleHandles', 'the first module handle is the module itself, so the table cannot be empty');
  return {
    version: FORMAT_VERSION,
    moduleHandles,
    datatypeHandles: arr(dh, 'datatypeHandles').map((x, i) => readDatatypeHandle(x, `datatypeHandles[${i}]`)),
    functionHandles: arr(fh, 'functionHandles').map((x, i) => readFunctionHandle(x, `functionHandles[${i}]`)),
    friends: arr(friends, 'friends').map((x, i) => readId(x, `friends[${i}]`)),
    structs: arr(structs, 'structs').map((x, i) => readStruct(x, `structs[${i}]`)),
    enums: arr(enums, 'enums').map((x, i) => readEnum(x, `enums[${i}]`)),
    functions: arr(functions, 'functions').map((x, i) => readFunction(x, `functions[${i}]`)),
    constants: arr(constants, 'constants').map((x, i) => readConstant(x, `constants[${i}]`)),
    identifiers: arr(identifiers, 'identifiers').map((x, i) => str(x, `identifiers[${i}]`)),
    metadata: readMetadata(metadata, 'metadata'),
  };
}

function status(name: DecodingStatusName, message: string): DecodeResult {
  const { code } = DECODING_STATUSES[name];
  return { ok: false, status: { code, name, message } };
}

function sameBytes(a: Uint8Array, b: Uint8Array): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

/** Decodes a module; any input gives either the module or a decoding status, never a throw. */
export function decodeModule(bytes: Uint8Array): DecodeResult {
  try {
    if (!(bytes instanceof Uint8Array)) return status('BAD_MAGIC', 'expected bytes');
    if (bytes.length > MAX_MODULE_BYTES) return status('TOO_LARGE', `${bytes.length} bytes; the limit is ${MAX_MODULE_BYTES}`);
    if (bytes.length < HEADER_LENGTH || MODULE_MAGIC.some((b, i) => bytes[i] !== b)) return status('BAD_MAGIC', 'the bytes do not start with the module magic DE ED C0 DE');
    const version = bytes[MODULE_MAGIC.length]!;
    if (version !== FORMAT_VERSION) return status('UNKNOWN_VERSION', `format version ${version}; this VM reads version ${FORMAT_VERSION}`);
    const body = bytes.subarray(HEADER_LENGTH);
    const scan = scanMessagePack(body, MAX_NESTING);
    if (!scan.ok) return status(scan.status, `at byte ${HEADER_LENGTH + scan.offset}: ${scan.message}`);
    let raw: unknown;
    try {
      raw = packr.unpack(body);
    } catch (e) {
      return status('MALFORMED', e instanceof Error ? e.message : String(e));
    }
    const module = readModule(raw);
    if (!sameBytes(packBody(module), body)) return status('NON_CANONICAL', 'the module is not in canonical form: re-encoding it gives different bytes');
    return { ok: true, module };
  } catch (e) {
    if (e instanceof DecodeFailure) return status(e.status, e.message);
    const { code, name } = INVARIANT_STATUSES.UNKNOWN_INVARIANT_VIOLATION;
    return { ok: false, status: { code, name, message: `decoder: ${e instanceof Error ? e.message : String(e)}` } };
  }
}
