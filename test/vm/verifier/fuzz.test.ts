// Property tests: random mutations of a valid module (instructions replaced, operands changed,
// any field of any record overwritten with junk) never make verifyModule throw. It answers ok
// or a verification status; the verifier's own invariant status would mean a check trusted
// something an earlier check did not establish, so it is reported as a failure too.

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { CompiledModule, SigType } from '../../../vm/bytecode/module.js';
import { OPCODES } from '../../../vm/bytecode/opcodes.js';
import { INVARIANT_STATUSES } from '../../../vm/status.js';
import { verifyModule, type VerifyResult } from '../../../vm/verifier/index.js';
import { validObjectModule } from './fixtures.js';

const { module: base, deps } = validObjectModule();
/** Raise for a longer hunt: VERIFIER_FUZZ_RUNS=50000 npx vitest run test/vm/verifier/fuzz.test.ts */
const RUNS = Number(process.env['VERIFIER_FUZZ_RUNS'] ?? 1500);

function expectStatus(r: VerifyResult): void {
  if (r.ok) return;
  expect(r.error.code, r.error.message).toBeGreaterThanOrEqual(2000);
  expect(r.error.code, r.error.message).toBeLessThanOrEqual(2999);
}

const smallInt = fc.integer({ min: -2, max: 24 });
const sigType: fc.Arbitrary<SigType> = fc.letrec<{ t: SigType }>((tie) => ({
  t: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    fc.constantFrom<SigType>('bool', 'u8', 'u64', 'address'),
    fc.tuple(fc.constant('vector' as const), tie('t')).map((x): SigType => x),
    fc.tuple(fc.constant('ref' as const), tie('t')).map((x): SigType => x),
    fc.tuple(fc.constant('mut' as const), tie('t')).map((x): SigType => x),
    fc.tuple(fc.constant('param' as const), fc.integer({ min: 0, max: 2 })).map((x): SigType => x),
    fc.tuple(fc.constant('datatype' as const), fc.integer({ min: 0, max: 8 }), fc.array(tie('t'), { maxLength: 2 })).map((x): SigType => x),
  ),
})).t;

/** An operand of any kind, valid or not for the position it lands in. */
const operand = fc.oneof(smallInt, fc.bigInt({ min: -1n, max: 1n << 65n }), sigType, fc.array(sigType, { maxLength: 2 }), fc.array(smallInt, { maxLength: 3 }));

const instruction = fc.tuple(fc.integer({ min: 0, max: OPCODES.length }), fc.array(operand, { maxLength: 3 })).map(([op, ops]) => [op, ...ops]);

/** An instruction whose operands have the right kinds (so mutations reach the later checks). */
const wellFormedInstruction = fc.integer({ min: 0, max: OPCODES.length - 1 }).chain((op) =>
  fc.tuple(
    ...OPCODES[op]!.operands.map((kind): fc.Arbitrary<unknown> => {
      switch (kind) {
        case 'u64':
        case 'u128':
        case 'u256':
          return fc.bigInt({ min: 0n, max: 300n });
        case 'types':
          return fc.array(sigType, { maxLength: 1 });
        case 'type':
          return sigType;
        case 'offsets':
          return fc.array(fc.integer({ min: 0, max: 24 }), { minLength: 1, maxLength: 2 });
        default:
          return fc.integer({ min: 0, max: 12 });
      }
    }),
  ).map((ops) => [op, ...ops]),
);

function mutateCode(m: CompiledModule, fn: number, at: number, replacement: unknown, mode: 'replace' | 'insert' | 'delete'): CompiledModule {
  const copy = structuredClone(m);
  const f = copy.functions[fn % copy.functions.length]!;
  const code = f.code as unknown[];
  const i = code.length === 0 ? 0 : at % code.length;
  if (mode === 'replace') code[i] = replacement;
  else if (mode === 'insert') code.splice(i, 0, replacement);
  else code.splice(i, 1);
  return copy;
}

/** Every path to a value inside the module, except metadata (which no check reads). */
function paths(x: unknown, prefix: Array<string | number> = []): Array<Array<string | number>> {
  if (x === null || typeof x !== 'object' || x instanceof Uint8Array) return [prefix];
  const keys = Array.isArray(x) ? x.map((_, i) => i) : Object.keys(x).filter((k) => k !== 'metadata');
  return [prefix, ...keys.flatMap((k) => paths((x as Record<string | number, unknown>)[k], [...prefix, k]))];
}

const ALL_PATHS = paths(base).filter((p) => p.length > 0);

function overwrite(m: CompiledModule, path: Array<string | number>, value: unknown): CompiledModule {
  const copy = structuredClone(m) as unknown as Record<string | number, unknown>;
  let node = copy;
  for (const k of path.slice(0, -1)) node = node[k] as Record<string | number, unknown>;
  node[path[path.length - 1]!] = value;
  return copy as unknown as CompiledModule;
}

const junk = fc.oneof(smallInt, fc.string({ maxLength: 3 }), fc.constant(null), fc.constant(undefined), fc.boolean(), fc.bigInt({ min: -1n, max: 300n }), sigType, fc.array(smallInt, { maxLength: 2 }), fc.constant({}));

describe('verifier robustness', () => {
  it('instruction mutations never throw and never hit an invariant violation', () => {
    fc.assert(
      fc.property(fc.nat(), fc.nat(), fc.oneof(instruction, wellFormedInstruction), fc.constantFrom('replace' as const, 'insert' as const, 'delete' as const), (fn, at, instr, mode) => {
        const m = mutateCode(base, fn, at, instr, mode);
        expectStatus(verifyModule(m));
        expectStatus(verifyModule(m, deps));
      }),
      { numRuns: RUNS },
    );
  });

  it('overwriting any field with junk never throws and never hits an invariant violation', () => {
    fc.assert(
      fc.property(fc.constantFrom(...ALL_PATHS), junk, (path, value) => {
        const m = overwrite(base, path, value);
        expectStatus(verifyModule(m));
        expectStatus(verifyModule(m, deps));
      }),
      { numRuns: RUNS },
    );
  });

  it('turns an exception inside a check into VERIFIER_INVARIANT_VIOLATION', () => {
    const hostile = new Proxy(
      {},
      {
        get() {
          throw new Error('boom');
        },
      },
    ) as CompiledModule;
    const r = verifyModule(hostile);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error.code).toBe(INVARIANT_STATUSES.VERIFIER_INVARIANT_VIOLATION.code);
  });
});
