// The bytecode reference, generated from the opcode table and the codec's layout: tables in,
// Markdown out. docs/BYTECODE.md is this output; a test fails when the file is stale
// (`npm run docs` rewrites it).

import { FORMAT_LAYOUT, MAX_MODULE_BYTES, MAX_NESTING, MAX_TYPE_DEPTH, MODULE_MAGIC } from './codec.js';
import { Ability, FORMAT_VERSION } from './module.js';
import { OPCODES, type OperandKind } from './opcodes.js';

/** What each operand kind holds and how it is encoded; a Record so a new kind must be documented. */
export const OPERAND_KINDS: Readonly<Record<OperandKind, { holds: string; encoded: string }>> = {
  local: { holds: 'index of a local; parameters come first', encoded: 'integer' },
  offset: { holds: 'target instruction index within the function', encoded: 'integer' },
  const: { holds: "index into the module's constants", encoded: 'integer' },
  u8: { holds: 'literal, 0..255', encoded: 'integer' },
  u16: { holds: 'literal, 0..65535', encoded: 'integer' },
  u32: { holds: 'literal, 0..2^32-1', encoded: 'integer' },
  u64: { holds: 'literal, 0..2^64-1', encoded: 'big integer' },
  u128: { holds: 'literal, 0..2^128-1', encoded: 'big integer' },
  u256: { holds: 'literal, 0..2^256-1', encoded: 'big integer' },
  function: { holds: 'index into the function handles', encoded: 'integer' },
  datatype: { holds: 'index into the datatype handles', encoded: 'integer' },
  field: { holds: 'field index within the struct', encoded: 'integer' },
  variant: { holds: 'variant index within the enum', encoded: 'integer' },
  types: { holds: 'type arguments, empty when the target is not generic', encoded: 'array of types' },
  type: { holds: 'the element type of a vector instruction', encoded: 'type' },
  count: { holds: 'number of elements', encoded: 'integer' },
  offsets: { holds: 'one jump target per variant, in declaration order', encoded: 'array of integers' },
};

const hexByte = (b: number): string => b.toString(16).toUpperCase().padStart(2, '0');
// A `|` inside a table cell would end the cell.
const cell = (s: string): string => s.replace(/\|/g, '\\|');

function formatSection(): string[] {
  const L = FORMAT_LAYOUT;
  const record = (name: string, fields: readonly string[]): string => `- ${name}: \`[${fields.join(', ')}]\``;
  return [
    '## Module format',
    '',
    'A module file (`.mv`) is a header followed by one [MessagePack](https://msgpack.org) value,',
    'written with msgpackr (`useRecords: false`, big integers through its extension `0x42`).',
    '',
    `- Header: the magic bytes \`${MODULE_MAGIC.map(hexByte).join(' ')}\`, then one byte of format version (now ${FORMAT_VERSION}).`,
    '- Body: the module as nested arrays in a fixed field order. No maps are used, so the bytes never',
    '  depend on the key order of the objects the compiler built.',
    '',
    'Records, in field order:',
    '',
    record('module', L.module),
    record('module id', L.moduleId),
    record('datatype handle', L.datatypeHandle),
    record('function handle', L.functionHandle),
    record('struct', L.struct),
    record('enum', L.enum),
    record('function', L.function),
    record('constant', L.constant),
    record('metadata', L.metadata),
    '',
    '`moduleHandles[0]` is the module itself; datatype and function handles name their module by',
    'index into `moduleHandles`, and definitions point at their own handle. A handle repeats the',
    'signature it expects (abilities, type parameters, parameter and return types), so a module',
    'can be verified alone and linking compares each handle with the definition it names.',
    '',
    `Abilities and constraints are bit sets: ${Object.entries(Ability).map(([a, b]) => `\`${a}\` = ${b}`).join(', ')}.`,
    `Visibility is an index into ${L.visibilities.map((v) => `\`${v}\``).join(', ')}. Sharing classifications are indices into`,
    `${L.typeClasses.map((v) => `\`${v}\``).join(', ')} (types) and ${L.functionClasses.map((v) => `\`${v}\``).join(', ')} (functions).`,
    '',
    '### Types',
    '',
    'A primitive type is a bare integer tag; a composite type is an array headed by its tag.',
    '',
    '| type | encoding |',
    '| --- | --- |',
    ...Object.entries(L.primTags).map(([name, tag]) => `| \`${name}\` | \`${tag}\` |`),
    `| \`vector<T>\` | \`[${L.typeTags.vector}, T]\` |`,
    `| datatype handle \`h\` with arguments | \`[${L.typeTags.datatype}, h, [T1, ..., Tn]]\` |`,
    `| \`&T\` | \`[${L.typeTags.ref}, T]\` |`,
    `| \`&mut T\` | \`[${L.typeTags.mut}, T]\` |`,
    `| type parameter \`i\` | \`[${L.typeTags.param}, i]\` |`,
    '',
    '### Code, constants and line tables',
    '',
    "A function's code is one flat array: each instruction's opcode number followed by its operands,",
    'as many as the opcode table lists. Code offsets are instruction indices, not positions in that array.',
    '',
    'Constants hold primitives and vectors of them: `bool` as a boolean, `u8`/`u16`/`u32` as integers,',
    '`u64`/`u128`/`u256` as big integers, `address` as 32 bytes, `vector<u8>` as bytes, any other',
    'vector as an array.',
    '',
    'The line table holds four numbers per instruction: line, column, end line, end column (1-based).',
    '',
    '### Canonical form and limits',
    '',
    'Encoding is canonical: a module has exactly one encoding. The decoder re-encodes what it read',
    'and refuses input whose bytes differ (`NON_CANONICAL`), so a module digest is well defined.',
    `A module is at most ${MAX_MODULE_BYTES} bytes; arrays nest at most ${MAX_NESTING} deep and types`,
    `${MAX_TYPE_DEPTH} deep. Integers that are not literals (indices, counts, lines) are at most 2^32-1.`,
    'Bounds of indices are not the decoder\'s business: the verifier checks them. The decoding statuses',
    'are listed in [VM_STATUS.md](VM_STATUS.md).',
    '',
  ];
}

export function renderBytecodeReference(): string {
  const out: string[] = [
    '# Bytecode reference',
    '',
    '<!-- Generated from vm/bytecode/opcodes.ts and vm/bytecode/codec.ts by `npm run docs`. Do not edit by hand. -->',
    '',
    'The compiler emits modules in this format, the verifier checks them, and the interpreter runs',
    'them. `deed disasm FILE.mv` prints a module as a listing.',
    '',
    ...formatSection(),
    '## Operand kinds',
    '',
    '| kind | holds | encoded as |',
    '| --- | --- | --- |',
    ...Object.entries(OPERAND_KINDS).map(([kind, d]) => `| \`${kind}\` | ${d.holds} | ${d.encoded} |`),
    '',
    '## Instructions',
    '',
    'An instruction is `[opcode, ...operands]`. Stack notation: `a, b -> c` pops `b` then `a` (`b` on',
    'top) and pushes `c`. The gas class names the cost row in the gas schedule; per-byte and',
    'per-element parts are added from the operands and values.',
    '',
    '| # | name | operands | stack | gas | meaning |',
    '| --- | --- | --- | --- | --- | --- |',
    ...OPCODES.map((o, i) => `| ${i} | \`${o.name}\` | ${o.operands.map((k) => `\`${k}\``).join(', ') || '—'} | \`${cell(o.stack)}\` | \`${o.gas}\` | ${cell(o.doc)} |`),
    '',
  ];
  return out.join('\n');
}
