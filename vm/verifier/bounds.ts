// Check 1, bounds and duplication (2000s). Runs first, on a module nobody vouches for: after it,
// every later check may index tables without guarding.
//
// Spec:
// - Shape: every table is an array, every record has its fields with the right JS types, every
//   type is one of the tagged SigType forms (nesting capped, so a hostile module cannot blow
//   the JS stack), every instruction is `[opcode, ...operands]` with the operands its opcode
//   lists in OPCODES, each of the right kind.
// - Bounds: handle -> module index, type -> datatype handle, definition -> handle, Call ->
//   function handle, locals < parameters + locals, LdConst -> constant, branch and switch
//   targets inside the code, literals within their width, field and variant indices within the
//   definition (for datatypes of this module; instructions on foreign datatypes are refused by
//   the visibility check that runs next).
// - Identity: moduleHandles[0] is the module itself; module ids are `0x` + 64 hex digits and a
//   Move identifier; all names are identifiers; definitions point at handles of module 0; each
//   handle of module 0 has exactly one definition.
// - Duplication: no two module handles, datatype handles or function handles name the same
//   thing; no repeated field names in a struct or variant, nor variant names in an enum.
// - Constants have a primitive or vector type and a value of that shape; friends are other
//   modules at the same address, listed once.

import type { CompiledModule, ConstValue, ModuleId, SigType } from '../bytecode/module.js';
import { OPCODES, Op, type Instr, type OperandKind } from '../bytecode/opcodes.js';
import type { ModuleContext } from './context.js';
import { describeValue, fail, type Location } from './failure.js';
import { moduleKeyOf } from './module-key.js';
import { VERIFICATION_STATUSES as V } from './status.js';

const IDENTIFIER = /^(?:[A-Za-z][A-Za-z0-9_]*|_[A-Za-z0-9_]+)$/;
const ADDRESS = /^0x[0-9a-f]{64}$/;
const VISIBILITIES: ReadonlySet<unknown> = new Set(['private', 'public', 'package', 'friend']);
const PRIMS: ReadonlySet<unknown> = new Set(['bool', 'u8', 'u16', 'u32', 'u64', 'u128', 'u256', 'address']);
const MAX_TYPE_DEPTH = 64;
/** A VecPack/VecUnpack count above the stack limit could never verify; refuse it here. */
const MAX_COUNT = 1024;

const U64_MAX = (1n << 64n) - 1n;
const U128_MAX = (1n << 128n) - 1n;
const U256_MAX = (1n << 256n) - 1n;

const isObject = (x: unknown): x is Record<string, unknown> => typeof x === 'object' && x !== null && !Array.isArray(x);
const isIndex = (x: unknown, length: number): x is number => typeof x === 'number' && Number.isInteger(x) && x >= 0 && x < length;
const isAbilitySet = (x: unknown): x is number => typeof x === 'number' && Number.isInteger(x) && x >= 0 && x <= 15;

function malformed(what: string, at?: Location): never {
  fail(V.MALFORMED_MODULE, what, at);
}

function array(x: unknown, what: string, at?: Location): unknown[] {
  if (!Array.isArray(x)) malformed(`${what} is not an array`, at);
  return x;
}

function identifier(x: unknown, what: string, at?: Location): string {
  if (typeof x !== 'string' || !IDENTIFIER.test(x) || x.length > 255) fail(V.INVALID_IDENTIFIER, `${what} ${describeValue(x)} is not an identifier`, at);
  return x;
}

function moduleId(x: unknown, what: string): ModuleId {
  if (!isObject(x)) malformed(`${what} is not a module id`);
  if (typeof x['address'] !== 'string' || !ADDRESS.test(x['address'])) fail(V.INVALID_MODULE_ID, `${what} has address ${describeValue(x['address'])}`);
  if (typeof x['name'] !== 'string' || !IDENTIFIER.test(x['name'])) fail(V.INVALID_MODULE_ID, `${what} has name ${describeValue(x['name'])}`);
  return x as unknown as ModuleId;
}

export function checkBounds(cx: ModuleContext): void {
  const m = cx.module as unknown;
  if (!isObject(m)) malformed('the module is not an object');
  if (m['version'] !== 1) malformed(`unsupported format version ${describeValue(m['version'])}`);
  const module = cx.module;

  // Module handles --------------------------------------------------------------------------
  const moduleHandles = array(module.moduleHandles, 'moduleHandles');
  if (moduleHandles.length === 0) fail(V.NO_SELF_MODULE_HANDLE, 'moduleHandles is empty');
  const moduleKeys = new Set<string>();
  moduleHandles.forEach((h, i) => {
    const key = moduleKeyOf(moduleId(h, `module handle ${i}`));
    if (moduleKeys.has(key)) fail(V.DUPLICATE_MODULE_HANDLE, `module handle ${i} repeats ${key}`);
    moduleKeys.add(key);
  });
  const self = module.moduleHandles[0]!;

  // Datatype handles ------------------------------------------------------------------------
  const datatypeHandles = array(module.datatypeHandles, 'datatypeHandles');
  const datatypeKeys = new Set<string>();
  datatypeHandles.forEach((h, i) => {
    const what = `datatype handle ${i}`;
    if (!isObject(h)) malformed(`${what} is not a record`);
    if (!isIndex(h['module'], moduleHandles.length)) fail(V.MODULE_INDEX_OUT_OF_BOUNDS, `${what} names module ${describeValue(h['module'])}`);
    const name = identifier(h['name'], `${what} name`);
    if (!isAbilitySet(h['abilities'])) fail(V.INVALID_ABILITY_SET, `${what} has abilities ${describeValue(h['abilities'])}`);
    array(h['typeParams'], `${what} typeParams`).forEach((p, j) => {
      if (!isObject(p) || typeof p['phantom'] !== 'boolean') malformed(`${what} type parameter ${j} is not {constraints, phantom}`);
      if (!isAbilitySet(p['constraints'])) fail(V.INVALID_ABILITY_SET, `${what} type parameter ${j} has constraints ${describeValue(p['constraints'])}`);
    });
    const key = `${h['module']}::${name}`;
    if (datatypeKeys.has(key)) fail(V.DUPLICATE_DATATYPE_HANDLE, `${what} repeats ${moduleKeyOf(module.moduleHandles[h['module']]!)}::${name}`);
    datatypeKeys.add(key);
  });

  const type = (t: unknown, what: string, at?: Location) => checkType(module, t, what, at);

  // Function handles ------------------------------------------------------------------------
  const functionHandles = array(module.functionHandles, 'functionHandles');
  const functionKeys = new Set<string>();
  functionHandles.forEach((h, i) => {
    const what = `function handle ${i}`;
    if (!isObject(h)) malformed(`${what} is not a record`);
    if (!isIndex(h['module'], moduleHandles.length)) fail(V.MODULE_INDEX_OUT_OF_BOUNDS, `${what} names module ${describeValue(h['module'])}`);
    const name = identifier(h['name'], `${what} name`);
    array(h['typeParams'], `${what} typeParams`).forEach((c, j) => {
      if (!isAbilitySet(c)) fail(V.INVALID_ABILITY_SET, `${what} type parameter ${j} has constraints ${describeValue(c)}`);
    });
    array(h['params'], `${what} params`).forEach((t, j) => type(t, `${what} parameter ${j}`));
    array(h['returns'], `${what} returns`).forEach((t, j) => type(t, `${what} return ${j}`));
    const key = `${h['module']}::${name}`;
    if (functionKeys.has(key)) fail(V.DUPLICATE_FUNCTION_HANDLE, `${what} repeats ${name}`);
    functionKeys.add(key);
  });

  // Friends ---------------------------------------------------------------------------------
  const friendKeys = new Set<string>();
  array(module.friends, 'friends').forEach((f, i) => {
    const id = moduleId(f, `friend ${i}`);
    const key = moduleKeyOf(id);
    if (id.address !== self.address) fail(V.INVALID_FRIEND, `friend ${key} is at another address`);
    if (key === moduleKeyOf(self)) fail(V.INVALID_FRIEND, 'a module cannot be its own friend');
    if (friendKeys.has(key)) fail(V.INVALID_FRIEND, `friend ${key} is listed twice`);
    friendKeys.add(key);
  });

  // Datatype definitions --------------------------------------------------------------------
  const defined = new Set<number>();
  const definitionHandle = (d: Record<string, unknown>, what: string): number => {
    const h = d['handle'];
    if (!isIndex(h, datatypeHandles.length)) fail(V.DATATYPE_INDEX_OUT_OF_BOUNDS, `${what} names datatype handle ${describeValue(h)}`);
    if (module.datatypeHandles[h]!.module !== 0) fail(V.DEFINITION_NOT_IN_SELF_MODULE, `${what} points at a handle of another module`);
    if (defined.has(h)) fail(V.DUPLICATE_DEFINITION, `${what} defines ${module.datatypeHandles[h]!.name} again`);
    defined.add(h);
    return h;
  };
  const fields = (list: unknown, what: string) => {
    const names = new Set<string>();
    array(list, `${what} fields`).forEach((f, j) => {
      if (!isObject(f)) malformed(`${what} field ${j} is not a record`);
      const name = identifier(f['name'], `${what} field ${j} name`);
      if (names.has(name)) fail(V.DUPLICATE_FIELD_NAME, `${what} declares field ${name} twice`);
      names.add(name);
      type(f['type'], `${what} field ${name}`);
    });
  };
  array(module.structs, 'structs').forEach((s, i) => {
    if (!isObject(s) || typeof s['positional'] !== 'boolean') malformed(`struct definition ${i} is not a record`);
    const h = definitionHandle(s, `struct definition ${i}`);
    fields(s['fields'], `struct ${module.datatypeHandles[h]!.name}`);
  });
  array(module.enums, 'enums').forEach((e, i) => {
    if (!isObject(e)) malformed(`enum definition ${i} is not a record`);
    const h = definitionHandle(e, `enum definition ${i}`);
    const name = module.datatypeHandles[h]!.name;
    const variants = array(e['variants'], `enum ${name} variants`);
    if (variants.length === 0) fail(V.EMPTY_ENUM, `enum ${name} has no variants`);
    const names = new Set<string>();
    variants.forEach((v, j) => {
      if (!isObject(v) || typeof v['positional'] !== 'boolean') malformed(`enum ${name} variant ${j} is not a record`);
      const vname = identifier(v['name'], `enum ${name} variant ${j} name`);
      if (names.has(vname)) fail(V.DUPLICATE_VARIANT_NAME, `enum ${name} declares variant ${vname} twice`);
      names.add(vname);
      fields(v['fields'], `variant ${name}::${vname}`);
    });
  });
  module.datatypeHandles.forEach((h, i) => {
    if (h.module === 0 && !defined.has(i)) fail(V.UNIMPLEMENTED_HANDLE, `datatype ${h.name} of this module has no definition`);
  });

  // Constants -------------------------------------------------------------------------------
  array(module.constants, 'constants').forEach((c, i) => {
    if (!isObject(c) || typeof c['name'] !== 'string') malformed(`constant ${i} is not a record`);
    const what = `constant ${c['name']}`;
    type(c['type'], what);
    const t = c['type'] as SigType;
    if (!isConstantType(t)) fail(V.INVALID_CONSTANT_TYPE, `${what} has a type that is not a primitive or vector`);
    if (!valueFits(t, c['value'] as ConstValue)) fail(V.CONSTANT_VALUE_MISMATCH, `${what}'s value does not have its type's shape`);
  });
  array(module.identifiers, 'identifiers').forEach((x, i) => {
    if (typeof x !== 'string') malformed(`identifier ${i} is not a string`);
  });

  // Function definitions --------------------------------------------------------------------
  const implemented = new Set<number>();
  const functions = array(module.functions, 'functions');
  functions.forEach((f, i) => {
    if (!isObject(f)) malformed(`function definition ${i} is not a record`);
    const h = f['handle'];
    if (!isIndex(h, functionHandles.length)) fail(V.FUNCTION_INDEX_OUT_OF_BOUNDS, `function definition ${i} names function handle ${describeValue(h)}`);
    const handle = module.functionHandles[h]!;
    const at: Location = { function: handle.name };
    if (handle.module !== 0) fail(V.DEFINITION_NOT_IN_SELF_MODULE, `function definition ${i} points at a handle of another module`, at);
    if (implemented.has(h)) fail(V.DUPLICATE_DEFINITION, `function ${handle.name} is defined twice`, at);
    implemented.add(h);
    if (!VISIBILITIES.has(f['visibility']) || typeof f['entry'] !== 'boolean' || typeof f['native'] !== 'boolean') {
      fail(V.INVALID_FUNCTION_FLAGS, `function ${handle.name} has visibility ${describeValue(f['visibility'])}, entry ${describeValue(f['entry'])}, native ${describeValue(f['native'])}`, at);
    }
    array(f['locals'], `function ${handle.name} locals`, at).forEach((t, j) => type(t, `local ${handle.params.length + j}`, at));
    array(f['code'], `function ${handle.name} code`, at);
    array(f['lines'], `function ${handle.name} lines`, at);
    array(f['attributes'], `function ${handle.name} attributes`, at).forEach((a) => {
      if (!isObject(a) || typeof a['name'] !== 'string' || !Array.isArray(a['args'])) malformed(`function ${handle.name} has a malformed attribute`, at);
    });
  });
  module.functionHandles.forEach((h, i) => {
    if (h.module === 0 && !implemented.has(i)) fail(V.UNIMPLEMENTED_HANDLE, `function ${h.name} of this module has no definition`);
  });

  // Definitions are sound; code may now look them up by handle.
  cx.indexDefinitions();
  for (const f of module.functions) {
    const handle = module.functionHandles[f.handle]!;
    const localCount = handle.params.length + f.locals.length;
    f.code.forEach((instr, offset) => checkInstruction(cx, instr, localCount, f.code.length, { function: handle.name, offset }));
  }
}

function checkType(module: CompiledModule, t: unknown, what: string, at: Location | undefined, depth = 0): void {
  if (depth > MAX_TYPE_DEPTH) fail(V.MALFORMED_TYPE, `${what} nests types deeper than ${MAX_TYPE_DEPTH}`, at);
  if (typeof t === 'string') {
    if (!PRIMS.has(t)) fail(V.MALFORMED_TYPE, `${what} has unknown primitive ${describeValue(t)}`, at);
    return;
  }
  if (!Array.isArray(t)) fail(V.MALFORMED_TYPE, `${what} is not a type`, at);
  switch (t[0]) {
    case 'vector':
    case 'ref':
    case 'mut':
      if (t.length !== 2) fail(V.MALFORMED_TYPE, `${what} has a malformed ${t[0]} type`, at);
      checkType(module, t[1], what, at, depth + 1);
      return;
    case 'param':
      if (t.length !== 2 || typeof t[1] !== 'number' || !Number.isInteger(t[1]) || t[1] < 0) fail(V.MALFORMED_TYPE, `${what} has a malformed type parameter`, at);
      return;
    case 'datatype':
      if (t.length !== 3 || !Array.isArray(t[2])) fail(V.MALFORMED_TYPE, `${what} has a malformed datatype type`, at);
      if (!isIndex(t[1], module.datatypeHandles.length)) fail(V.DATATYPE_INDEX_OUT_OF_BOUNDS, `${what} names datatype handle ${describeValue(t[1])}`, at);
      for (const a of t[2] as unknown[]) checkType(module, a, what, at, depth + 1);
      return;
    default:
      fail(V.MALFORMED_TYPE, `${what} has unknown type tag ${describeValue(t[0])}`, at);
  }
}

function isConstantType(t: SigType): boolean {
  if (typeof t === 'string') return true;
  return t[0] === 'vector' && isConstantType(t[1]);
}

function valueFits(t: SigType, v: ConstValue): boolean {
  const int = (max: number) => typeof v === 'number' && Number.isInteger(v) && v >= 0 && v <= max;
  const big = (max: bigint) => typeof v === 'bigint' && v >= 0n && v <= max;
  if (typeof t === 'string') {
    switch (t) {
      case 'bool':
        return typeof v === 'boolean';
      case 'u8':
        return int(0xff);
      case 'u16':
        return int(0xffff);
      case 'u32':
        return int(0xffffffff);
      case 'u64':
        return big(U64_MAX);
      case 'u128':
        return big(U128_MAX);
      case 'u256':
        return big(U256_MAX);
      case 'address':
        return typeof v === 'string' && ADDRESS.test(v);
    }
  }
  if (t[0] !== 'vector') return false;
  if (t[1] === 'u8') return v instanceof Uint8Array;
  return Array.isArray(v) && (v as readonly ConstValue[]).every((e) => valueFits(t[1] as SigType, e));
}

function checkOperand(cx: ModuleContext, kind: OperandKind, x: unknown, localCount: number, codeLength: number, at: Location): void {
  const m = cx.module;
  const nat = () => typeof x === 'number' && Number.isInteger(x) && x >= 0;
  const int = (max: number) => {
    if (!(typeof x === 'number' && Number.isInteger(x))) fail(V.OPERAND_MISMATCH, `expected an integer literal, found ${typeof x}`, at);
    if (x < 0 || x > max) fail(V.LITERAL_OUT_OF_RANGE, `literal ${x} is out of range`, at);
  };
  const big = (max: bigint) => {
    if (typeof x !== 'bigint') fail(V.OPERAND_MISMATCH, `expected a bigint literal, found ${typeof x}`, at);
    if (x < 0n || x > max) fail(V.LITERAL_OUT_OF_RANGE, `literal ${x} is out of range`, at);
  };
  switch (kind) {
    case 'local':
      if (!isIndex(x, localCount)) fail(V.LOCAL_INDEX_OUT_OF_BOUNDS, `local ${describeValue(x)} of ${localCount}`, at);
      return;
    case 'offset':
      if (!isIndex(x, codeLength)) fail(V.BRANCH_OFFSET_OUT_OF_BOUNDS, `branch target ${describeValue(x)} outside code of length ${codeLength}`, at);
      return;
    case 'const':
      if (!isIndex(x, m.constants.length)) fail(V.CONSTANT_INDEX_OUT_OF_BOUNDS, `constant ${describeValue(x)}`, at);
      return;
    case 'function':
      if (!isIndex(x, m.functionHandles.length)) fail(V.FUNCTION_INDEX_OUT_OF_BOUNDS, `function handle ${describeValue(x)}`, at);
      return;
    case 'datatype':
      if (!isIndex(x, m.datatypeHandles.length)) fail(V.DATATYPE_INDEX_OUT_OF_BOUNDS, `datatype handle ${describeValue(x)}`, at);
      return;
    case 'u8':
      return int(0xff);
    case 'u16':
      return int(0xffff);
    case 'u32':
      return int(0xffffffff);
    case 'u64':
      return big(U64_MAX);
    case 'u128':
      return big(U128_MAX);
    case 'u256':
      return big(U256_MAX);
    case 'field':
    case 'variant':
      if (!nat()) fail(V.OPERAND_MISMATCH, `expected an index, found ${describeValue(x)}`, at);
      return;
    case 'count':
      if (!nat()) fail(V.OPERAND_MISMATCH, `expected a count, found ${describeValue(x)}`, at);
      if ((x as number) > MAX_COUNT) fail(V.LITERAL_OUT_OF_RANGE, `count ${describeValue(x)} exceeds ${MAX_COUNT}`, at);
      return;
    case 'type':
      checkType(m, x, 'type operand', at);
      return;
    case 'types':
      if (!Array.isArray(x)) fail(V.OPERAND_MISMATCH, 'expected a list of type arguments', at);
      for (const t of x) checkType(m, t, 'type argument', at);
      return;
    case 'offsets':
      if (!Array.isArray(x)) fail(V.OPERAND_MISMATCH, 'expected a list of branch targets', at);
      for (const o of x) if (!isIndex(o, codeLength)) fail(V.BRANCH_OFFSET_OUT_OF_BOUNDS, `switch target ${describeValue(o)} outside code of length ${codeLength}`, at);
      return;
  }
}

function checkInstruction(cx: ModuleContext, instr: unknown, localCount: number, codeLength: number, at: Location): void {
  if (!Array.isArray(instr) || instr.length === 0) malformed('an instruction is not [opcode, ...operands]', at);
  const op = instr[0] as unknown;
  const info = typeof op === 'number' && Number.isInteger(op) ? OPCODES[op] : undefined;
  if (!info) fail(V.UNKNOWN_OPCODE, `opcode ${describeValue(op)}`, at);
  if (instr.length !== info.operands.length + 1) fail(V.OPERAND_MISMATCH, `${info.name} takes ${info.operands.length} operands, found ${instr.length - 1}`, at);
  info.operands.forEach((kind, k) => checkOperand(cx, kind, instr[k + 1], localCount, codeLength, at));

  // Field and variant indices: only datatypes of this module have definitions to check against.
  const i = instr as unknown as Instr;
  const h = i[1] as number;
  if (op === Op.Call || !isDatatypeInstr(op as number) || !cx.isLocalDatatype(h)) return;
  const name = cx.module.datatypeHandles[h]!.name;
  const struct = cx.structOf.get(h);
  const enumDef = cx.enumOf.get(h);
  switch (op) {
    case Op.Pack:
    case Op.Unpack:
    case Op.ImmBorrowField:
    case Op.MutBorrowField:
      if (!struct) fail(V.DATATYPE_KIND_MISMATCH, `${info.name} on enum ${name}`, at);
      if ((op === Op.ImmBorrowField || op === Op.MutBorrowField) && (i[2] as number) >= struct.fields.length) {
        fail(V.FIELD_INDEX_OUT_OF_BOUNDS, `field ${describeValue(i[2])} of struct ${name} with ${struct.fields.length} fields`, at);
      }
      return;
    case Op.VariantSwitch:
      if (!enumDef) fail(V.DATATYPE_KIND_MISMATCH, `${info.name} on struct ${name}`, at);
      if ((i[2] as readonly number[]).length !== enumDef.variants.length) {
        fail(V.VARIANT_SWITCH_ARITY, `${(i[2] as readonly number[]).length} targets for the ${enumDef.variants.length} variants of ${name}`, at);
      }
      return;
    default:
      if (!enumDef) fail(V.DATATYPE_KIND_MISMATCH, `${info.name} on struct ${name}`, at);
      if ((i[2] as number) >= enumDef.variants.length) fail(V.VARIANT_INDEX_OUT_OF_BOUNDS, `variant ${describeValue(i[2])} of enum ${name}`, at);
  }
}

function isDatatypeInstr(op: number): boolean {
  return op === Op.Pack || op === Op.Unpack || op === Op.ImmBorrowField || op === Op.MutBorrowField || (op >= Op.PackVariant && op <= Op.VariantSwitch);
}
