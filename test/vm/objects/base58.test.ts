// base58 (Bitcoin alphabet): the published test vectors, and decode(encode(b)) = b for any bytes.

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { base58Decode, base58Encode } from '../../../vm/objects/base58.js';

const text = (s: string): Uint8Array => new TextEncoder().encode(s);
const hex = (h: string): Uint8Array => Uint8Array.from(Buffer.from(h, 'hex'));

// From the base58 draft RFC (draft-msporny-base58) and Bitcoin's base58_encode_decode.json.
const VECTORS: Array<[Uint8Array, string]> = [
  [new Uint8Array(0), ''],
  [text('Hello World!'), '2NEpo7TZRRrLZSi2U'],
  [text('The quick brown fox jumps over the lazy dog.'), 'USm3fpXnKG5EUBx2ndxBDMPVciP5hGey2Jh4NDv6gmeo1LkMeiKrLJUUBk6Z'],
  [hex('0000287fb4cd'), '11233QC4'],
  [hex('61'), '2g'],
  [hex('626262'), 'a3gV'],
  [hex('636363'), 'aPEr'],
  [hex('00eb15231dfceb60925886b67d065299925915aeb172c06647'), '1NS17iag9jJgTHD1VXjvLCEnZuQ3rJDE9L'],
  [hex('516b6fcd0f'), 'ABnLTmg'],
  [hex('bf4f89001e670274dd'), '3SEo3LWLoPntC'],
  [hex('572e4794'), '3EFU7m'],
  [hex('ecac89cad93923c02321'), 'EJDM8drfXA6uyA'],
  [hex('10c8511e'), 'Rt5zm'],
  [hex('00000000000000000000'), '1111111111'],
];

describe('base58', () => {
  it('encodes and decodes the published vectors', () => {
    for (const [bytes, s] of VECTORS) {
      expect(base58Encode(bytes)).toBe(s);
      expect(base58Decode(s)).toEqual(bytes);
    }
  });

  it('round-trips any bytes, leading zeros included', () => {
    fc.assert(fc.property(fc.uint8Array({ maxLength: 80 }), fc.nat(4), (b, zeros) => {
      const bytes = new Uint8Array([...new Uint8Array(zeros), ...b]);
      expect(base58Decode(base58Encode(bytes))).toEqual(bytes);
    }));
  });

  it('round-trips inputs whose text is longer than one output slice', () => {
    const bytes = Uint8Array.from({ length: 3500 }, (_, i) => (i * 131 + 7) & 0xff);
    bytes[0] = 0;
    bytes[1] = 0;
    const t = base58Encode(bytes);
    expect(t.length).toBeGreaterThan(4096);
    expect(t.startsWith('11') && !t.startsWith('111')).toBe(true);
    expect(base58Decode(t)).toEqual(bytes);
  });

  it('refuses characters outside the alphabet', () => {
    for (const s of ['0', 'O', 'I', 'l', 'abc+', 'ä', ' 2g']) expect(base58Decode(s)).toBeUndefined();
  });
});
