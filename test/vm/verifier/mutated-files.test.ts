// Fuzzing the path a `.mv` file takes through `deed verify`: 5,000 mutated module files, from
// compiled modules (a user module, bundled library modules, the verifier's hand-built object
// module), go through decodeModule and then verifyModule, alone and against their dependencies.
// Nothing may escape: every answer is ok, a decoding status (1000s) or a verification status
// (2000s). A 3000s invariant violation or an exception fails the test; fast-check prints the
// seed and the mutation, and MUTATION_SEED=<seed> replays it.
//
// Byte-level mutations (bit flips, byte replacements, truncations, duplicated, deleted or
// inserted runs) mostly exercise the decoder; structural ones mutate a decoded module and
// re-encode it, so they decode and reach the verifier's later checks.

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeModule, encodeModule } from '../../../vm/bytecode/codec.js';
import type { CompiledModule, SigType } from '../../../vm/bytecode/module.js';
import type { Instr } from '../../../vm/bytecode/opcodes.js';
import { moduleKeyOf, verifyModule, type VerifyResult } from '../../../vm/verifier/index.js';
import { compileMove } from '../../codegen/compile.js';
import { instr, sigType } from '../bytecode/arbitraries.js';
import { validObjectModule } from './fixtures.js';

const SEED = Number(process.env['MUTATION_SEED'] ?? 20_251_124);
const BYTE_RUNS = 3000;
const STRUCTURAL_RUNS = 2000;

const SOURCE = `module test::vault {
    use sui::coin::{Self, Coin};
    use sui::balance::{Self, Balance};
    use sui::sui::SUI;
    public struct Vault has key { id: UID, funds: Balance<SUI>, log: vector<u64>, owner: address }
    public enum Event has copy, drop { Deposit { amount: u64 }, Withdraw(u64), Closed }
    const ENotOwner: u64 = 1;
    public fun new(ctx: &mut TxContext): Vault { Vault { id: object::new(ctx), funds: balance::zero(), log: vector[], owner: ctx.sender() } }
    public fun deposit(v: &mut Vault, c: Coin<SUI>): Event {
        let amount = coin::value(&c);
        balance::join(&mut v.funds, coin::into_balance(c));
        v.log.push_back(amount);
        Event::Deposit { amount }
    }
    public fun withdraw(v: &mut Vault, amount: u64, ctx: &mut TxContext): Coin<SUI> {
        assert!(ctx.sender() == v.owner, ENotOwner);
        let mut i = 0;
        while (i < v.log.length()) { if (v.log[i] > amount) { *&mut v.log[i] = v.log[i] - amount; }; i = i + 1; };
        coin::from_balance(balance::split(&mut v.funds, amount), ctx)
    }
    public fun size(e: &Event): u64 { match (e) { Event::Deposit { amount } => *amount, Event::Withdraw(x) => *x, Event::Closed => 0 } }
    public fun generic<T: copy + drop>(x: T, n: u64): vector<T> { let mut v = vector[]; let mut i = 0; while (i < n) { v.push_back(x); i = i + 1; }; v }
}`;

interface Base {
  name: string;
  module: CompiledModule;
  bytes: Uint8Array;
  deps: ReadonlyMap<string, CompiledModule>;
}

function bases(): Base[] {
  const { modules } = compileMove('sources/vault.move', SOURCE);
  const all = new Map([...modules.values()].map((m) => [moduleKeyOf(m.moduleHandles[0]!), m]));
  const depsOf = (m: CompiledModule) => new Map([...all].filter(([k]) => k !== moduleKeyOf(m.moduleHandles[0]!)));
  const picked = ['0x42::vault', '0x1::vector', '0x1::option', '0x2::balance', '0x2::coin'].map((k) => modules.get(k)!);
  const object = validObjectModule();
  return [
    ...picked.map((m) => ({ name: m.moduleHandles[0]!.name, module: m, bytes: encodeModule(m), deps: depsOf(m) })),
    { name: 'hand-built counter', module: object.module, bytes: encodeModule(object.module), deps: object.deps },
  ];
}

const BASES = bases();

/** Every answer in range, or a message saying what escaped; counts how far files got. */
const reached = { decoded: 0, verifiedOk: 0 };

function check(bytes: Uint8Array, base: Base): void {
  const d = decodeModule(bytes);
  if (!d.ok) {
    expect(d.status.code, `${d.status.name}: ${d.status.message}`).toBeGreaterThanOrEqual(1000);
    expect(d.status.code, `${d.status.name}: ${d.status.message}`).toBeLessThanOrEqual(1999);
    return;
  }
  reached.decoded++;
  for (const r of [verifyModule(d.module), verifyModule(d.module, base.deps)]) inRange(r);
}

function inRange(r: VerifyResult): void {
  if (r.ok) {
    reached.verifiedOk++;
    return;
  }
  expect(r.error.code, `${r.error.name}: ${r.error.message}`).toBeGreaterThanOrEqual(2000);
  expect(r.error.code, `${r.error.name}: ${r.error.message}`).toBeLessThanOrEqual(2999);
}

// ---------------------------------------------------------------------------------------------
// Byte-level mutations.

const byteMutation = fc.oneof(
  fc.record({ kind: fc.constant('flip' as const), at: fc.nat(), bit: fc.nat({ max: 7 }) }),
  fc.record({ kind: fc.constant('set' as const), at: fc.nat(), value: fc.nat({ max: 255 }) }),
  fc.record({ kind: fc.constant('truncate' as const), at: fc.nat() }),
  fc.record({ kind: fc.constant('duplicate' as const), at: fc.nat(), length: fc.integer({ min: 1, max: 48 }), to: fc.nat() }),
  fc.record({ kind: fc.constant('delete' as const), at: fc.nat(), length: fc.integer({ min: 1, max: 16 }) }),
  fc.record({ kind: fc.constant('insert' as const), at: fc.nat(), bytes: fc.uint8Array({ minLength: 1, maxLength: 8 }) }),
);
type ByteMutation = typeof byteMutation extends fc.Arbitrary<infer T> ? T : never;

function mutateBytes(input: Uint8Array, m: ByteMutation): Uint8Array {
  const b = Array.from(input);
  const at = b.length === 0 ? 0 : m.at % b.length;
  switch (m.kind) {
    case 'flip':
      if (b.length) b[at] = b[at]! ^ (1 << m.bit);
      break;
    case 'set':
      if (b.length) b[at] = m.value;
      break;
    case 'truncate':
      b.length = at;
      break;
    case 'duplicate':
      b.splice(b.length === 0 ? 0 : m.to % b.length, 0, ...b.slice(at, at + m.length));
      break;
    case 'delete':
      b.splice(at, m.length);
      break;
    case 'insert':
      b.splice(at, 0, ...m.bytes);
      break;
  }
  return Uint8Array.from(b);
}

// ---------------------------------------------------------------------------------------------
// Structural mutations: the module stays encodable, so the file decodes and reaches the verifier.

const structural = fc.oneof(
  fc.record({ kind: fc.constant('replace' as const), fn: fc.nat(), at: fc.nat(), instr }),
  fc.record({ kind: fc.constant('insert' as const), fn: fc.nat(), at: fc.nat(), instr }),
  fc.record({ kind: fc.constant('delete' as const), fn: fc.nat(), at: fc.nat() }),
  fc.record({ kind: fc.constant('swap' as const), fn: fc.nat(), at: fc.nat(), with: fc.nat() }),
  fc.record({ kind: fc.constant('operand' as const), fn: fc.nat(), at: fc.nat(), value: fc.integer({ min: 0, max: 40 }) }),
  fc.record({ kind: fc.constant('local' as const), fn: fc.nat(), at: fc.nat(), type: sigType }),
  fc.record({ kind: fc.constant('abilities' as const), at: fc.nat(), bits: fc.nat({ max: 15 }) }),
  fc.record({ kind: fc.constant('signature' as const), at: fc.nat(), type: sigType, returns: fc.boolean() }),
  fc.record({ kind: fc.constant('field' as const), at: fc.nat(), type: sigType }),
  fc.record({ kind: fc.constant('handle' as const), fn: fc.nat(), at: fc.nat() }),
);
type Structural = typeof structural extends fc.Arbitrary<infer T> ? T : never;

function mutateModule(base: CompiledModule, m: Structural): CompiledModule {
  const copy = structuredClone(base);
  const pick = <T>(list: T[], i: number): T | undefined => (list.length === 0 ? undefined : list[i % list.length]);
  const withCode = copy.functions.filter((f) => f.code.length > 0);
  switch (m.kind) {
    case 'replace':
    case 'insert':
    case 'delete':
    case 'swap':
    case 'operand': {
      const f = pick(withCode, m.fn);
      if (!f) break;
      const code = f.code as Instr[];
      const i = m.at % code.length;
      if (m.kind === 'replace') code[i] = m.instr;
      else if (m.kind === 'insert') {
        code.splice(i, 0, m.instr);
        f.lines.splice(4 * i, 0, 0, 0, 0, 0);
      } else if (m.kind === 'delete') {
        code.splice(i, 1);
        f.lines.splice(4 * i, 4);
      } else if (m.kind === 'swap') {
        const j = m.with % code.length;
        [code[i], code[j]] = [code[j]!, code[i]!];
      } else {
        // Point an index operand (local, offset, handle, field, ...) somewhere else.
        const ins = [...code[i]!] as unknown[];
        const k = ins.findIndex((x, n) => n > 0 && typeof x === 'number');
        if (k > 0) ins[k] = m.value;
        code[i] = ins as unknown as Instr;
      }
      break;
    }
    case 'local': {
      const f = pick(copy.functions, m.fn);
      if (f && f.locals.length) f.locals[m.at % f.locals.length] = m.type;
      else if (f) f.locals.push(m.type);
      break;
    }
    case 'abilities': {
      const d = pick(copy.datatypeHandles, m.at);
      if (d) d.abilities = m.bits;
      break;
    }
    case 'signature': {
      const h = pick(copy.functionHandles, m.at);
      if (!h) break;
      const list: SigType[] = m.returns ? h.returns : h.params;
      if (list.length) list[m.at % list.length] = m.type;
      else list.push(m.type);
      break;
    }
    case 'field': {
      const s = pick(copy.structs, m.at);
      if (s && s.fields.length) s.fields[m.at % s.fields.length]!.type = m.type;
      break;
    }
    case 'handle': {
      const f = pick(copy.functions, m.fn);
      if (f) f.handle = m.at % (copy.functionHandles.length + 2);
      break;
    }
  }
  return copy;
}

describe('mutated module files', () => {
  const base = fc.nat({ max: BASES.length - 1 });

  it(`${BYTE_RUNS} byte-level mutations decode or are refused, never crash`, () => {
    fc.assert(
      fc.property(base, fc.array(byteMutation, { minLength: 1, maxLength: 3 }), (b, muts) => {
        const bytes = muts.reduce(mutateBytes, BASES[b]!.bytes);
        check(bytes, BASES[b]!);
      }),
      { numRuns: BYTE_RUNS, seed: SEED },
    );
  });

  it(`${STRUCTURAL_RUNS} structural mutations reach the verifier and are answered in range`, () => {
    const before = reached.decoded;
    fc.assert(
      fc.property(base, structural, (b, mut) => {
        const m = mutateModule(BASES[b]!.module, mut);
        check(encodeModule(m), BASES[b]!);
      }),
      { numRuns: STRUCTURAL_RUNS, seed: SEED + 1 },
    );
    // Not vacuous: nearly every structural mutation decodes, and some still verify.
    expect(reached.decoded - before).toBeGreaterThan(STRUCTURAL_RUNS * 0.9);
    expect(reached.verifiedOk).toBeGreaterThan(0);
  });

  it('the unmutated files verify', () => {
    for (const b of BASES) {
      const d = decodeModule(b.bytes);
      expect(d.ok).toBe(true);
      if (d.ok) expect(verifyModule(d.module, b.deps)).toEqual({ ok: true });
    }
  });
});
