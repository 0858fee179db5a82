// The module codec: round trips of hand-built and random modules, canonical bytes, and one test
// per decoding status built from a valid encoding with one part broken.

import { Packr } from 'msgpackr';
import { describe, expect, it } from 'vitest';
import { decodeModule, encodeModule, MAX_MODULE_BYTES, MAX_TYPE_DEPTH, MODULE_MAGIC, ModuleEncodeError, type DecodeResult } from '../../../vm/bytecode/codec.js';
import { DECODING_STATUSES } from '../../../vm/bytecode/decode-status.js';
import type { CompiledModule, ConstValue, SigType } from '../../../vm/bytecode/module.js';
import { Op, OPCODES, type OperandKind } from '../../../vm/bytecode/opcodes.js';
import { ALL_OPCODES, everyOpcodeModule } from './fixtures.js';

const packr = new Packr({ useRecords: false, useBigIntExtension: true });
const HEADER = [...MODULE_MAGIC, 1];

function concat(...parts: ArrayLike<number>[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}

/** The unpacked body of an encoding, as plain nested arrays to tamper with. */
function tree(m: CompiledModule = everyOpcodeModule()): unknown[] {
  return packr.unpack(encodeModule(m).subarray(HEADER.length)) as unknown[];
}

function withBody(body: unknown): Uint8Array {
  return concat(HEADER, packr.pack(body));
}

function statusName(r: DecodeResult): string {
  return r.ok ? 'ok' : r.status.name;
}

function decoded(bytes: Uint8Array): CompiledModule {
  const r = decodeModule(bytes);
  if (!r.ok) throw new Error(`${r.status.name}: ${r.status.message}`);
  return r.module;
}

/** The function record of `functions[0]` in a body tree, and its flat code. */
function fn0(body: unknown[]): unknown[] {
  return (body[6] as unknown[][])[0]!;
}

function walkTypes(t: SigType, seen: Set<string>): void {
  if (typeof t === 'string') {
    seen.add(t);
    return;
  }
  seen.add(t[0]);
  if (t[0] === 'vector' || t[0] === 'ref' || t[0] === 'mut') walkTypes(t[1], seen);
  if (t[0] === 'datatype') for (const a of t[2]) walkTypes(a, seen);
}

function constShape(v: ConstValue): string {
  if (v instanceof Uint8Array) return 'bytes';
  if (Array.isArray(v)) return 'array';
  return typeof v;
}

/** A deep copy whose objects list their keys in reverse order. */
function reverseKeys<T>(v: T): T {
  if (Array.isArray(v)) return v.map(reverseKeys) as T;
  if (v === null || typeof v !== 'object' || v instanceof Uint8Array) return v;
  const out: Record<string, unknown> = {};
  for (const k of Object.keys(v).reverse()) out[k] = reverseKeys((v as Record<string, unknown>)[k]);
  return out as T;
}

describe('round trip', () => {
  it('the hand-built module covers every opcode, operand kind, type shape and constant shape', () => {
    const m = everyOpcodeModule();
    const code = m.functions.flatMap((f) => f.code);
    expect(new Set(code.map((i) => i[0]))).toEqual(new Set(ALL_OPCODES));
    const kinds = new Set<OperandKind>(code.flatMap((i) => OPCODES[i[0]]!.operands));
    expect(kinds.size).toBe(17);
    const seen = new Set<string>();
    const operandTypes = code.flatMap((ins) =>
      OPCODES[ins[0]]!.operands.flatMap((kind, k) => (kind === 'type' ? [ins[k + 1] as SigType] : kind === 'types' ? (ins[k + 1] as SigType[]) : [])),
    );
    const allTypes: SigType[] = [
      ...m.functionHandles.flatMap((h) => [...h.params, ...h.returns]),
      ...m.functions.flatMap((f) => f.locals),
      ...m.structs.flatMap((s) => s.fields.map((f) => f.type)),
      ...operandTypes,
    ];
    for (const t of allTypes) walkTypes(t, seen);
    expect([...seen].sort()).toEqual(['address', 'bool', 'datatype', 'mut', 'param', 'ref', 'u128', 'u16', 'u256', 'u32', 'u64', 'u8', 'vector']);
    expect(new Set(m.constants.map((c) => constShape(c.value)))).toEqual(new Set(['boolean', 'number', 'bigint', 'string', 'bytes', 'array']));
  });

  it('decode(encode(m)) deep-equals m, and re-encoding gives the same bytes', () => {
    const m = everyOpcodeModule();
    const bytes = encodeModule(m);
    const back = decoded(bytes);
    expect(back).toStrictEqual(m);
    expect(encodeModule(back)).toEqual(bytes);
  });

  it('keeps literal types: small u64 literals stay bigints, u8 literals stay numbers', () => {
    const back = decoded(encodeModule(everyOpcodeModule()));
    const code = back.functions[0]!.code;
    expect(code.find((i) => i[0] === Op.LdU64)![1]).toBe(18446744073709551615n);
    expect(code.filter((i) => i[0] === Op.LdU64).at(-1)![1]).toBe(7n);
    expect(code.find((i) => i[0] === Op.LdU8)![1]).toBe(255);
    expect(back.constants.find((c) => c.name === 'NAME')!.value).toBeInstanceOf(Uint8Array);
  });

  it('decoded bytes do not alias the input buffer', () => {
    const bytes = encodeModule(everyOpcodeModule());
    const m = decoded(bytes);
    bytes.fill(0);
    expect(m.constants.find((c) => c.name === 'NAME')!.value).toEqual(new Uint8Array([104, 105]));
  });
});

describe('canonical encoding', () => {
  it('starts with the magic and the format version', () => {
    expect([...encodeModule(everyOpcodeModule()).subarray(0, 5)]).toEqual([0xde, 0xed, 0xc0, 0xde, 1]);
  });

  it('gives the same bytes every time, whatever the key order of the input objects', () => {
    const a = encodeModule(everyOpcodeModule());
    const b = encodeModule(everyOpcodeModule());
    const c = encodeModule(reverseKeys(everyOpcodeModule()));
    expect(b).toEqual(a);
    expect(c).toEqual(a);
  });

  it('returns a fresh array each time (not a view into a reused buffer)', () => {
    const a = encodeModule(everyOpcodeModule());
    const copy = Uint8Array.from(a);
    encodeModule({ ...everyOpcodeModule(), identifiers: ['other'] });
    expect(a).toEqual(copy);
    expect(Object.getPrototypeOf(a)).toBe(Uint8Array.prototype);
  });

  it('throws ModuleEncodeError on a module it cannot encode', () => {
    const m = everyOpcodeModule();
    expect(() => encodeModule({ ...m, moduleHandles: [{ address: '0x2', name: 'm' }] })).toThrow(ModuleEncodeError);
    expect(() => encodeModule({ ...m, version: 2 as 1 })).toThrow(ModuleEncodeError);
    const f = { ...m.functions[0]!, code: [[Op.Call, 0] as const] };
    expect(() => encodeModule({ ...m, functions: [f] })).toThrow(/Call takes 2 operands/);
    const g = { ...m.functions[0]!, code: [[Op.LdU64, 5] as const] };
    expect(() => encodeModule({ ...m, functions: [g] })).toThrow(/LdU64 operand 1 \(u64\) must be a bigint/);
    const c = { name: 'B', type: ['vector', 'u8'] as const, value: [1, 2] };
    expect(() => encodeModule({ ...m, constants: [c] })).toThrow(/must be a Uint8Array/);
  });
});

describe('decoding statuses', () => {
  const valid = (): Uint8Array => encodeModule(everyOpcodeModule());

  it('every status has a code in 1000-1999 and its own name', () => {
    for (const [key, s] of Object.entries(DECODING_STATUSES)) {
      expect(s.name).toBe(key);
      expect(s.code).toBeGreaterThanOrEqual(1000);
      expect(s.code).toBeLessThanOrEqual(1999);
    }
  });

  it('reports the status code, name and a message', () => {
    const r = decodeModule(new Uint8Array([1, 2, 3]));
    expect(r).toEqual({ ok: false, status: { code: 1001, name: 'BAD_MAGIC', message: expect.any(String) } });
  });

  it('header: BAD_MAGIC, UNKNOWN_VERSION, TOO_LARGE', () => {
    expect(statusName(decodeModule(new Uint8Array()))).toBe('BAD_MAGIC');
    expect(statusName(decodeModule(new TextEncoder().encode('module 0x2::m {}')))).toBe('BAD_MAGIC');
    expect(statusName(decodeModule(Uint8Array.from(MODULE_MAGIC)))).toBe('BAD_MAGIC');
    const v2 = valid();
    v2[4] = 2;
    expect(statusName(decodeModule(v2))).toBe('UNKNOWN_VERSION');
    const huge = new Uint8Array(MAX_MODULE_BYTES + 1);
    huge.set(HEADER);
    expect(statusName(decodeModule(huge))).toBe('TOO_LARGE');
  });

  it('framing: MALFORMED on truncation, TRAILING_BYTES after the body', () => {
    const bytes = valid();
    expect(statusName(decodeModule(bytes.subarray(0, bytes.length - 1)))).toBe('MALFORMED');
    expect(statusName(decodeModule(bytes.subarray(0, 5)))).toBe('MALFORMED');
    expect(statusName(decodeModule(concat(bytes, [0])))).toBe('TRAILING_BYTES');
    expect(statusName(decodeModule(concat(HEADER, [0xc1])))).toBe('MALFORMED');
  });

  it('DISALLOWED_VALUE: maps, floats, negative integers and foreign extensions', () => {
    expect(statusName(decodeModule(withBody({ a: 1 })))).toBe('DISALLOWED_VALUE');
    expect(statusName(decodeModule(withBody([1.5])))).toBe('DISALLOWED_VALUE');
    expect(statusName(decodeModule(withBody([-1])))).toBe('DISALLOWED_VALUE');
    expect(statusName(decodeModule(withBody([new Date(0)])))).toBe('DISALLOWED_VALUE');
    expect(statusName(decodeModule(concat(HEADER, [0x91, 0xd4, 0x73, 0x00])))).toBe('DISALLOWED_VALUE');
    // Integers past 2^32 are written as floats by msgpackr, so they are refused at the scan.
    expect(statusName(decodeModule(withBody([2 ** 32])))).toBe('DISALLOWED_VALUE');
    expect(statusName(decodeModule(withBody([undefined])))).toBe('DISALLOWED_VALUE');
    expect(statusName(decodeModule(withBody([new Error('x')])))).toBe('DISALLOWED_VALUE');
    // A 1000-byte big integer: refused before msgpackr would parse it.
    expect(statusName(decodeModule(concat(HEADER, [0xc8, 0x03, 0xe8, 0x42], new Uint8Array(1000))))).toBe('DISALLOWED_VALUE');
  });

  it('TOO_DEEP: array nesting and type depth', () => {
    const deepArrays = concat(HEADER, new Uint8Array(500).fill(0x91), [0]);
    expect(statusName(decodeModule(deepArrays))).toBe('TOO_DEEP');
    let t: SigType = 'u8';
    for (let i = 0; i <= MAX_TYPE_DEPTH; i++) t = ['vector', t];
    const m = everyOpcodeModule();
    expect(statusName(decodeModule(encodeModule({ ...m, functions: [{ ...m.functions[0]!, locals: [t] }] })))).toBe('TOO_DEEP');
  });

  it('BAD_SHAPE: wrong lengths and field types, empty module handles', () => {
    const body = tree();
    expect(statusName(decodeModule(withBody(body.slice(0, 9))))).toBe('BAD_SHAPE');
    expect(statusName(decodeModule(withBody([[], ...body.slice(1)])))).toBe('BAD_SHAPE');
    const shortAddress = tree();
    (shortAddress[0] as unknown[][])[0]![0] = new Uint8Array(31);
    expect(statusName(decodeModule(withBody(shortAddress)))).toBe('BAD_SHAPE');
    const abilities = tree();
    (abilities[1] as unknown[][])[0]![2] = 16;
    expect(statusName(decodeModule(withBody(abilities)))).toBe('BAD_SHAPE');
    const visibility = tree();
    fn0(visibility)[1] = 4;
    expect(statusName(decodeModule(withBody(visibility)))).toBe('BAD_SHAPE');
    const entry = tree();
    fn0(entry)[2] = 1;
    const r = decodeModule(withBody(entry));
    expect(statusName(r)).toBe('BAD_SHAPE');
    expect(!r.ok && r.status.message).toBe('functions[0].entry: expected a boolean');
  });

  it('BAD_OPCODE and BAD_OPERAND name the instruction', () => {
    const opcode = tree();
    (fn0(opcode)[5] as unknown[]).unshift(OPCODES.length);
    const r = decodeModule(withBody(opcode));
    expect(statusName(r)).toBe('BAD_OPCODE');
    expect(!r.ok && r.status.message).toMatch(/^functions\[0\]\.code\[0\]/);

    const cases: Array<[unknown[], string]> = [
      [[Op.LdU8, 256], 'u8 literal'],
      [[Op.LdU16, 65536], 'u16 literal'],
      [[Op.LdU32, 1n], 'u32 literal'],
      [[Op.LdU64, 5], 'u64 literal'],
      [[Op.LdU64, 1n << 64n], 'u64 literal'],
      [[Op.LdU128, 1n << 128n], 'u128 literal'],
      [[Op.LdU256, 1n << 256n], 'u256 literal'],
      [[Op.CopyLoc, 5n], 'local operand'],
      [[Op.Call, 0, 4], 'type arguments'],
      [[Op.VariantSwitch, 0, [1, 'x']], 'jump table'],
      [[Op.VecPack, 4], 'cut short'],
    ];
    for (const [ins, message] of cases) {
      const body = tree();
      const f = fn0(body);
      f[5] = ins;
      f[6] = [1, 1, 1, 1];
      const res = decodeModule(withBody(body));
      expect(statusName(res), JSON.stringify(ins, (_k, v: unknown) => (typeof v === 'bigint' ? String(v) : v))).toBe('BAD_OPERAND');
      expect(!res.ok && res.status.message).toContain(message);
    }
  });

  it('BAD_TYPE: unknown tags and wrong arity', () => {
    for (const t of [13, [8], [8, 1, 2], [9, 0], [12, 0, 1], [99, 1], 'u8']) {
      const body = tree();
      fn0(body)[4] = [t];
      expect(statusName(decodeModule(withBody(body))), JSON.stringify(t)).toBe('BAD_TYPE');
    }
  });

  it('BAD_CONSTANT: non-constant types and mismatched values', () => {
    const cases: Array<[unknown, unknown]> = [
      [[9, 0, []], 1],
      [[10, 1], 1],
      [1, 256],
      [1, true],
      [4, 5],
      [7, new Uint8Array(31)],
      [[8, 1], [1, 2]],
      [[8, 4], new Uint8Array(2)],
    ];
    for (const [type, value] of cases) {
      const body = tree();
      body[7] = [['C', type, value]];
      expect(statusName(decodeModule(withBody(body))), JSON.stringify([type, String(value)])).toBe('BAD_CONSTANT');
    }
  });

  it('BAD_LINE_TABLE: four numbers per instruction', () => {
    const body = tree();
    (fn0(body)[6] as unknown[]).pop();
    expect(statusName(decodeModule(withBody(body)))).toBe('BAD_LINE_TABLE');
  });

  it('NON_CANONICAL: a well-formed module written another way', () => {
    const bytes = valid();
    expect(bytes[5]).toBe(0x9a); // the body: a fixarray of 10 records
    const wideHeader = concat(bytes.subarray(0, 5), [0xdc, 0x00, 0x0a], bytes.subarray(6));
    expect(statusName(decodeModule(wideHeader))).toBe('NON_CANONICAL');
    // An invalid UTF-8 name decodes with a replacement character, which re-encodes differently.
    const body = tree();
    (body[8] as unknown[]).push('x');
    const withX = withBody(body);
    const at = withX.findIndex((b, i) => b === 0xa1 && withX[i + 1] === 0x78);
    withX[at + 1] = 0xff;
    expect(statusName(decodeModule(withX))).toBe('NON_CANONICAL');
  });
});
