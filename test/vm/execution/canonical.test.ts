import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { Packr } from 'msgpackr';
import { CanonicalError, decodeCanonical, encodeCanonical } from '../../../vm/execution/canonical.js';

// The canonical form spelled out as SPEC-level rules, independently of the encoder's shortcuts:
// keys sorted, undefined fields dropped, safe bigints as numbers, then msgpack with the same options.
const packr = new Packr({ useRecords: false, useBigIntExtension: true, int64AsType: 'bigint', mapsAsObjects: true, variableMapSize: true });
function reference(v: unknown): unknown {
  if (typeof v === 'bigint') return v >= BigInt(-Number.MAX_SAFE_INTEGER) && v <= BigInt(Number.MAX_SAFE_INTEGER) ? Number(v) : v;
  if (v instanceof Uint8Array || v === null || typeof v !== 'object') return v;
  if (Array.isArray(v)) return v.map(reference);
  const out: Record<string, unknown> = {};
  for (const k of Object.keys(v).sort()) if ((v as Record<string, unknown>)[k] !== undefined) out[k] = reference((v as Record<string, unknown>)[k]);
  return out;
}

const plain = fc.letrec((tie) => ({
  value: fc.oneof(
    { depthSize: 'small' },
    fc.constant(null),
    fc.boolean(),
    fc.string(),
    fc.maxSafeInteger(),
    fc.bigInt({ min: -(1n << 70n), max: 1n << 70n }),
    fc.uint8Array({ maxLength: 40 }),
    fc.array(tie('value'), { maxLength: 5 }),
    fc.dictionary(fc.oneof(fc.string({ maxLength: 6 }), fc.nat({ max: 20 }).map(String)), fc.option(tie('value'), { nil: undefined }), { maxKeys: 6 }),
  ),
})).value;

/** The same object with its keys inserted in reverse order. */
function reversed(v: unknown): unknown {
  if (v instanceof Uint8Array || v === null || typeof v !== 'object') return v;
  if (Array.isArray(v)) return v.map(reversed);
  const out: Record<string, unknown> = {};
  for (const k of Object.keys(v).reverse()) out[k] = reversed((v as Record<string, unknown>)[k]);
  return out;
}

describe('canonical encoding', () => {
  it('equals the rule-by-rule reference and ignores key order', () => {
    fc.assert(
      fc.property(plain, (v) => {
        const bytes = encodeCanonical(v);
        expect(Buffer.from(bytes).equals(Buffer.from(packr.pack(reference(v))))).toBe(true);
        expect(Buffer.from(encodeCanonical(reversed(v))).equals(Buffer.from(bytes))).toBe(true);
      }),
      { numRuns: 300 },
    );
  });

  it('sorts objects with many keys too', () => {
    fc.assert(
      fc.property(fc.dictionary(fc.string({ maxLength: 4 }), fc.oneof(fc.nat(), fc.constant(undefined)), { minKeys: 20, maxKeys: 60 }), (v) => {
        expect(Buffer.from(encodeCanonical(v)).equals(Buffer.from(packr.pack(reference(v))))).toBe(true);
        expect(Buffer.from(encodeCanonical(reversed(v))).equals(Buffer.from(encodeCanonical(v)))).toBe(true);
      }),
      { numRuns: 100 },
    );
  });

  it('encodes 5 and 5n alike, drops undefined fields, and round-trips', () => {
    expect(encodeCanonical({ b: 5n, a: [1, 2], c: undefined })).toEqual(encodeCanonical({ a: [1, 2], b: 5 }));
    expect(decodeCanonical(encodeCanonical({ z: new Uint8Array([1, 2]), y: 1n << 64n }))).toEqual({ y: 1n << 64n, z: new Uint8Array([1, 2]) });
  });

  it('does not change its input', () => {
    const bytes = new Uint8Array([9, 8]);
    const v = { b: [bytes, 3n], a: { d: 1, c: 2 } };
    encodeCanonical(v);
    expect(v).toEqual({ b: [new Uint8Array([9, 8]), 3n], a: { d: 1, c: 2 } });
    expect(Object.keys(v.a)).toEqual(['d', 'c']);
  });

  it('names the path of a value it cannot encode', () => {
    expect(() => encodeCanonical({ data: { inputs: [{ Pure: 1 }, { Pure: 1.5 }] } })).toThrow(new CanonicalError('$.data.inputs[1].Pure: 1.5 is not a safe integer (use a bigint)'));
    expect(() => encodeCanonical([() => 0])).toThrow(new CanonicalError('$[0]: function cannot be encoded'));
    expect(() => encodeCanonical({ a: Symbol('s') })).toThrow(/^\$\.a: symbol cannot be encoded$/);
  });
});
