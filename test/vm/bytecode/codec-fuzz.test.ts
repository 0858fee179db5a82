// Property tests of the codec: random modules round trip, and no byte string (random, or a valid
// encoding with bits flipped, bytes cut, inserted or overwritten) makes decodeModule throw. What
// it accepts re-encodes to exactly the input; what it refuses gets a decoding status.

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeModule, encodeModule, MODULE_MAGIC } from '../../../vm/bytecode/codec.js';
import { disassemble } from '../../../vm/bytecode/disasm.js';
import { compiledModule } from './arbitraries.js';
import { everyOpcodeModule } from './fixtures.js';

const HEADER = [...MODULE_MAGIC, 1];

/** decodeModule's contract on any input; returns whether it accepted. */
function checkDecode(bytes: Uint8Array): boolean {
  const r = decodeModule(bytes);
  if (r.ok) {
    // Buffer.equals, not toEqual: vitest compares typed arrays element by element, slowly.
    expect(Buffer.from(encodeModule(r.module)).equals(bytes), 'accepted bytes re-encode differently').toBe(true);
    expect(typeof disassemble(r.module)).toBe('string');
    return true;
  }
  // Never an invariant violation: that would be a bug in the decoder.
  expect(r.status.code).toBeGreaterThanOrEqual(1000);
  expect(r.status.code).toBeLessThanOrEqual(1999);
  expect(r.status.message.length).toBeGreaterThan(0);
  return false;
}

type Mutation = { kind: 'flip'; at: number; bit: number } | { kind: 'cut'; at: number } | { kind: 'insert'; at: number; byte: number } | { kind: 'set'; at: number; byte: number } | { kind: 'drop'; at: number };

const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ kind: fc.constant('flip' as const), at: fc.nat(), bit: fc.nat({ max: 7 }) }),
  fc.record({ kind: fc.constant('cut' as const), at: fc.nat() }),
  fc.record({ kind: fc.constant('insert' as const), at: fc.nat(), byte: fc.nat({ max: 255 }) }),
  fc.record({ kind: fc.constant('set' as const), at: fc.nat(), byte: fc.nat({ max: 255 }) }),
  fc.record({ kind: fc.constant('drop' as const), at: fc.nat() }),
);

function mutate(bytes: Uint8Array, ms: readonly Mutation[]): Uint8Array {
  let b = Uint8Array.from(bytes);
  for (const m of ms) {
    if (b.length === 0) break;
    const at = m.at % b.length;
    switch (m.kind) {
      case 'flip':
        b[at] = b[at]! ^ (1 << m.bit);
        break;
      case 'set':
        b[at] = m.byte;
        break;
      case 'cut':
        b = b.slice(0, at);
        break;
      case 'insert':
        b = Uint8Array.from([...b.subarray(0, at), m.byte, ...b.subarray(at)]);
        break;
      case 'drop':
        b = Uint8Array.from([...b.subarray(0, at), ...b.subarray(at + 1)]);
        break;
    }
  }
  return b;
}

describe('codec properties', () => {
  it('random well-formed modules round trip exactly', () => {
    fc.assert(
      fc.property(compiledModule, (m) => {
        const bytes = encodeModule(m);
        const r = decodeModule(bytes);
        if (!r.ok) throw new Error(`${r.status.name}: ${r.status.message}`);
        // toEqual, not toStrictEqual: fast-check builds records without a prototype.
        expect(r.module).toEqual(m);
        expect(Buffer.from(encodeModule(r.module)).equals(bytes)).toBe(true);
      }),
      { numRuns: 300 },
    );
  });

  it('arbitrary byte strings never throw', () => {
    fc.assert(fc.property(fc.uint8Array({ maxLength: 200 }), (b) => void checkDecode(b)), { numRuns: 500 });
    // With a valid header, so the body reaches the MessagePack scan and the shape check.
    fc.assert(fc.property(fc.uint8Array({ maxLength: 200 }), (b) => void checkDecode(Uint8Array.from([...HEADER, ...b]))), { numRuns: 1000 });
  });

  it('mutations of the hand-built module never throw', () => {
    const bytes = encodeModule(everyOpcodeModule());
    fc.assert(fc.property(fc.array(mutation, { minLength: 1, maxLength: 4 }), (ms) => void checkDecode(mutate(bytes, ms))), { numRuns: 1500 });
  });

  it('mutations of random modules never throw', () => {
    fc.assert(fc.property(compiledModule, fc.array(mutation, { minLength: 1, maxLength: 3 }), (m, ms) => void checkDecode(mutate(encodeModule(m), ms))), { numRuns: 500 });
  });

  it('some single-byte mutations still decode (the check above is not vacuous)', () => {
    const bytes = encodeModule(everyOpcodeModule());
    let accepted = 0;
    for (let at = 5; at < bytes.length; at++) {
      const b = Uint8Array.from(bytes);
      b[at] = b[at]! ^ 1;
      if (checkDecode(b)) accepted++;
    }
    expect(accepted).toBeGreaterThan(50);
  });
});
