// Declaration-level checks (compiler/ownership/declarations.ts): abilities of datatypes,
// phantom parameters, arity and constraints of written types, and Sui's rules on objects,
// `init`, one-time witnesses and `entry` signatures. Small packages are written inline against a
// minimal framework; the bundled library and the examples must come out clean.

import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { compilePackage, compileSources } from '../../compiler/index.js';
import { sortDiagnostics, type Diagnostic } from '../../compiler/diagnostics/diagnostic.js';
import { SourceFile } from '../../compiler/diagnostics/source.js';
import { resolveNames, type CompilationUnit, type PackageContext } from '../../compiler/names/index.js';
import { checkDeclarations } from '../../compiler/ownership/declarations.js';
import { parseFile } from '../../compiler/parser/index.js';

const FRAMEWORK = `
module std::option { public struct Option<Element> has copy, drop, store { vec: vector<Element> } }
module std::vector { }
module std::string { public struct String has copy, drop, store { bytes: vector<u8> } }
module std::ascii { public struct String has copy, drop, store { bytes: vector<u8> } }
module sui::object {
  public struct ID has copy, drop, store { bytes: address }
  public struct UID has store { id: ID }
}
module sui::tx_context { public struct TxContext has drop { sender: address } }
module sui::transfer { public struct Receiving<phantom T: key> has drop { id: ID, version: u64 } }
module sui::clock { public struct Clock has key { id: UID, timestamp_ms: u64 } }
module sui::balance { public struct Balance<phantom T> has store { value: u64 } }
module sui::table { public struct Table<phantom K: copy + drop + store, phantom V: store> has key, store { id: UID, size: u64 } }
`;

function pkg(options: { bundled?: boolean } = {}): PackageContext {
  return {
    name: options.bundled ? 'Sui' : 'p',
    edition: '2024',
    addresses: new Map<string, bigint | null>([['std', 1n], ['sui', 2n], ['a', 0x42n]]),
    ...(options.bundled ? { bundled: true } : {}),
  };
}

const texts = new Map<string, string>();

function units(sources: string[], options: { bundled?: boolean }): CompilationUnit[] {
  return [FRAMEWORK, ...sources].map((text, i) => {
    const source = new SourceFile(i === 0 ? 'framework.move' : `m${i}.move`, text);
    texts.set(source.name, text);
    const parsed = parseFile(source);
    expect(parsed.diagnostics).toEqual([]);
    return { source, ast: parsed.ast, package: i === 0 ? pkg({ bundled: true }) : pkg(options) };
  });
}

/** The declaration checks' diagnostics for the sources, which must resolve cleanly. */
function check(sources: string[], options: { bundled?: boolean } = {}): Diagnostic[] {
  const names = resolveNames(units(sources, options), { test: false });
  expect(names.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
  return sortDiagnostics(checkDeclarations(names).diagnostics);
}

function codes(source: string, options: { bundled?: boolean } = {}): string[] {
  return check([source], options).map((d) => d.code);
}

/** The source text under each diagnostic's primary span. */
function spans(source: string): string[] {
  return check([source]).map((d) => texts.get(d.primary.span.file)!.slice(d.primary.span.start, d.primary.span.end));
}

const mod = (body: string, name = 'm') => `module a::${name} { use sui::balance::Balance; use sui::table::Table; ${body} }`;

describe('abilities of datatypes (E05002)', () => {
  it('accepts fields that have the declared abilities, and any type parameter', () => {
    expect(codes(mod('public struct P has copy, drop, store { x: u64, v: vector<u8>, o: Option<u64> }'))).toEqual([]);
    expect(codes(mod('public struct Box<T> has copy, drop, store { v: T, w: vector<T> }'))).toEqual([]);
    expect(codes(mod('public struct O<T> has key, store { id: UID, inner: T }'))).toEqual([]);
    expect(codes(mod('public struct B<phantom T> has store { b: Balance<T> }'))).toEqual([]);
  });

  it('reports a field without copy, drop or store', () => {
    const src = mod('public struct R has store { x: u64 } public struct S has copy, drop { r: R }');
    const [d, ...rest] = check([src]);
    expect(rest).toEqual([]);
    expect(d!.code).toBe('E05002');
    expect(d!.message).toBe('field `r` of `S` does not have `copy` and `drop`, which `S` declares');
    expect(d!.primary.message).toBe('`R` lacks `copy` and `drop`');
    // Secondary labels: the declared abilities, and the declaration of `R` where the fix goes.
    expect(d!.secondary.map((l) => l.message)).toEqual(['`copy` declared here', '`drop` declared here', '`R` is declared with `store` only']);
    expect(spans(src)).toEqual(['R']);
  });

  it('requires store of every field of a key struct', () => {
    const src = mod('public struct R has copy, drop { x: u64 } public struct O has key { id: UID, r: vector<R> }');
    const [d] = check([src]);
    expect(d!.code).toBe('E05002');
    expect(d!.message).toBe('field `r` of object `O` does not have `store`, which `key` requires of every field');
    expect(d!.notes).toContain('`vector<R>` has `store` only if its element type `R` has it');
  });

  it('reports copy or drop on an object through its UID', () => {
    const [d] = check([mod('public struct O has key, drop { id: UID }')]);
    expect(d!.code).toBe('E05002');
    expect(d!.notes).toContain('an object (a struct with `key`) can never have `copy` or `drop`: its `id: UID` has neither');
  });

  it('checks each variant of an enum', () => {
    expect(codes(mod('public struct R { x: u64 } public enum E has drop { A, B(u64), C { r: R } }'))).toEqual(['E05002']);
    expect(codes(mod('public enum E<T> has copy, drop { A, B(T) }'))).toEqual([]);
  });

  it('counts an instance as having an ability only when its arguments do', () => {
    expect(codes(mod('public struct Box<T> has copy, drop { v: T } public struct R has drop {} public struct S has copy, drop { b: Box<R> }'))).toEqual(['E05002']);
    expect(codes(mod('public struct Box<T> has copy, drop { v: T } public struct S has copy, drop { b: Box<u64> }'))).toEqual([]);
  });
});

describe('phantom type parameters (E05003)', () => {
  it('accepts phantom parameters in phantom positions, including inside vectors', () => {
    expect(codes(mod('public struct S<phantom T> has store { a: Balance<T>, b: vector<Balance<T>>, n: u64 }'))).toEqual([]);
  });

  it('reports a phantom parameter as a field, a vector element or a non-phantom argument', () => {
    const src = mod('public struct W<T> has drop { w: T } public struct S<phantom T> has drop { a: T, b: vector<T>, c: W<W<T>>, d: Option<T> }');
    expect(check([src]).map((d) => d.code)).toEqual(['E05003', 'E05003', 'E05003', 'E05003']);
    expect(check([src]).map((d) => d.primary.message)).toEqual([
      'used as the type of field `a`',
      'used as the element type of `vector`',
      "used as the argument of `W`'s non-phantom parameter `T`",
      "used as the argument of `Option`'s non-phantom parameter `Element`",
    ]);
    expect(spans(src)).toEqual(['T', 'T', 'T', 'T']);
  });
});

describe('constraints of written types (E05001)', () => {
  it('accepts type arguments that satisfy the constraints', () => {
    expect(codes(mod('public struct S has store { t: Table<u64, Balance<u64>> } fun f<K: copy + drop + store>(_t: &Table<K, u64>) {}'))).toEqual([]);
  });

  it('reports a type argument lacking a constraint in a field, a signature and a body', () => {
    const src = mod(`
      public struct N has store { x: u64 }
      public struct S has store { t: Table<N, u64> }
      fun f(_t: &Table<N, u64>): Option<Table<N, u64>> { abort 0 }
      fun g() { let _v: vector<Table<N, N>> = vector<Table<N, u64>>[]; }
    `);
    expect(check([src]).map((d) => d.code)).toEqual(['E05001', 'E05001', 'E05001', 'E05001', 'E05001']);
    expect(spans(src)).toEqual(['N', 'N', 'N', 'N', 'N']);
    const [first] = check([src]);
    expect(first!.message).toBe('the type `N` does not satisfy the constraint `K: copy + drop + store` of `Table`');
    expect(first!.primary.message).toBe('`N` lacks `copy` and `drop`');
  });

  it("uses a function's own constraints, and points where a constraint is missing", () => {
    expect(codes(mod('fun f<K: copy + drop + store>(_t: &Table<K, u64>) {}'))).toEqual([]);
    const [d] = check([mod('fun f<K: store>(_t: &Table<K, u64>) {}')]);
    expect(d!.code).toBe('E05001');
    expect(d!.secondary.map((l) => l.message)).toContain('add the constraint here: `K: store + copy + drop`');
  });

  it('does not check constraints inside macros, which are checked where they expand', () => {
    expect(codes(mod('public struct N {} macro fun m<$T>($x: $T): $T { let _t: vector<Table<N, u64>> = vector[]; $x }'))).toEqual([]);
  });
});

describe('arity of written types (E04003)', () => {
  it('reports wrong numbers of type arguments', () => {
    const src = mod(`
      public struct P<A, B> has drop { a: A, b: B }
      fun f(_p: P<u64>, _v: vector<u64, u8>, _x: u64<u8>) {}
      fun g<T>(_t: T<u64>) {}
      fun h() { let _o: Option = abort 0; }
    `);
    expect(check([src]).map((d) => d.code)).toEqual(['E04003', 'E04003', 'E04003', 'E04003', 'E04003']);
    expect(spans(src)).toEqual(['P<u64>', 'vector<u64, u8>', 'u64<u8>', 'T<u64>', 'Option']);
  });

  it('accepts the right numbers', () => {
    expect(codes(mod('public struct P<A, B> has drop { a: A, b: B } fun f(_p: P<u64, bool>, _v: vector<vector<u8>>) {}'))).toEqual([]);
  });
});

describe('objects (E08001, E08002)', () => {
  it('accepts objects that start with id: UID', () => {
    expect(codes(mod('public struct O has key { id: UID, n: u64 } public struct G<phantom T> has key, store { id: sui::object::UID }'))).toEqual([]);
  });

  it('reports objects without id: UID first', () => {
    const src = mod(`
      public struct A has key { n: u64, id: UID }
      public struct B has key { id: ID }
      public struct C has key {}
      public struct D(UID) has key;
    `);
    expect(check([src]).map((d) => d.code)).toEqual(['E08001', 'E08001', 'E08001', 'E08001']);
    expect(spans(src)).toEqual(['n', 'ID', 'C', 'UID']);
    expect(check([src])[1]!.primary.message).toBe('found `ID`');
  });

  it('reports enums with key', () => {
    const [d] = check([mod('public enum E has key { A }')]);
    expect(d!.code).toBe('E08002');
    expect(spans(mod('public enum E has key { A }'))).toEqual(['key']);
    expect(codes(mod('public enum E has store { A }'))).toEqual([]);
  });
});

describe('init (E08003)', () => {
  it('accepts the two valid forms', () => {
    expect(codes(mod('fun init(_ctx: &mut TxContext) {}'))).toEqual([]);
    expect(codes(mod('fun init(_ctx: &TxContext) {}'))).toEqual([]);
    expect(codes(mod('public struct MY_COIN has drop {} fun init(_otw: MY_COIN, _ctx: &mut TxContext) {}', 'my_coin'))).toEqual([]);
  });

  it('reports visibility, entry, type parameters and a return value', () => {
    expect(codes(mod('public fun init(_ctx: &mut TxContext) {}'))).toEqual(['E08003']);
    expect(codes(mod('entry fun init(_ctx: &mut TxContext) {}'))).toEqual(['E08003']);
    expect(spans(mod('fun init<T>(_ctx: &mut TxContext) {}'))).toEqual(['T']);
    expect(spans(mod('fun init(_ctx: &mut TxContext): u64 { 0 }'))).toEqual(['u64']);
  });

  it('reports a missing or misplaced TxContext and extra parameters', () => {
    expect(spans(mod('fun init() {}'))).toEqual(['init']);
    expect(spans(mod('fun init(_ctx: TxContext) {}'))).toEqual(['TxContext']);
    expect(spans(mod('fun init(_n: u64) {}'))).toEqual(['u64']);
    const three = check([mod('public struct M has drop {} fun init(_w: M, _x: u64, _ctx: &mut TxContext) {}')]);
    expect(three.map((d) => d.code)).toEqual(['E08003']);
    expect(three[0]!.message).toBe('`init` takes at most two parameters');
  });

  it('requires the one-time witness by value as the first of two parameters', () => {
    expect(spans(mod('public struct M has drop {} fun init(_w: &M, _ctx: &mut TxContext) {}'))).toEqual(['&M']);
    expect(spans(mod('fun init(_w: u64, _ctx: &mut TxContext) {}'))).toEqual(['u64']);
  });

  it('requires init to take the one-time witness the module declares', () => {
    const [d] = check([mod('public struct M has drop {} fun init(_ctx: &mut TxContext) {}')]);
    expect(d!.code).toBe('E08003');
    expect(d!.message).toBe('`init` must take the one-time witness `M` as its first parameter');
  });

  it('exempts the bundled framework', () => {
    expect(codes(mod('public fun init(): u64 { 0 }'), { bundled: true })).toEqual([]);
  });
});

describe('one-time witnesses (E08004)', () => {
  it('accepts a witness with drop and no fields or one bool', () => {
    expect(codes(mod('public struct M has drop {}'))).toEqual([]);
    expect(codes(mod('public struct M has drop { dummy_field: bool }'))).toEqual([]);
  });

  it('reports other abilities and type parameters', () => {
    expect(spans(mod('public struct M has copy, drop {}'))).toEqual(['copy']);
    expect(spans(mod('public struct M<phantom T> has drop {}'))).toEqual(['phantom T']);
    expect(spans(mod('public struct M {}'))).toEqual(['M']);
  });

  it('treats a struct whose fields rule it out as ordinary, unless init takes it', () => {
    expect(codes(mod('public struct M has copy, drop { x: u64 }'))).toEqual([]);
    const ds = check([mod('public struct M has copy, drop { x: u64 } fun init(_w: M, _ctx: &mut TxContext) {}')]);
    expect(ds.map((d) => d.code)).toEqual(['E08004', 'E08004']);
    expect(ds[0]!.secondary.map((l) => l.message)).toEqual(['used as the one-time witness here']);
  });

  it('exempts the bundled framework', () => {
    expect(codes(mod('public struct M has copy, drop {}'), { bundled: true })).toEqual([]);
  });
});

describe('entry functions (E08005, E08006)', () => {
  it('accepts pure values, objects, Receiving, &Clock and a final TxContext', () => {
    expect(
      codes(
        mod(`
          public struct O has key, store { id: UID }
          entry fun f(_a: u64, _b: vector<u8>, _c: std::string::String, _d: std::ascii::String, _e: ID, _f: Option<vector<u64>>,
            _g: &O, _h: &mut O, _i: O, _j: vector<O>, _k: sui::transfer::Receiving<O>, _l: &sui::clock::Clock, _ctx: &mut TxContext): u64 { 0 }
          entry fun g<T: key + store, U: copy + drop>(_t: T, _u: vector<U>, _ctx: &TxContext) {}
        `),
      ),
    ).toEqual([]);
  });

  it('reports parameters a transaction cannot supply', () => {
    const src = mod(`
      public struct R has store, drop { x: u64 }
      entry fun f(_r: R, _ctx: &mut TxContext, _n: u64) {}
      entry fun g(_c: &mut sui::clock::Clock, _s: signer, _t: TxContext) {}
    `);
    // `&mut Clock` is an object to the verifier: only Sui's uncallable-function lint (W10001) objects.
    expect(check([src]).map((d) => d.code)).toEqual(['E08005', 'E08005', 'W10001', 'E08005', 'E08005']);
    expect(spans(src)).toEqual(['R', '&mut TxContext', '&mut sui::clock::Clock', 'signer', 'TxContext']);
  });

  it('warns about signatures no transaction can supply (W10001)', () => {
    const src = mod(`
      public fun a(_c: &mut sui::clock::Clock) {}
      public fun b(_c: sui::clock::Clock) { abort 0 }
      public fun c(_ctx: &mut TxContext, _view: &TxContext) {}
      public fun d(_ctx: TxContext) {}
      public fun e(_a: &TxContext, _b: &TxContext, _c: &sui::clock::Clock) {}
      #[allow(lint(uncallable_function))] public fun f(_a: &mut TxContext, _b: &mut TxContext) {}
    `);
    expect(codes(src)).toEqual(['W10001', 'W10001', 'W10001', 'W10001']);
    expect(spans(src)).toEqual(['&mut sui::clock::Clock', 'sui::clock::Clock', '&TxContext', 'TxContext']);
    // The framework's own functions are exempt.
    expect(codes(mod('public fun a(_ctx: &mut TxContext, _view: &TxContext) {}'), { bundled: true })).toEqual([]);
  });

  it('reports results without drop and references', () => {
    const src = mod('public struct O has key { id: UID } entry fun f(o: O): O { o } entry fun g(o: &O): &O { o } entry fun h(): (u64, Balance<u64>) { abort 0 }');
    expect(check([src]).map((d) => d.code)).toEqual(['E08006', 'E08006', 'E08006']);
    expect(spans(src)).toEqual(['O', '&O', 'Balance<u64>']);
  });
});

describe('several errors in one run', () => {
  it('reports every declaration error of a module', () => {
    const ds = check([
      mod(`
        public struct R {}
        public struct S has copy { r: R }
        public struct O has key { n: u64 }
        public enum E has key { A }
        public fun init(_ctx: &mut TxContext) {}
      `),
    ]);
    expect(ds.map((d) => d.code)).toEqual(['E05002', 'E08001', 'E08002', 'E08003']);
  });
});

describe('standard library and examples', () => {
  for (const test of [false, true]) {
    it(`the bundled library has no declaration errors (${test ? 'test' : 'ordinary'} build)`, () => {
      const r = compileSources([], { std: true, sui: true }, { test });
      expect(checkDeclarations(r.names!).diagnostics.map((d) => `${d.primary.span.file}@${d.primary.span.start} ${d.code} ${d.message}`)).toEqual([]);
    });
  }

  for (const name of readdirSync('examples').sort()) {
    it(`examples/${name} has no declaration errors`, () => {
      const r = compilePackage(`examples/${name}`, { test: true });
      expect(checkDeclarations(r.names!).diagnostics.map((d) => `${d.primary.span.file}@${d.primary.span.start} ${d.code} ${d.message}`)).toEqual([]);
    });
  }
});
