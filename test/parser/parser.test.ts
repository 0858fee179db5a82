// Parser unit tests: the tree shapes that matter for the language's meaning (precedence,
// generics versus comparisons, control expressions, patterns, literals), and the diagnostics
// for malformed input, including several errors reported in one run.

import { describe, expect, it } from 'vitest';
import { SourceFile } from '../../compiler/diagnostics/source.js';
import type * as A from '../../compiler/parser/ast.js';
import { parseFile } from '../../compiler/parser/index.js';

function parse(text: string) {
  return parseFile(new SourceFile('t.move', text));
}

function body(stmts: string): A.BlockExpr {
  const r = parse(`module a::m { fun f() { ${stmts} } }`);
  expect(r.diagnostics.map((d) => `${d.code} ${d.message}`)).toEqual([]);
  const fn = r.ast.modules[0]!.members[0] as A.FunctionDecl;
  return fn.body!;
}

function expr(text: string): A.Expr {
  return body(text).tail!;
}

/** A compact s-expression of an expression tree, enough to see its shape. */
function sx(e: A.Expr | A.AssignTarget): string {
  switch (e.kind) {
    case 'Number': return `${e.value}${e.suffix ?? ''}`;
    case 'Bool': return String(e.value);
    case 'Name': return e.path.names.map((n) => n.name).join('::') + (e.typeArgs ? `<${e.typeArgs.length}>` : '');
    case 'Binary': return `(${e.op} ${sx(e.left)} ${sx(e.right)})`;
    case 'Cast': return `(as ${sx(e.expr)})`;
    case 'Not': return `(! ${sx(e.expr)})`;
    case 'Deref': return `(* ${sx(e.expr)})`;
    case 'Borrow': return `(${e.mutable ? '&mut' : '&'} ${sx(e.expr)})`;
    case 'Call': return `(call${e.isMacro ? '!' : ''} ${e.path.names.map((n) => n.name).join('::')}${e.typeArgs ? `<${e.typeArgs.length}>` : ''}${e.args.map((a) => ' ' + sx(a)).join('')})`;
    case 'MethodCall': return `(.${e.method.name}${e.isMacro ? '!' : ''} ${sx(e.receiver)}${e.args.map((a) => ' ' + sx(a)).join('')})`;
    case 'Field': return `(. ${sx(e.expr)} ${e.field.name})`;
    case 'Index': return `([] ${sx(e.expr)} ${e.indices.map(sx).join(' ')})`;
    case 'If': return `(if ${sx(e.cond)} ${sx(e.then)}${e.else ? ' ' + sx(e.else) : ''})`;
    case 'Block': return `{${e.statements.length}${e.tail ? ' ' + sx(e.tail) : ''}}`;
    case 'Assign': return `(= ${sx(e.lhs)} ${sx(e.value)})`;
    case 'Tuple': return `(tuple ${e.elements.map(sx).join(' ')})`;
    case 'Lambda': return `(lambda ${e.params.length} ${sx(e.body)})`;
    case 'Vector': return `(vector${e.elementType ? '<T>' : ''} ${e.elements.map(sx).join(' ')})`;
    case 'Return': return `(return${e.value ? ' ' + sx(e.value) : ''})`;
    default: return e.kind;
  }
}

describe('expressions', () => {
  it('applies binary precedence and left associativity', () => {
    expect(sx(expr('a + b * c - d'))).toBe('(- (+ a (* b c)) d)');
    expect(sx(expr('a || b && c == d'))).toBe('(|| a (&& b (== c d)))');
    expect(sx(expr('a | b ^ c & d << 1'))).toBe('(| a (^ b (& c (<< d 1))))');
    expect(sx(expr('a - b - c'))).toBe('(- (- a b) c)');
    expect(sx(expr('a / b % c * d'))).toBe('(* (% (/ a b) c) d)');
  });

  it('reads two adjacent `>` as a right shift, and `vector<vector<u8>>` as nested types', () => {
    expect(sx(expr('x >> 2'))).toBe('(>> x 2)');
    expect(sx(expr('x > y'))).toBe('(> x y)');
    const r = parse('module a::m { fun f(v: vector<vector<u8>>): u64 { 0 } }');
    expect(r.diagnostics).toEqual([]);
  });

  it('tells type arguments from comparisons by adjacency', () => {
    expect(sx(expr('f<u64>(x)'))).toBe('(call f<1> x)');
    expect(sx(expr('a < b'))).toBe('(< a b)');
    expect(sx(expr('a < b && c > d'))).toBe('(&& (< a b) (> c d))');
    expect(sx(expr('x.v < y.v'))).toBe('(< (. x v) (. y v))');
    expect(sx(expr('x.f<T>()'))).toBe('(.f x)');
  });

  it('places `as` between the comparisons and the bitwise operators, as Move 2024 does', () => {
    expect(sx(expr('a == b as u64'))).toBe('(== a (as b))');
    expect(sx(expr('x as u64 + 1'))).toBe('(+ (as x) 1)');
    expect(sx(expr('x as u64 < y'))).toBe('(< (as x) y)');
    expect(sx(expr('(a + b as u64)'))).toBe('(as (+ a b))');
    expect(sx(expr('(a + b) as u64'))).toBe('(as (+ a b))');
    expect(sx(expr('*r as u128'))).toBe('(as (* r))');
    expect(sx(expr('(x as u8) as u64'))).toBe('(as (as x))');
  });

  it('rejects an unparenthesized cast of an ambiguous operand', () => {
    const codes = (src: string) => parse(`module a::m { fun f() { ${src} } }`).diagnostics.map((d) => d.code);
    expect(codes('a + b as u64')).toEqual(['E01017']);
    expect(codes('!x as u64')).toEqual(['E01017']);
    expect(codes('x as u8 as u64')).toEqual(['E01017']);
    expect(codes('(a + b as u64) + 1')).toEqual([]);
  });

  it('parses unary operators, borrows of indexes and method chains', () => {
    expect(sx(expr('&mut v[i]'))).toBe('(&mut ([] v i))');
    expect(sx(expr('!*r'))).toBe('(! (* r))');
    expect(sx(expr('a.b().c'))).toBe('(. (.b a) c)');
    expect(sx(expr('p.0'))).toBe('(. p 0)');
    expect(sx(expr('v.do!(|x| x + 1)'))).toBe('(.do! v (lambda 1 (+ x 1)))');
  });

  it('gives non-block branches the rest of the expression, and lets a block branch end it', () => {
    expect(sx(expr('if (c) a else b + 1'))).toBe('(if c a (+ b 1))');
    expect(sx(expr('if (c) { a } else { b } + 1'))).toBe('(+ (if c {0 a} {0 b}) 1)');
    expect(sx(expr('return x + 1'))).toBe('(return (+ x 1))');
  });

  it('parses assignment as the loosest expression, with unpack targets', () => {
    const b = body('x = y + 1; s.f = 2; *r = 3; v[0] = 4; (a, b) = (b, a); S { f, g: h, .. } = s; P(a, _) = p;');
    const lhs = b.statements.map((s) => (s.kind === 'ExprStmt' && s.expr.kind === 'Assign' ? s.expr.lhs.kind : s.kind));
    expect(lhs).toEqual(['Name', 'Field', 'Deref', 'Index', 'TupleTarget', 'UnpackTarget', 'UnpackTarget']);
    const unpack = (b.statements[5] as A.ExprStatement).expr as A.AssignExpr;
    expect(unpack.lhs.kind === 'UnpackTarget' && unpack.lhs.fields.kind === 'Named' && unpack.lhs.fields.rest).toBe(true);
  });

  it('parses vector literals, tuples, unit and annotations', () => {
    expect(sx(expr('vector[1, 2]'))).toBe('(vector 1 2)');
    expect(sx(expr('vector<u8>[]'))).toBe('(vector<T> )');
    expect(sx(expr('(1, 2,)'))).toBe('(tuple 1 2)');
    expect(expr('()').kind).toBe('Unit');
    expect(expr('(x: u64)').kind).toBe('Annotate');
    expect(sx(expr('vector::empty<u8>()'))).toBe('(call vector::empty<1>)');
  });

  it('parses labelled loops and blocks, break values and bare abort', () => {
    const e = expr("'outer: loop { 'inner: while (true) { continue 'outer }; break 'outer 5 }");
    expect(e.kind === 'Loop' && e.label?.name).toBe('outer');
    const blk = expr("'a: { break 'a 1 }");
    expect(blk.kind === 'Block' && blk.label?.name).toBe('a');
    const ab = body('abort');
    expect(ab.tail?.kind).toBe('Abort');
  });

  it('parses match with every pattern form', () => {
    const e = expr(`match (x) {
      0 => 1,
      E::A => 2,
      E::B(y, ..) if (y > 1) => 3,
      E::C { z, w: mut q, .. } => 4,
      E::D | E::F => 5,
      v @ E::G(_) => 6,
      mut m => 7,
      _ => 8,
    }`);
    expect(e.kind).toBe('Match');
    const kinds = (e as A.MatchExpr).arms.map((a) => a.pattern.kind);
    expect(kinds).toEqual(['Literal', 'Unpack', 'Unpack', 'Unpack', 'Or', 'At', 'Bind', 'Wildcard']);
    expect((e as A.MatchExpr).arms[2]!.guard).toBeDefined();
  });

  it('treats `match` as an ordinary name where it is not a match expression', () => {
    expect(sx(expr('match(x)'))).toBe('(call match x)');
  });
});

describe('literals', () => {
  it('reads integers with separators, hex and suffixes', () => {
    const e = expr('1_000u64') as A.NumberExpr;
    expect([e.value, e.suffix, e.hex]).toEqual([1000n, 'u64', false]);
    const h = expr('0xFF_FFu128') as A.NumberExpr;
    expect([h.value, h.suffix, h.hex]).toEqual([0xffffn, 'u128', true]);
    const big = expr('115792089237316195423570985008687907853269984665640564039457584007913129639935u256') as A.NumberExpr;
    expect(big.value).toBe((1n << 256n) - 1n);
  });

  it('decodes byte strings and hex strings', () => {
    const b = expr('b"a\\n\\t\\\\\\"\\x41\\0"') as A.ByteStringExpr;
    expect(b.bytes).toEqual([97, 10, 9, 92, 34, 0x41, 0]);
    const x = expr('x"00fF"') as A.ByteStringExpr;
    expect([x.form, x.bytes]).toEqual(['x', [0, 255]]);
  });

  it('reads addresses', () => {
    const a = expr('@0x2') as A.AddressExpr;
    expect('value' in a.value && a.value.value).toBe(2n);
    const n = expr('@std') as A.AddressExpr;
    expect('name' in n.value && n.value.name).toBe('std');
  });
});

describe('declarations', () => {
  it('parses the file-level module form', () => {
    const r = parse('module a::m;\nuse sui::coin;\npublic fun f() {}\n');
    expect(r.diagnostics).toEqual([]);
    expect(r.ast.modules[0]!.form).toBe('file');
    expect(r.ast.modules[0]!.members.map((m) => m.kind)).toEqual(['Use', 'Function']);
  });

  it('parses modifiers in any order, with every visibility', () => {
    const r = parse(`module a::m {
      public fun a() {} public(package) fun b() {} public(friend) fun c() {} entry fun d() {}
      public entry fun e() {} native public fun g(); public native fun h(); public macro fun i<$T>($f: |$T| -> u64) {} fun j() {}
    }`);
    expect(r.diagnostics).toEqual([]);
    const fns = r.ast.modules[0]!.members as A.FunctionDecl[];
    expect(fns.map((f) => `${f.visibility}${f.isEntry ? '+entry' : ''}${f.isNative ? '+native' : ''}${f.isMacro ? '+macro' : ''}`)).toEqual([
      'public', 'package', 'friend', 'private+entry', 'public+entry', 'public+native', 'public+native', 'public+macro', 'private',
    ]);
  });

  it('parses structs with prefix and postfix abilities, phantom parameters and positional fields', () => {
    const r = parse(`module a::m {
      public struct S<phantom T: store + drop, U> has key, store { id: UID, u: U }
      public struct P(u64, bool) has copy, drop;
      public struct Q { x: u64 } has copy, drop;
      struct W has drop {}
      public enum E<T> has copy, drop { A, B(u64), C { x: T } }
    }`);
    expect(r.diagnostics).toEqual([]);
    const [s, p, q, w, e] = r.ast.modules[0]!.members as [A.StructDecl, A.StructDecl, A.StructDecl, A.StructDecl, A.EnumDecl];
    expect(s.typeParams.map((t) => [t.name.name, t.isPhantom, t.constraints.map((c) => c.name)])).toEqual([['T', true, ['store', 'drop']], ['U', false, []]]);
    expect(p.fields?.kind).toBe('Positional');
    expect(q.abilities.map((a) => a.name)).toEqual(['copy', 'drop']);
    expect(w.fields).toEqual({ kind: 'Named', fields: [] });
    expect(e.variants.map((v) => v.fields?.kind ?? 'none')).toEqual(['none', 'Positional', 'Named']);
  });

  it('parses every use form', () => {
    const r = parse(`module a::m {
      use a::b; use a::b::{Self, T as U, f}; use a::{m1, m2::{X}}; use a::n as k; use fun f as T.g; public use fun a::x::h as T.h;
    }`);
    expect(r.diagnostics).toEqual([]);
    const [u1, u2, u3, u4, u5, u6] = r.ast.modules[0]!.members as [A.UseDecl, A.UseDecl, A.UseDecl, A.UseDecl, A.UseFunDecl, A.UseFunDecl];
    expect(u1.entries[0]!.members).toBeUndefined();
    expect(u2.entries[0]!.members!.map((m) => [m.name.name, m.alias?.name])).toEqual([['Self', undefined], ['T', 'U'], ['f', undefined]]);
    expect(u3.entries.map((e) => e.module.name)).toEqual(['m1', 'm2']);
    expect(u4.entries[0]!.alias?.name).toBe('k');
    expect([u5.kind, u5.isPublic, u6.isPublic, u6.method.name]).toEqual(['UseFun', false, true, 'h']);
  });
});

describe('syntax errors', () => {
  it('reports several errors in one run, in different functions', () => {
    const r = parse(`module a::m {
      fun f() { let x = ; }
      fun g() { if x { } }
      fun h(): u64 { 1 + }
      struct S { a }
    }`);
    const lines = r.diagnostics.map((d) => d.primary.span.start).map((o) => r.ast.span && o);
    expect(r.diagnostics.length).toBeGreaterThanOrEqual(4);
    expect(new Set(lines).size).toBe(lines.length);
    expect(r.diagnostics.every((d) => d.code.startsWith('E01'))).toBe(true);
  });

  it('requires `;` between statements, even after a block, as Move does', () => {
    const ok = parse('module a::m { fun f() { while (c) { }; x = 1; if (c) { } else { }; y } }');
    expect(ok.diagnostics).toEqual([]);
    const bad = parse('module a::m { fun f() { let x = 1 x = 2; } }');
    expect(bad.diagnostics.map((d) => d.message)).toEqual(['expected `;`, found the start of another statement']);
    const afterWhile = parse('module a::m { fun f() { while (c) { } x = 1; } }');
    expect(afterWhile.diagnostics.map((d) => d.code)).toEqual(['E01002']);
  });

  it('requires commas between match arms and call arguments', () => {
    const codes = (src: string) => parse(`module a::m { fun f() { ${src} } }`).diagnostics.map((d) => d.message);
    expect(codes('match (x) { A => { 1 } B => 2 }')).toEqual(['expected `,`, found `B`']);
    expect(codes('g(a b)')).toEqual(['expected `,`, found `b`']);
  });

  it('accepts `..` in unpacks on the left of `=`, and nowhere else in expressions', () => {
    const r = parse('module a::m { fun f() { P(a, ..) = p; S { f, .. } = s; g(x, ..); } }');
    expect(r.diagnostics.map((d) => d.code)).toEqual(['E01011']);
  });

  it('rejects `..` in a pack expression and bad assignment targets', () => {
    const r = parse('module a::m { fun f() { let s = S { a: 1, .. }; 1 = x; x.f() = 2; } }');
    expect(r.diagnostics.map((d) => d.code)).toEqual(['E01011', 'E01010', 'E01010']);
  });

  it('rejects malformed literals with precise codes', () => {
    const codes = (src: string) => parse(`module a::m { fun f() { ${src} } }`).diagnostics.map((d) => d.code);
    expect(codes('10u7')).toEqual(['E01007']);
    expect(codes('0x')).toEqual(['E01007']);
    expect(codes('b"\\q"')).toEqual(['E01005']);
    expect(codes('x"abc"')).toEqual(['E01006']);
    expect(codes('@0x1u8')).toEqual(['E01013']);
    expect(parse('module a::m { /* never closed').diagnostics.map((d) => d.code)).toContain('E01004');
    expect(parse('module a::m { fun f() { b"open } }').diagnostics.map((d) => d.code)).toContain('E01003');
  });

  it('rejects a second module next to a file-level module', () => {
    const r = parse('module a::m;\nfun f() {}\nmodule a::n { }\n');
    expect(r.diagnostics.map((d) => d.code)).toEqual(['E01012']);
  });

  it('rejects duplicate and misplaced modifiers', () => {
    expect(parse('module a::m { public public fun f() {} }').diagnostics.map((d) => d.code)).toEqual(['E01016']);
    expect(parse('module a::m { entry struct S {} }').diagnostics.map((d) => d.code)).toEqual(['E01002']);
  });
});
