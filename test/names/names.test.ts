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
    return { source, ast: parsed.ast, package: pkg(edition) };
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
    expect(codes(['module a::m { fun f(x: u64, x: u64) {} }'])).toEqual(['E02006']);
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
        }`,
      ]),
    ).toEqual([]);
  });

  it('reports unbound modules and members', () => {
    expect(codes(['module a::n { use a::nope; }'])).toEqual(['E03002']);
    expect(codes(['module a::m {}', 'module a::n { use a::m::{Nope}; }'])).toEqual(['E03003']);
  });

  it('reports duplicate aliases and imports that clash with declarations', () => {
    expect(codes(['module a::m { public struct T {} }', 'module a::k { public struct T {} }', 'module a::n { use a::m::T; use a::k::T; }'])).toEqual(['E03005']);
    expect(codes(['module a::m { public struct T {} }', 'module a::n { use a::m::T; public struct T {} }'])).toEqual(['E03005']);
  });

  it('applies the 2024 implicit imports, and only in 2024', () => {
    const src = ['module a::m { public struct S has key { id: UID, o: Option<u64>, i: ID } fun f(_c: &mut TxContext, _v: vector<u8>): option::Option<u8> { abort 0 } }'];
    expect(codes(src)).toEqual([]);
    expect(codes(src, { edition: 'legacy' })).toEqual(['E03004', 'E03004', 'E03004', 'E03004', 'E03002']);
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
