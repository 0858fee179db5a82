// fast-check arbitraries for well-formed CompiledModules: every field of the right shape and
// range, as the codec requires. Indices are small but not necessarily in bounds, because bounds
// are the verifier's business, not the codec's. Optional fields are absent, never undefined.

import fc from 'fast-check';
import { addressHex, PRIM_TYPES, type CompiledModule, type ConstValue, type FunctionDef, type ModuleId, type SigType, type Visibility } from '../../../vm/bytecode/module.js';
import { OPCODES, type Instr, type Operand, type OperandKind } from '../../../vm/bytecode/opcodes.js';

const index = fc.nat({ max: 20 });
const name = fc.string({ unit: 'grapheme', maxLength: 12 });
const bits = fc.nat({ max: 15 });

export const address = fc.bigInt({ min: 0n, max: (1n << 256n) - 1n }).map(addressHex);

export const sigType: fc.Arbitrary<SigType> = fc.letrec<{ t: SigType }>((tie) => ({
  t: fc.oneof(
    // Bounded well below MAX_TYPE_DEPTH, which the codec enforces.
    { depthSize: 'small', maxDepth: 6, withCrossShrink: true },
    fc.constantFrom(...PRIM_TYPES),
    fc.tuple(fc.constant('param' as const), index),
    fc.tuple(fc.constant('vector' as const), tie('t')),
    fc.tuple(fc.constant('ref' as const), tie('t')),
    fc.tuple(fc.constant('mut' as const), tie('t')),
    fc.tuple(fc.constant('datatype' as const), index, fc.array(tie('t'), { maxLength: 3 })),
  ),
})).t;

const types = fc.array(sigType, { maxLength: 3 });
const big = (bitsWide: number): fc.Arbitrary<bigint> => fc.bigInt({ min: 0n, max: (1n << BigInt(bitsWide)) - 1n });

const OPERAND: Record<OperandKind, fc.Arbitrary<Operand>> = {
  local: index,
  offset: index,
  const: index,
  function: index,
  datatype: index,
  field: index,
  variant: index,
  count: index,
  u8: fc.nat({ max: 0xff }),
  u16: fc.nat({ max: 0xffff }),
  u32: fc.nat({ max: 0xffff_ffff }),
  u64: big(64),
  u128: big(128),
  u256: big(256),
  types,
  type: sigType,
  offsets: fc.array(index, { maxLength: 4 }),
};

export const instr: fc.Arbitrary<Instr> = fc.nat({ max: OPCODES.length - 1 }).chain((op) => fc.tuple(fc.constant(op), ...OPCODES[op]!.operands.map((k) => OPERAND[k])) as fc.Arbitrary<Instr>);

/** Constant types are primitives and vectors of them; each comes with a matching value. */
const primValue: Record<(typeof PRIM_TYPES)[number], fc.Arbitrary<ConstValue>> = {
  bool: fc.boolean(),
  u8: fc.nat({ max: 0xff }),
  u16: fc.nat({ max: 0xffff }),
  u32: fc.nat({ max: 0xffff_ffff }),
  u64: big(64),
  u128: big(128),
  u256: big(256),
  address,
};

function constOf(t: SigType): fc.Arbitrary<ConstValue> {
  if (typeof t === 'string') return primValue[t];
  if (t[0] === 'vector' && t[1] === 'u8') return fc.uint8Array({ maxLength: 8 });
  if (t[0] === 'vector') return fc.array(constOf(t[1]), { maxLength: 3 });
  throw new Error('not a constant type');
}

const constType: fc.Arbitrary<SigType> = fc.letrec<{ t: SigType }>((tie) => ({
  t: fc.oneof({ depthSize: 'small', maxDepth: 4 }, fc.constantFrom(...PRIM_TYPES), fc.tuple(fc.constant('vector' as const), tie('t'))),
})).t;

const constant = fc.tuple(name, constType).chain(([n, type]) => constOf(type).map((value) => ({ name: n, type, value })));

const moduleId: fc.Arbitrary<ModuleId> = fc.record({ address, name });
const fields = fc.array(fc.record({ name, type: sigType }), { maxLength: 3 });

const attribute = fc.record({ name, args: fc.array(fc.tuple(name, fc.oneof(name, fc.constant(true as const))), { maxLength: 2 }) });

const functionDef: fc.Arbitrary<FunctionDef> = fc
  .record({
    handle: index,
    visibility: fc.constantFrom<Visibility>('private', 'public', 'package', 'friend'),
    entry: fc.boolean(),
    native: fc.boolean(),
    locals: types,
    code: fc.array(instr, { maxLength: 12 }),
    attributes: fc.array(attribute, { maxLength: 2 }),
  })
  .chain((f) => fc.array(fc.nat({ max: 5000 }), { minLength: 4 * f.code.length, maxLength: 4 * f.code.length }).map((lines) => ({ ...f, lines })));

const sharingFunction = fc
  .tuple(name, fc.constantFrom('fast' as const, 'consensus' as const, 'depends' as const), name, fc.option(name, { nil: undefined }))
  .map(([n, classification, reason, parameter]) => (parameter === undefined ? { name: n, classification, reason } : { name: n, classification, reason, parameter }));

export const compiledModule: fc.Arbitrary<CompiledModule> = fc.record({
  version: fc.constant(1 as const),
  moduleHandles: fc.array(moduleId, { minLength: 1, maxLength: 3 }),
  datatypeHandles: fc.array(fc.record({ module: index, name, abilities: bits, typeParams: fc.array(fc.record({ constraints: bits, phantom: fc.boolean() }), { maxLength: 2 }) }), { maxLength: 3 }),
  functionHandles: fc.array(fc.record({ module: index, name, typeParams: fc.array(bits, { maxLength: 2 }), params: types, returns: types }), { maxLength: 3 }),
  friends: fc.array(moduleId, { maxLength: 2 }),
  structs: fc.array(fc.record({ handle: index, fields, positional: fc.boolean() }), { maxLength: 2 }),
  enums: fc.array(fc.record({ handle: index, variants: fc.array(fc.record({ name, fields, positional: fc.boolean() }), { maxLength: 3 }) }), { maxLength: 2 }),
  functions: fc.array(functionDef, { maxLength: 3 }),
  constants: fc.array(constant, { maxLength: 4 }),
  identifiers: fc.array(name, { maxLength: 3 }),
  metadata: fc.record({
    sourceFile: name,
    sharing: fc.record({
      types: fc.array(fc.record({ name, classification: fc.constantFrom('owned-only' as const, 'always-shared' as const, 'may-be-shared' as const, 'frozen' as const), reason: name }), { maxLength: 2 }),
      functions: fc.array(sharingFunction, { maxLength: 2 }),
    }),
  }),
});
