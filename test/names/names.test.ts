// The names stage: module table, duplicates, `use` in every form, implicit imports, test-only
// items, and type resolution, on small packages written inline.

import { describe, expect, it } from 'vitest';
import { SourceFile } from '../../compiler/diagnostics/source.js';
import { resolveNames, type CompilationUnit, type PackageContext } from '../../compiler/names/index.js';
import type * as A from '../../compiler/parser/ast.js';
import { parseFile } from '../../compiler/parser/index.js';

const FRAMEWORK = `
module std::option { public struct Option<Element> has copy, drop, store { vec: vector<Element> } }
module std::vector { }
module sui::object { public struct UID has store { id: ID } public struct ID has copy, drop, store { bytes: address } }
module sui::tx_context { public struct TxContext has drop { sender: address } }
module sui::transfer { }
`;

function pkg(edition: '2024' | 'legacy', extra: Record<string, bigint> = {}): PackageContext {
  return { name: 'p', edition, addresses: new Map<string, bigint | null>([['std', 1n], ['sui', 2n], ['a', 0x42n], ...Object.entries(extra)]) };
}

function units(sources: string[], edition: '2024' | 'legacy' = '2024'): CompilationUnit[] {
  return [FRAMEWORK, ...sources].map((text, i) => {
    const source = new SourceFile(i === 0 ? 'framework.move' : `m${i}.move`, text);
    const parsed = parseFile(source);
    expect(parsed.diagnostics).toEqual([]);
    // The framework stand-in is 2024 code whatever the edition of the package under test.
    return { source, ast: parsed.ast, package: pkg(i === 0 ? '2024' : edition) };
  });
}

function codes(sources: string[], options: { test?: boolean; edition?: '2024' | 'legacy' } = {}): string[] {
  return resolveNames(units(sources, options.edition), { test: options.test ?? false }).diagnostics.map((d) => d.code);
}

describe('module table', () => {
  it('reports duplicate modules and members', () => {
    expect(codes(['module a::m {}', 'module a::m {}'])).toEqual(['E02001']);
    expect(codes(['module a::m { public struct S {} fun S() {} }'])).toEqual(['E02002']);
  });

  it('reports duplicate fields, variants, type parameters and parameters', () => {
    expect(codes(['module a::m { public struct S { x: u64, x: bool } }'])).toEqual(['E02003']);
    expect(codes(['module a::m { public enum E { A, B, A } }'])).toEqual(['E02004']);
    expect(codes(['module a::m { public struct S<T, T> { x: u64 } }'])).toEqual(['E02005']);
    expect(codes(['module a::m { fun f(_x: u64, _x: u64) {} }'])).toEqual(['E02006']);
  });

  it('reports unbound named addresses', () => {
    expect(codes(['module nowhere::m {}'])).toEqual(['E03001']);
  });

  it('keeps test-only items out of ordinary builds', () => {
    const src = ['module a::m { #[test_only] public struct T {} public struct S { t: T } }'];
    expect(codes(src)).toEqual(['E03004']);
    expect(codes(src, { test: true })).toEqual([]);
    expect(codes(['#[test_only] module a::t {}', 'module a::u { use a::t; }'])).toEqual(['E03002']);
  });
});

describe('use declarations', () => {
  it('resolves every form', () => {
    expect(
      codes([
        'module a::m { public struct T {} public fun f() {} }',
        `module a::n {
          use a::m;
          use a::m::{Self as mm, T as U, f};
          use a::{m as m2};
          public struct S { a: m::T, b: U, c: mm::T, d: m2::T, e: a::m::T, g: 0x42::m::T }
          public fun g() { f() }
        }`,
      ]),
    ).toEqual([]);
  });

  it('reports unbound modules and members', () => {
    expect(codes(['module a::n { use a::nope; }'])).toEqual(['E03002']);
    expect(codes(['module a::m {}', 'module a::n { use a::m::{Nope}; }'])).toEqual(['E03003']);
  });

  it('reports duplicate aliases and imports that clash with declarations', () => {
    expect(codes(['module a::m { public struct T {} }', 'module a::k { public struct T {} }', 'module a::n { use a::m::T; use a::k::T; }'])).toEqual(['E03005', 'W09002']);
    expect(codes(['module a::m { public struct T {} }', 'module a::n { use a::m::T; public struct T {} }'])).toEqual(['E03005']);
  });

  it('applies the 2024 implicit imports, and only in 2024', () => {
    const src = ['module a::m { public struct S has key { id: UID, o: Option<u64>, i: ID } fun f(_c: &mut TxContext, _v: vector<u8>): option::Option<u8> { abort 0 } }'];
    expect(codes(src)).toEqual([]);
    expect(codes(src, { edition: 'legacy' })).toEqual(['E03004', 'E03004', 'E03004', 'E03004', 'E03002', 'E02009']);
  });
});

describe('type resolution', () => {
  it('maps each written type to what it names', () => {
    const r = resolveNames(
      units(['module a::m { public struct T<X> { x: X } }', 'module a::n { use a::m::T; public struct S<Y> { t: T<Y>, v: vector<u64> } }']),
      { test: false },
    );
    expect(r.diagnostics).toEqual([]);
    const s = r.table.modules.get('0x42::n')!.datatypes.get('S') as A.StructDecl;
    const fields = s.fields?.kind === 'Named' ? s.fields.fields : [];
    const t = fields[0]!.type as A.ApplyType;
    expect(r.types.get(t)).toMatchObject({ kind: 'datatype', module: '0x42::m', name: 'T' });
    expect(r.types.get(t.typeArgs[0] as A.ApplyType)).toEqual({ kind: 'typeParam', name: 'Y' });
    expect(r.types.get(fields[1]!.type as A.ApplyType)).toEqual({ kind: 'builtin', name: 'vector' });
  });

  it('resolves types inside bodies, with block-level use', () => {
    expect(
      codes([
        'module a::m { public struct T has drop {} public fun make(): T { T {} } }',
        'module a::n { fun f() { use a::m::T; let _x: T = a::m::make(); } fun g() { let _y: T = abort 0; } }',
      ]),
    ).toEqual(['E03004']);
  });

  it('reports unbound types by the part that is wrong', () => {
    expect(codes(['module a::m {}', 'module a::n { use a::m; public struct S { x: m::Nope, y: nope::T, z: Nope } }'])).toEqual(['E03003', 'E03002', 'E03004']);
  });
});

describe('the placeholder type `_`', () => {
  it('is allowed in macro signatures and bodies, nowhere else', () => {
    expect(codes(['module a::m { public macro fun m<$T>($f: |$T| -> _): u64 { let _x: vector<_> = vector[]; 0 } }'])).toEqual([]);
    expect(codes(['module a::m { public fun f(_x: _) {} public struct S { x: _ } }'])).toEqual(['E03004', 'E03004']);
  });
});

describe('value names', () => {
  it('resolves locals, constants, calls, packs and variants', () => {
    expect(
      codes([
        `module a::m {
          const C: u64 = 1;
          public struct P(u64) has drop;
          public struct S has drop { x: u64 }
          public enum E has drop { A, B(u64), D { y: u64 } }
          fun g(x: u64): u64 { x }
          public fun f(p: u64): u64 {
            let s = S { x: p };
            let S { x } = s;
            let q = P(C);
            let P(r) = q;
            let e = E::B(r);
            let _a = E::A;
            let _d = E::D { y: 1 };
            let z = match (e) { E::A => 0, E::B(v) => v, E::D { y } => y };
            g(x + z + Self::C)
          }
        }`,
      ]),
    ).toEqual([]);
  });

  it('reports unbound variables and functions', () => {
    expect(codes(['module a::m { fun f(): u64 { y } }'])).toEqual(['E03006']);
    expect(codes(['module a::m { fun f() { nope() } }'])).toEqual(['E03007']);
    expect(codes(['module a::m { public enum E { A } fun f() { let _x = E::Z; } }'])).toEqual(['E03003']);
  });

  it('scopes locals to their block, lambda and match arm', () => {
    expect(codes(['module a::m { fun f(): u64 { { let x = 1; x }; x } }'])).toEqual(['E03006']);
    expect(codes(['module a::m { public enum E { B(u64) } fun f(e: E): u64 { let r = match (e) { E::B(v) => v }; r + v } }'])).toEqual(['E03006']);
  });

  it('checks function visibility across modules', () => {
    const callee = 'module a::m { fun private_f() {} public(package) fun pkg_f() {} public(friend) fun friend_f() {} public fun pub_f() {} }';
    expect(codes([callee, 'module a::n { fun f() { a::m::pub_f(); a::m::pkg_f(); } }'])).toEqual([]);
    expect(codes([callee, 'module a::n { fun f() { a::m::private_f(); } }'])).toEqual(['E03008']);
    expect(codes([callee, 'module a::n { fun f() { a::m::friend_f(); } }'])).toEqual(['E03008']);
    expect(codes(['module a::m { friend a::n; public(friend) fun friend_f() {} }', 'module a::n { fun f() { a::m::friend_f(); } }'], { edition: 'legacy' })).toEqual([]);
  });

  it('keeps packs, unpacks and constants inside their module', () => {
    const m = 'module a::m { const K: u64 = 1; public struct S has drop { x: u64 } public enum E has drop { A } public fun k(): u64 { K } }';
    expect(codes([m, 'module a::n { use a::m::S; fun f(): S { S { x: 1 } } }'])).toEqual(['E03009']);
    expect(codes([m, 'module a::n { use a::m::S; fun f(s: S) { let S { x: _ } = s; } }'])).toEqual(['E03009']);
    expect(codes([m, 'module a::n { use a::m::E; fun f(): E { E::A } }'])).toEqual(['E03009']);
    expect(codes([m, 'module a::n { fun f(): u64 { a::m::K } }'])).toEqual(['E03010']);
  });

  it('requires `!` exactly for macros', () => {
    expect(codes(['module a::m { public macro fun twice($x: u64): u64 { $x + $x } fun f(): u64 { twice(1) } }'])).toEqual(['E03011']);
    expect(codes(['module a::m { fun g() {} fun f() { g!() } }'])).toEqual(['E03011']);
    expect(codes(['module a::m { fun f() { assert!(true, 0); assert!(true) } }'])).toEqual([]);
  });

  it('applies the 2024 `mut` and `public struct` rules, not the legacy ones', () => {
    const src = ['module a::m { struct S { x: u64 } fun f(p: u64) { let x = 1; x = 2; p = 3; let r = &mut x; *r = p; } }'];
    expect(codes(src)).toEqual(['E02008', 'E02007', 'E02007', 'E02007']);
    expect(codes(src, { edition: 'legacy' })).toEqual([]);
    expect(codes(['module a::m { fun f(mut p: u64) { let mut x = 1; x = 2; p = 3; let r = &mut x; *r = p; } }'])).toEqual([]);
  });
});

describe('unused code', () => {
  it('warns about unused locals, aliases and constants', () => {
    expect(codes(['module a::m { fun f(x: u64) { let y = 1; } }'])).toEqual(['W09001', 'W09001']);
    expect(codes(['module a::m { fun f(_x: u64) { let _y = 1; } }'])).toEqual([]);
    expect(codes(['module a::m { const C: u64 = 1; }'])).toEqual(['W09003']);
    expect(codes(['module a::m { public struct S {} }', 'module a::n { use a::m::S; }'])).toEqual(['W09002']);
    expect(codes(['module a::m { public struct S {} }', 'module a::n { fun f() { use a::m::S; } }'])).toEqual(['W09002']);
    expect(codes(['module a::m { public struct S {} }', 'module a::n { fun f() { use a::m::S; let _s: vector<S> = vector[]; } }'])).toEqual([]);
  });

  it('honours #[allow(...)] and test attributes', () => {
    expect(codes(['#[allow(unused_const)] module a::m { const C: u64 = 1; }'])).toEqual([]);
    expect(codes(['module a::m { #[allow(unused_variable)] fun f(x: u64) {} }'])).toEqual([]);
    expect(codes(['module a::m { const E: u64 = 1; #[test, expected_failure(abort_code = E)] fun t() { abort 1 } }'], { test: true })).toEqual([]);
  });
});
