// fast-check arbitraries for random, syntactically valid ASTs (ast.ts): files, modules and
// their members, types, expressions, patterns and statements, up to a bounded depth. Every
// node carries the dummy span { file: 'gen.move', start: 0, end: 0 }.
//
// Trees only take shapes the parser can produce: identifiers avoid keywords and contextual
// words, tuples have 0 or >= 2 elements, assignment targets are assignable, numbers fit their
// suffix, optional fields are absent rather than undefined, a file-form module is alone in its
// file, a native function has no body, and so on.

import fc from 'fast-check';
import type * as A from '../../compiler/parser/ast.js';

export const GEN_SPAN: A.Span = Object.freeze({ file: 'gen.move', start: 0, end: 0 }) as A.Span;

function span(): A.Span {
  return { ...GEN_SPAN };
}

/** Drops keys whose value is undefined, so absent optionals are absent. */
function clean<T extends object>(o: T): T {
  for (const k of Object.keys(o) as Array<keyof T>) if (o[k] === undefined) delete o[k];
  return o;
}

/** `arb` with probability `present` (0..1), otherwise undefined. */
function opt<T>(arb: fc.Arbitrary<T>, present = 0.5): fc.Arbitrary<T | undefined> {
  const p = Math.round(present * 100);
  return fc.oneof({ weight: 100 - p, arbitrary: fc.constant(undefined) }, { weight: p, arbitrary: arb });
}

// ---------------------------------------------------------------------------------------------
// Identifiers

const RESERVED = new Set([
  // strict keywords
  'abort', 'acquires', 'as', 'break', 'const', 'continue', 'copy', 'else', 'false', 'friend', 'fun', 'if',
  'let', 'loop', 'module', 'move', 'native', 'public', 'return', 'struct', 'true', 'use', 'while',
  // contextual words
  'has', 'phantom', 'entry', 'macro', 'mut', 'enum', 'match', 'vector', 'Self', 'address', 'spec', 'script',
  'type', 'for', '_',
  // primitive type names, kept out of value names for clarity
  'u8', 'u16', 'u32', 'u64', 'u128', 'u256', 'bool', 'signer',
]);

const lowerName: fc.Arbitrary<string> = fc
  .oneof(
    { weight: 3, arbitrary: fc.constantFrom('x', 'y', 'v', 'acc', 'coin', 'i', 'ctx', 'self_', 'a1', 'b', 'x2') },
    { weight: 2, arbitrary: fc.stringMatching(/^[a-z][a-z0-9_]{0,5}$/) },
  )
  .filter((s) => !RESERVED.has(s));

const upperName: fc.Arbitrary<string> = fc
  .oneof(
    { weight: 3, arbitrary: fc.constantFrom('S', 'T', 'Coin', 'Pool', 'E', 'Red', 'Some', 'None', 'K1') },
    { weight: 1, arbitrary: fc.stringMatching(/^[A-Z][A-Za-z0-9_]{0,5}$/) },
  )
  .filter((s) => !RESERVED.has(s));

/** Names of locals, occasionally macro-style `$x`. */
const localName: fc.Arbitrary<string> = fc.oneof({ weight: 9, arbitrary: lowerName }, { weight: 1, arbitrary: lowerName.map((s) => '$' + s) });

function ident(names: fc.Arbitrary<string>): fc.Arbitrary<A.Ident> {
  return names.map((name) => ({ span: span(), name }));
}

const lowerIdent = ident(lowerName);
const upperIdent = ident(upperName);
const localIdent = ident(localName);
const anyIdent = fc.oneof(lowerIdent, upperIdent);

// ---------------------------------------------------------------------------------------------
// Literals and names

const MAX_U256 = (1n << 256n) - 1n;
const SUFFIX_BITS: Record<A.IntSuffix, number> = { u8: 8, u16: 16, u32: 32, u64: 64, u128: 128, u256: 256 };

function bigintUpTo(max: bigint): fc.Arbitrary<bigint> {
  return fc.oneof(
    { weight: 4, arbitrary: fc.bigInt({ min: 0n, max: max < 1000n ? max : 1000n }) },
    { weight: 1, arbitrary: fc.bigInt({ min: 0n, max }) },
    { weight: 1, arbitrary: fc.constant(max) },
  );
}

export const numberExpr: fc.Arbitrary<A.NumberExpr> = fc
  .option(fc.constantFrom<A.IntSuffix>('u8', 'u16', 'u32', 'u64', 'u128', 'u256'), { nil: undefined, freq: 2 })
  .chain((suffix) =>
    fc.record({
      value: bigintUpTo(suffix ? (1n << BigInt(SUFFIX_BITS[suffix])) - 1n : MAX_U256),
      hex: fc.boolean(),
    }).map(({ value, hex }): A.NumberExpr => clean({ kind: 'Number', span: span(), value, hex, suffix })),
  );

export const numericAddress: fc.Arbitrary<A.NumericAddress> = bigintUpTo(MAX_U256).map((value) => ({ kind: 'NumericAddress', span: span(), value }));

const leadingAddress: fc.Arbitrary<A.LeadingAddress> = fc.oneof(numericAddress, lowerIdent);

const boolExpr: fc.Arbitrary<A.BoolExpr> = fc.boolean().map((value) => ({ kind: 'Bool', span: span(), value }));
const addressExpr: fc.Arbitrary<A.AddressExpr> = leadingAddress.map((value) => ({ kind: 'Address', span: span(), value }));
const byteStringExpr: fc.Arbitrary<A.ByteStringExpr> = fc.record({
  form: fc.constantFrom<'b' | 'x'>('b', 'x'),
  bytes: fc.array(fc.oneof(fc.integer({ min: 0x20, max: 0x7e }), fc.integer({ min: 0, max: 255 })), { maxLength: 8 }),
}).map(({ form, bytes }) => ({ kind: 'ByteString', span: span(), form, bytes }));

export const literalExpr: fc.Arbitrary<A.LiteralExpr> = fc.oneof(numberExpr, boolExpr, addressExpr, byteStringExpr);

/** `x`, `m::f`, `a::m::f`, `0x2::m::f`. */
const namePath: fc.Arbitrary<A.NamePath> = fc.oneof(
  { weight: 3, arbitrary: anyIdent.map((n): A.NamePath => ({ span: span(), names: [n] })) },
  { weight: 2, arbitrary: fc.array(anyIdent, { minLength: 2, maxLength: 3 }).map((names): A.NamePath => ({ span: span(), names })) },
  {
    weight: 1,
    arbitrary: fc.tuple(numericAddress, fc.array(anyIdent, { minLength: 1, maxLength: 2 })).map(([address, names]): A.NamePath => ({ span: span(), address, names })),
  },
);

/** A single local name as a path. */
const localPath: fc.Arbitrary<A.NamePath> = localIdent.map((n) => ({ span: span(), names: [n] }));

/** A path of two or more segments (or with an address): never read as a single binding. */
const qualifiedPath: fc.Arbitrary<A.NamePath> = fc.oneof(
  fc.array(anyIdent, { minLength: 2, maxLength: 3 }).map((names): A.NamePath => ({ span: span(), names })),
  fc.tuple(numericAddress, fc.array(anyIdent, { minLength: 1, maxLength: 2 })).map(([address, names]): A.NamePath => ({ span: span(), address, names })),
);

// ---------------------------------------------------------------------------------------------
// Types

const PRIMS = ['u8', 'u16', 'u32', 'u64', 'u128', 'u256', 'bool', 'address', 'signer'];

function apply(names: string[], typeArgs: A.Type[] = []): A.ApplyType {
  return { kind: 'Apply', span: span(), path: { span: span(), names: names.map((name) => ({ span: span(), name })) }, typeArgs };
}

const valueTypeCache = new Map<number, fc.Arbitrary<A.Type>>();

/** A type of a value: primitives, `vector<T>`, datatypes with type arguments. No refs, tuples or functions. */
export function valueType(depth: number): fc.Arbitrary<A.Type> {
  const cached = valueTypeCache.get(depth);
  if (cached) return cached;
  const leaf = fc.oneof(
    { weight: 3, arbitrary: fc.constantFrom(...PRIMS).map((p) => apply([p])) },
    { weight: 1, arbitrary: upperName.map((n) => apply([n])) },
  );
  const arb: fc.Arbitrary<A.Type> =
    depth <= 0
      ? leaf
      : fc.oneof(
          { weight: 3, arbitrary: leaf },
          { weight: 1, arbitrary: valueType(depth - 1).map((t) => apply(['vector'], [t])) },
          {
            weight: 1,
            arbitrary: fc.tuple(namePath, fc.array(valueType(depth - 1), { minLength: 1, maxLength: 2 })).map(
              ([path, typeArgs]): A.Type => ({ kind: 'Apply', span: span(), path, typeArgs }),
            ),
          },
        );
  valueTypeCache.set(depth, arb);
  return arb;
}

function refOf(inner: fc.Arbitrary<A.Type>): fc.Arbitrary<A.Type> {
  return fc.tuple(fc.boolean(), inner).map(([mutable, t]): A.Type => ({ kind: 'Ref', span: span(), mutable, inner: t }));
}

/** A value type or a reference to one. */
export const refOrValueType: fc.Arbitrary<A.Type> = fc.oneof({ weight: 3, arbitrary: valueType(2) }, { weight: 1, arbitrary: refOf(valueType(1)) });

/** `|A, B| -> R`, as a macro parameter's type. */
export const funType: fc.Arbitrary<A.Type> = fc
  .tuple(fc.array(refOrValueType, { maxLength: 2 }), opt(valueType(1)))
  .map(([params, result]): A.Type => clean({ kind: 'Fun', span: span(), params, result }));

/** Parameter types: values, references and (rarely) functions. */
export const paramType: fc.Arbitrary<A.Type> = fc.oneof({ weight: 6, arbitrary: refOrValueType }, { weight: 1, arbitrary: funType });

/** Return types: also `()` and tuples of two or more. */
export const returnType: fc.Arbitrary<A.Type> = fc.oneof(
  { weight: 4, arbitrary: refOrValueType },
  {
    weight: 1,
    arbitrary: fc
      .oneof(fc.constant([] as A.Type[]), fc.array(refOrValueType, { minLength: 2, maxLength: 3 }))
      .map((elements): A.Type => ({ kind: 'Tuple', span: span(), elements })),
  },
);

function typeArgsOpt(): fc.Arbitrary<A.Type[] | undefined> {
  return opt(fc.array(valueType(1), { minLength: 1, maxLength: 2 }), 0.2);
}

// ---------------------------------------------------------------------------------------------
// Patterns

const bindPattern: fc.Arbitrary<A.Pattern> = fc
  .tuple(fc.boolean(), localIdent)
  .map(([mutable, name]): A.Pattern => ({ kind: 'Bind', span: span(), mutable, name }));
const wildcardPattern: fc.Arbitrary<A.Pattern> = fc.constant(null).map((): A.Pattern => ({ kind: 'Wildcard', span: span() }));
const restPattern: fc.Arbitrary<A.Pattern> = fc.constant(null).map((): A.Pattern => ({ kind: 'Rest', span: span() }));

function tuplePattern(inner: fc.Arbitrary<A.Pattern>): fc.Arbitrary<A.Pattern> {
  return fc
    .oneof({ weight: 1, arbitrary: fc.constant([] as A.Pattern[]) }, { weight: 4, arbitrary: fc.array(inner, { minLength: 2, maxLength: 3 }) })
    .map((elements): A.Pattern => ({ kind: 'Tuple', span: span(), elements }));
}

function unpackPattern(inner: fc.Arbitrary<A.Pattern>, allowBare: boolean): fc.Arbitrary<A.Pattern> {
  const named = fc
    .tuple(fc.array(fc.tuple(lowerIdent, inner), { maxLength: 3 }), fc.boolean())
    .map(([fs, rest]) => ({ kind: 'Named' as const, fields: fs.map(([name, pattern]): A.FieldPattern => ({ span: span(), name, pattern })), rest }));
  const positional = fc
    .array(fc.oneof({ weight: 4, arbitrary: inner }, { weight: 1, arbitrary: restPattern }), { maxLength: 3 })
    .map((elements) => ({ kind: 'Positional' as const, elements }));
  const withFields = fc
    .tuple(namePath, typeArgsOpt(), fc.oneof(named, positional))
    .map(([path, typeArgs, fields]): A.Pattern => clean({ kind: 'Unpack', span: span(), path, typeArgs, fields }));
  if (!allowBare) return withFields;
  const bare = fc
    .tuple(qualifiedPath, typeArgsOpt())
    .map(([path, typeArgs]): A.Pattern => clean({ kind: 'Unpack', span: span(), path, typeArgs }));
  // A single name with type arguments and no fields is an unpack too (`None<u64>`).
  const bareGeneric = fc
    .tuple(upperIdent, fc.array(valueType(1), { minLength: 1, maxLength: 2 }))
    .map(([n, typeArgs]): A.Pattern => ({ kind: 'Unpack', span: span(), path: { span: span(), names: [n] }, typeArgs }));
  return fc.oneof({ weight: 3, arbitrary: withFields }, { weight: 2, arbitrary: bare }, { weight: 1, arbitrary: bareGeneric });
}

const letPatternCache = new Map<number, fc.Arbitrary<A.Pattern>>();

/** Patterns of `let` and of lambda parameters: bindings, tuples and unpacks. */
export function letPattern(depth: number): fc.Arbitrary<A.Pattern> {
  const cached = letPatternCache.get(depth);
  if (cached) return cached;
  const leaf = fc.oneof({ weight: 4, arbitrary: bindPattern }, { weight: 1, arbitrary: wildcardPattern });
  const arb =
    depth <= 0
      ? leaf
      : fc.oneof(
          { weight: 4, arbitrary: leaf },
          { weight: 1, arbitrary: tuplePattern(letPattern(depth - 1)) },
          { weight: 1, arbitrary: unpackPattern(letPattern(depth - 1), false) },
        );
  letPatternCache.set(depth, arb);
  return arb;
}

const matchPatternCache = new Map<number, fc.Arbitrary<A.Pattern>>();

/** Patterns of match arms: everything, including literals, or-patterns and `x @ p`. */
export function matchPattern(depth: number): fc.Arbitrary<A.Pattern> {
  const cached = matchPatternCache.get(depth);
  if (cached) return cached;
  const literal = literalExpr.map((value): A.Pattern => ({ kind: 'Literal', span: span(), value }));
  const leaf = fc.oneof({ weight: 3, arbitrary: bindPattern }, { weight: 1, arbitrary: wildcardPattern }, { weight: 2, arbitrary: literal });
  let arb: fc.Arbitrary<A.Pattern>;
  if (depth <= 0) arb = leaf;
  else {
    const inner = matchPattern(depth - 1);
    arb = fc.oneof(
      { weight: 3, arbitrary: leaf },
      { weight: 1, arbitrary: tuplePattern(inner) },
      { weight: 3, arbitrary: unpackPattern(inner, true) },
      {
        weight: 1,
        arbitrary: fc.array(inner, { minLength: 2, maxLength: 3 }).map((alternatives): A.Pattern => ({ kind: 'Or', span: span(), alternatives })),
      },
      {
        weight: 1,
        arbitrary: fc.tuple(localIdent, fc.boolean(), inner).map(([name, mutable, pattern]): A.Pattern => ({ kind: 'At', span: span(), name, mutable, pattern })),
      },
    );
  }
  matchPatternCache.set(depth, arb);
  return arb;
}

// ---------------------------------------------------------------------------------------------
// Expressions

const BINARY_OPS: A.BinaryOp[] = ['||', '&&', '==', '!=', '<', '>', '<=', '>=', '|', '^', '&', '<<', '>>', '+', '-', '*', '/', '%'];

const labelIdent = ident(fc.constantFrom('a', 'outer', 'inner', 'l2'));

function leafExpr(): fc.Arbitrary<A.Expr> {
  const unit = fc.constant(null).map((): A.Expr => ({ kind: 'Unit', span: span() }));
  const name = fc
    .oneof({ weight: 4, arbitrary: localPath.map((path) => ({ path, typeArgs: undefined })) }, { weight: 1, arbitrary: fc.record({ path: namePath, typeArgs: typeArgsOpt() }) })
    .map(({ path, typeArgs }): A.Expr => clean({ kind: 'Name', span: span(), path, typeArgs }));
  const moveCopy = fc
    .tuple(fc.constantFrom<'move' | 'copy'>('move', 'copy'), localIdent)
    .map(([op, n]): A.Expr => ({ kind: 'MoveCopy', span: span(), op, name: n }));
  const cont = opt(labelIdent).map((label): A.Expr => clean({ kind: 'Continue', span: span(), label }));
  const brk = opt(labelIdent).map((label): A.Expr => clean({ kind: 'Break', span: span(), label }));
  const ret = opt(labelIdent, 0.2).map((label): A.Expr => clean({ kind: 'Return', span: span(), label }));
  const abort = fc.constant(null).map((): A.Expr => ({ kind: 'Abort', span: span() }));
  return fc.oneof(
    { weight: 4, arbitrary: literalExpr },
    { weight: 1, arbitrary: unit },
    { weight: 6, arbitrary: name },
    { weight: 1, arbitrary: moveCopy },
    { weight: 1, arbitrary: fc.oneof(cont, brk, ret, abort) },
  );
}

const exprCache = new Map<number, fc.Arbitrary<A.Expr>>();

/** Any expression, nested at most `depth` levels (blocks count as a level). */
export function expr(depth: number): fc.Arbitrary<A.Expr> {
  const cached = exprCache.get(depth);
  if (cached) return cached;
  let arb: fc.Arbitrary<A.Expr>;
  if (depth <= 0) arb = leafExpr();
  else {
    const e = expr(depth - 1);
    const args = fc.array(e, { maxLength: 3 });
    const sp = span;
    arb = fc.oneof(
      { weight: 8, arbitrary: leafExpr() },
      {
        weight: 2,
        arbitrary: fc
          .record({ path: namePath, isMacro: fc.boolean(), typeArgs: typeArgsOpt(), args })
          .map((r): A.Expr => clean({ kind: 'Call', span: sp(), ...r })),
      },
      {
        weight: 1,
        arbitrary: fc
          .record({ path: namePath, typeArgs: typeArgsOpt(), fields: fc.array(fc.tuple(lowerIdent, e), { maxLength: 3 }) })
          .map(({ path, typeArgs, fields }): A.Expr =>
            clean({ kind: 'Pack', span: sp(), path, typeArgs, fields: fields.map(([name, value]): A.FieldInit => ({ span: sp(), name, value })) }),
          ),
      },
      {
        weight: 1,
        arbitrary: fc.record({ elementType: opt(valueType(1)), elements: args }).map((r): A.Expr => clean({ kind: 'Vector', span: sp(), ...r })),
      },
      { weight: 1, arbitrary: fc.array(e, { minLength: 2, maxLength: 3 }).map((elements): A.Expr => ({ kind: 'Tuple', span: sp(), elements })) },
      { weight: 1, arbitrary: fc.tuple(fc.boolean(), e).map(([mutable, x]): A.Expr => ({ kind: 'Borrow', span: sp(), mutable, expr: x })) },
      { weight: 1, arbitrary: e.map((x): A.Expr => ({ kind: 'Deref', span: sp(), expr: x })) },
      { weight: 1, arbitrary: e.map((x): A.Expr => ({ kind: 'Not', span: sp(), expr: x })) },
      {
        weight: 5,
        arbitrary: fc.tuple(fc.constantFrom(...BINARY_OPS), e, e).map(([op, left, right]): A.Expr => ({ kind: 'Binary', span: sp(), op, left, right })),
      },
      { weight: 1, arbitrary: fc.tuple(e, valueType(1)).map(([x, type]): A.Expr => ({ kind: 'Cast', span: sp(), expr: x, type })) },
      { weight: 1, arbitrary: fc.tuple(e, refOrValueType).map(([x, type]): A.Expr => ({ kind: 'Annotate', span: sp(), expr: x, type })) },
      {
        weight: 2,
        arbitrary: fc
          .tuple(e, fc.oneof({ weight: 4, arbitrary: lowerIdent }, { weight: 1, arbitrary: ident(fc.constantFrom('0', '1', '12')) }))
          .map(([x, field]): A.Expr => ({ kind: 'Field', span: sp(), expr: x, field })),
      },
      {
        weight: 2,
        arbitrary: fc
          .record({ receiver: e, method: lowerIdent, isMacro: fc.boolean(), typeArgs: typeArgsOpt(), args })
          .map((r): A.Expr => clean({ kind: 'MethodCall', span: sp(), ...r })),
      },
      {
        weight: 1,
        arbitrary: fc.tuple(e, fc.array(e, { minLength: 1, maxLength: 2 })).map(([x, indices]): A.Expr => ({ kind: 'Index', span: sp(), expr: x, indices })),
      },
      { weight: 1, arbitrary: assignExpr(depth) },
      {
        weight: 2,
        arbitrary: fc.record({ cond: e, then: e, else: opt(e, 0.6) }).map((r): A.Expr => clean({ kind: 'If', span: sp(), ...r })),
      },
      {
        weight: 1,
        arbitrary: fc.record({ label: opt(labelIdent, 0.3), cond: e, body: e }).map((r): A.Expr => clean({ kind: 'While', span: sp(), ...r })),
      },
      { weight: 1, arbitrary: fc.record({ label: opt(labelIdent, 0.3), body: e }).map((r): A.Expr => clean({ kind: 'Loop', span: sp(), ...r })) },
      { weight: 2, arbitrary: block(depth) },
      {
        weight: 1,
        arbitrary: fc.record({ label: opt(labelIdent, 0.3), value: e }).map((r): A.Expr => clean({ kind: 'Break', span: sp(), ...r })),
      },
      {
        weight: 1,
        arbitrary: fc.record({ label: opt(labelIdent, 0.2), value: e }).map((r): A.Expr => clean({ kind: 'Return', span: sp(), ...r })),
      },
      { weight: 1, arbitrary: e.map((code): A.Expr => ({ kind: 'Abort', span: sp(), code })) },
      { weight: 1, arbitrary: matchExpr(depth) },
      { weight: 1, arbitrary: lambdaExpr(depth) },
    );
  }
  exprCache.set(depth, arb);
  return arb;
}

const targetCache = new Map<number, fc.Arbitrary<A.AssignTarget>>();

/** Left-hand sides of `=`. */
export function assignTarget(depth: number): fc.Arbitrary<A.AssignTarget> {
  const cached = targetCache.get(depth);
  if (cached) return cached;
  const local = localPath.map((path): A.AssignTarget => ({ kind: 'Name', span: span(), path }));
  let arb: fc.Arbitrary<A.AssignTarget>;
  if (depth <= 0) arb = local;
  else {
    const e = expr(depth - 1);
    const t = assignTarget(depth - 1);
    arb = fc.oneof(
      { weight: 4, arbitrary: local },
      { weight: 2, arbitrary: fc.tuple(e, lowerIdent).map(([x, field]): A.AssignTarget => ({ kind: 'Field', span: span(), expr: x, field })) },
      { weight: 2, arbitrary: e.map((x): A.AssignTarget => ({ kind: 'Deref', span: span(), expr: x })) },
      { weight: 1, arbitrary: fc.tuple(e, e).map(([x, i]): A.AssignTarget => ({ kind: 'Index', span: span(), expr: x, indices: [i] })) },
      { weight: 1, arbitrary: fc.constant(null).map((): A.AssignTarget => ({ kind: 'Unit', span: span() })) },
      {
        weight: 1,
        arbitrary: fc.array(t, { minLength: 2, maxLength: 3 }).map((elements): A.AssignTarget => ({ kind: 'TupleTarget', span: span(), elements })),
      },
      {
        weight: 1,
        arbitrary: fc
          .record({
            path: namePath,
            typeArgs: typeArgsOpt(),
            fields: fc.oneof(
              fc
                .tuple(fc.array(fc.tuple(lowerIdent, t), { maxLength: 3 }), fc.boolean())
                .map(([fs, rest]) => ({ kind: 'Named' as const, fields: fs.map(([name, target]): A.FieldTarget => ({ span: span(), name, target })), rest })),
              // `..` in a positional target is not accepted by the grammar (call arguments are expressions).
              fc.array(t, { maxLength: 3 }).map((elements) => ({ kind: 'Positional' as const, elements })),
            ),
          })
          .map((r): A.AssignTarget => clean({ kind: 'UnpackTarget', span: span(), ...r })),
      },
    );
  }
  targetCache.set(depth, arb);
  return arb;
}

function assignExpr(depth: number): fc.Arbitrary<A.Expr> {
  return fc.tuple(assignTarget(depth - 1), expr(depth - 1)).map(([lhs, value]): A.Expr => ({ kind: 'Assign', span: span(), lhs, value }));
}

function matchExpr(depth: number): fc.Arbitrary<A.Expr> {
  const e = expr(depth - 1);
  const arm = fc
    .record({ pattern: matchPattern(2), guard: opt(e, 0.3), body: e })
    .map((r): A.MatchArm => clean({ span: span(), ...r }));
  return fc.tuple(e, fc.array(arm, { minLength: 1, maxLength: 3 })).map(([subject, arms]): A.Expr => ({ kind: 'Match', span: span(), subject, arms }));
}

function lambdaExpr(depth: number): fc.Arbitrary<A.Expr> {
  const param = fc
    // Not function types: `|f: |u8| | e` does not parse (see the printer tests).
    .record({ pattern: letPattern(1), type: opt(refOrValueType, 0.4) })
    .map((r): A.LambdaParam => clean({ span: span(), ...r }));
  const params = fc.array(param, { maxLength: 2 });
  const plain = fc.tuple(params, expr(depth - 1)).map(([ps, body]): A.Expr => ({ kind: 'Lambda', span: span(), params: ps, body }));
  const typed = fc
    .tuple(params, valueType(1), block(depth))
    .map(([ps, rt, body]): A.Expr => ({ kind: 'Lambda', span: span(), params: ps, returnType: rt, body }));
  return fc.oneof({ weight: 3, arbitrary: plain }, { weight: 1, arbitrary: typed });
}

// ---------------------------------------------------------------------------------------------
// Statements and blocks

function useDecl(inBlock: boolean): fc.Arbitrary<A.UseDecl> {
  const member = fc
    .record({ name: fc.oneof({ weight: 1, arbitrary: ident(fc.constant('Self')) }, { weight: 4, arbitrary: anyIdent }), alias: opt(anyIdent, 0.3) })
    .map((r): A.UseMember => clean({ span: span(), ...r }));
  const entry = fc.oneof(
    fc.record({ module: lowerIdent, alias: opt(lowerIdent, 0.3) }).map((r): A.UseModuleEntry => clean({ span: span(), ...r })),
    fc.record({ module: lowerIdent, members: fc.array(member, { minLength: 1, maxLength: 3 }) }).map((r): A.UseModuleEntry => ({ span: span(), ...r })),
  );
  return fc
    .record({ attributes: inBlock ? fc.constant<A.Attribute[]>([]) : attributes, address: leadingAddress, entries: fc.array(entry, { minLength: 1, maxLength: 3 }) })
    .map((r): A.UseDecl => ({ kind: 'Use', span: span(), ...r }));
}

function useFunDecl(inBlock: boolean): fc.Arbitrary<A.UseFunDecl> {
  return fc
    .record({
      attributes: inBlock ? fc.constant<A.Attribute[]>([]) : attributes,
      isPublic: inBlock ? fc.constant(false) : fc.boolean(),
      function: namePath,
      type: namePath,
      method: lowerIdent,
    })
    .map((r): A.UseFunDecl => ({ kind: 'UseFun', span: span(), ...r }));
}

function statement(depth: number): fc.Arbitrary<A.Statement> {
  const e = expr(depth - 1);
  const letStmt = fc
    .record({ pattern: letPattern(2), type: opt(refOrValueType, 0.3), value: opt(e, 0.8) })
    .map((r): A.Statement => clean({ kind: 'Let', span: span(), ...r }));
  const exprStmt = fc
    .oneof({ weight: 3, arbitrary: e }, { weight: 1, arbitrary: assignExpr(depth) })
    .map((x): A.Statement => ({ kind: 'ExprStmt', span: span(), expr: x }));
  const useStmt = fc.oneof(
    useDecl(true).map((decl): A.Statement => ({ kind: 'UseStmt', span: span(), decl })),
    useFunDecl(true).map((decl): A.Statement => ({ kind: 'UseStmt', span: span(), decl })),
  );
  return fc.oneof({ weight: 3, arbitrary: letStmt }, { weight: 3, arbitrary: exprStmt }, { weight: 1, arbitrary: useStmt });
}

const blockCache = new Map<number, fc.Arbitrary<A.BlockExpr>>();

export function block(depth: number, labelled = true): fc.Arbitrary<A.BlockExpr> {
  const key = labelled ? depth : -depth - 1;
  const cached = blockCache.get(key);
  if (cached) return cached;
  const arb = fc
    .record({
      label: labelled ? opt(labelIdent, 0.15) : fc.constant(undefined),
      statements: depth <= 0 ? fc.constant<A.Statement[]>([]) : fc.array(statement(depth), { maxLength: 3 }),
      tail: depth <= 0 ? opt(leafExpr()) : opt(expr(depth - 1), 0.7),
    })
    .map((r): A.BlockExpr => clean({ kind: 'Block', span: span(), ...r }));
  blockCache.set(key, arb);
  return arb;
}

// ---------------------------------------------------------------------------------------------
// Attributes and declarations

const attributeLiteral: fc.Arbitrary<A.AttributeValue> = literalExpr.map((value) => ({ kind: 'Literal', value }));
const attributePath: fc.Arbitrary<A.AttributeValue> = namePath.map((path) => ({ kind: 'Path', path }));

const simpleAttribute: fc.Arbitrary<A.Attribute> = fc
  .record({ name: lowerIdent, value: opt(fc.oneof(attributeLiteral, attributePath), 0.5) })
  .map((r): A.Attribute => clean({ span: span(), ...r }));

const attribute: fc.Arbitrary<A.Attribute> = fc.oneof(
  { weight: 3, arbitrary: simpleAttribute },
  {
    weight: 1,
    arbitrary: fc.record({ name: lowerIdent, args: fc.array(simpleAttribute, { maxLength: 3 }) }).map((r): A.Attribute => ({ span: span(), ...r })),
  },
);

export const attributes: fc.Arbitrary<A.Attribute[]> = fc.oneof(
  { weight: 3, arbitrary: fc.constant([] as A.Attribute[]) },
  { weight: 1, arbitrary: fc.array(attribute, { minLength: 1, maxLength: 3 }) },
);

const ABILITIES = ['copy', 'drop', 'store', 'key'];
const abilities: fc.Arbitrary<A.Ident[]> = fc.subarray(ABILITIES).map((as) => as.map((name) => ({ span: span(), name })));
const constraintList: fc.Arbitrary<A.Ident[]> = fc.oneof({ weight: 2, arbitrary: fc.constant([] as A.Ident[]) }, { weight: 1, arbitrary: abilities });

const datatypeTypeParams: fc.Arbitrary<A.DatatypeTypeParam[]> = fc.array(
  fc.record({ name: upperIdent, isPhantom: fc.boolean(), constraints: constraintList }).map((r): A.DatatypeTypeParam => ({ span: span(), ...r })),
  { maxLength: 2 },
);

const fieldDecl: fc.Arbitrary<A.FieldDecl> = fc.record({ name: lowerIdent, type: valueType(2) }).map((r): A.FieldDecl => ({ span: span(), ...r }));

const datatypeFields: fc.Arbitrary<A.DatatypeFields> = fc.oneof(
  fc.array(fieldDecl, { maxLength: 3 }).map((fields): A.DatatypeFields => ({ kind: 'Named', fields })),
  fc.array(valueType(2), { maxLength: 3 }).map((types): A.DatatypeFields => ({ kind: 'Positional', types })),
);

const structDecl: fc.Arbitrary<A.StructDecl> = fc
  .record({
    attributes,
    isPublic: fc.boolean(),
    isNative: fc.boolean(),
    name: upperIdent,
    typeParams: datatypeTypeParams,
    abilities,
    fields: datatypeFields,
  })
  .map((r): A.StructDecl => clean({ kind: 'Struct', span: span(), ...r, fields: r.isNative ? undefined : r.fields }));

const enumDecl: fc.Arbitrary<A.EnumDecl> = fc
  .record({
    attributes,
    isPublic: fc.boolean(),
    name: upperIdent,
    typeParams: datatypeTypeParams,
    abilities,
    variants: fc.array(
      fc.record({ name: upperIdent, fields: opt(datatypeFields, 0.6) }).map((r): A.VariantDecl => clean({ span: span(), ...r })),
      { minLength: 1, maxLength: 3 },
    ),
  })
  .map((r): A.EnumDecl => ({ kind: 'Enum', span: span(), ...r }));

const constantDecl: fc.Arbitrary<A.ConstantDecl> = fc
  .record({ attributes, name: upperIdent, type: valueType(1), value: expr(2) })
  .map((r): A.ConstantDecl => ({ kind: 'Constant', span: span(), ...r }));

const friendDecl: fc.Arbitrary<A.FriendDecl> = fc
  .record({ attributes, module: qualifiedPath })
  .map((r): A.FriendDecl => ({ kind: 'Friend', span: span(), ...r }));

const functionDecl: fc.Arbitrary<A.FunctionDecl> = fc
  .record({
    attributes,
    visibility: fc.constantFrom<A.Visibility>('private', 'public', 'package', 'friend'),
    isEntry: fc.boolean(),
    isNative: fc.boolean(),
    isMacro: fc.boolean(),
    name: lowerIdent,
    typeParams: fc.array(fc.record({ name: upperIdent, constraints: constraintList }).map((r): A.FunTypeParam => ({ span: span(), ...r })), { maxLength: 2 }),
    params: fc.array(fc.record({ mutable: fc.boolean(), name: localIdent, type: paramType }).map((r): A.Param => ({ span: span(), ...r })), { maxLength: 3 }),
    returnType: opt(returnType, 0.5),
    acquires: fc.oneof({ weight: 4, arbitrary: fc.constant([] as A.NamePath[]) }, { weight: 1, arbitrary: fc.array(namePath, { minLength: 1, maxLength: 2 }) }),
    body: block(4, false),
  })
  .map((r): A.FunctionDecl => clean({ kind: 'Function', span: span(), ...r, body: r.isNative ? undefined : r.body }));

export const moduleMember: fc.Arbitrary<A.ModuleMember> = fc.oneof(
  { weight: 1, arbitrary: useDecl(false) },
  { weight: 1, arbitrary: useFunDecl(false) },
  { weight: 1, arbitrary: friendDecl },
  { weight: 1, arbitrary: constantDecl },
  { weight: 2, arbitrary: structDecl },
  { weight: 2, arbitrary: enumDecl },
  { weight: 4, arbitrary: functionDecl },
);

function moduleDecl(form: 'block' | 'file'): fc.Arbitrary<A.ModuleDecl> {
  return fc
    .record({ attributes, address: opt(leadingAddress, 0.9), name: lowerIdent, members: fc.array(moduleMember, { maxLength: 6 }) })
    .map((r): A.ModuleDecl => clean({ kind: 'Module', span: span(), ...r, form }));
}

/** A whole file: one file-form module, or one to three block-form modules. */
export const fileAst: fc.Arbitrary<A.FileAst> = fc
  .oneof({ weight: 1, arbitrary: moduleDecl('file').map((m) => [m]) }, { weight: 3, arbitrary: fc.array(moduleDecl('block'), { minLength: 1, maxLength: 3 }) })
  .map((modules): A.FileAst => ({ kind: 'File', span: span(), modules }));
