// The untyped AST that the parser produces (to-ast.ts) and later stages consume.
// Every node has a `span`; nodes are plain data (no methods), discriminated by `kind`, so they
// can be compared structurally, printed (printer.ts) and serialized.
//
// Normalizations done by the parser, so equal programs give equal trees:
// - parentheses leave no node (grouping is in the tree shape), except `(e: T)` annotations;
// - `use a::{m}` and `use a::m` give the same tree; members are always a list;
// - a field shorthand `S { f }` is stored as `f: f`;
// - a single unqualified name as a pattern is a `Bind` (name resolution may reinterpret it as an
//   enum variant in scope).

import type { Span } from '../diagnostics/source.js';

export type { Span };

export interface Node {
  span: Span;
}

export interface Ident extends Node {
  /** The identifier's text; macro parameters keep their `$`. */
  name: string;
}

/** A numeric address as written, e.g. `0x2`, `0x0000...02` or `1`; normalized later. */
export interface NumericAddress extends Node {
  kind: 'NumericAddress';
  value: bigint;
}

/** `0x2` or `std` in `module std::vector` or `use sui::coin`. */
export type LeadingAddress = NumericAddress | Ident;

/**
 * A possibly qualified name: `x`, `m::f`, `a::m::f`, `0x2::m::f`, `m::Enum::Variant`.
 * `address` is set when the chain starts with a number; otherwise every segment is in `names`.
 */
export interface NamePath extends Node {
  address?: NumericAddress;
  names: Ident[];
}

// ---------------------------------------------------------------------------------------------
// Attributes

export type AttributeValue =
  | { kind: 'Literal'; value: LiteralExpr }
  | { kind: 'Path'; path: NamePath };

/** `#[name]`, `#[name = value]`, `#[name(inner, ...)]`; `#[a, b]` gives two attributes. */
export interface Attribute extends Node {
  name: Ident;
  value?: AttributeValue;
  args?: Attribute[];
}

// ---------------------------------------------------------------------------------------------
// Files and modules

export interface FileAst extends Node {
  kind: 'File';
  modules: ModuleDecl[];
}

export interface ModuleDecl extends Node {
  kind: 'Module';
  attributes: Attribute[];
  /** Absent for legacy `address a { module m { ... } }` modules only when the block gave none. */
  address?: LeadingAddress;
  name: Ident;
  /** `block` is `module a::m { ... }`; `file` is the file-level `module a::m;`. */
  form: 'block' | 'file';
  members: ModuleMember[];
}

export type ModuleMember = UseDecl | UseFunDecl | FriendDecl | ConstantDecl | StructDecl | EnumDecl | FunctionDecl;

export interface UseMember extends Node {
  /** A member name, or `Self` for the module itself. */
  name: Ident;
  alias?: Ident;
}

export interface UseModuleEntry extends Node {
  module: Ident;
  /** `use a::m as n;` */
  alias?: Ident;
  /** `use a::m::{X, f as g};` — absent when the module itself is imported. */
  members?: UseMember[];
}

/** `use a::m;` `use a::m::{Self, T as U};` `use a::{m1, m2::{X}};` `use a::m as n;` */
export interface UseDecl extends Node {
  kind: 'Use';
  attributes: Attribute[];
  address: LeadingAddress;
  entries: UseModuleEntry[];
}

/** `[public] use fun a::m::f as T.g;` */
export interface UseFunDecl extends Node {
  kind: 'UseFun';
  attributes: Attribute[];
  isPublic: boolean;
  function: NamePath;
  type: NamePath;
  method: Ident;
}

/** `friend a::m;` */
export interface FriendDecl extends Node {
  kind: 'Friend';
  attributes: Attribute[];
  module: NamePath;
}

export interface ConstantDecl extends Node {
  kind: 'Constant';
  attributes: Attribute[];
  name: Ident;
  type: Type;
  value: Expr;
}

export interface DatatypeTypeParam extends Node {
  name: Ident;
  isPhantom: boolean;
  constraints: Ident[];
}

export interface FieldDecl extends Node {
  name: Ident;
  type: Type;
}

export type DatatypeFields =
  | { kind: 'Named'; fields: FieldDecl[] }
  | { kind: 'Positional'; types: Type[] };

export interface StructDecl extends Node {
  kind: 'Struct';
  attributes: Attribute[];
  isPublic: boolean;
  isNative: boolean;
  name: Ident;
  typeParams: DatatypeTypeParam[];
  abilities: Ident[];
  /** Absent for `native struct S;`. */
  fields?: DatatypeFields;
}

export interface VariantDecl extends Node {
  name: Ident;
  /** Absent for a variant without fields (`A`). */
  fields?: DatatypeFields;
}

export interface EnumDecl extends Node {
  kind: 'Enum';
  attributes: Attribute[];
  isPublic: boolean;
  name: Ident;
  typeParams: DatatypeTypeParam[];
  abilities: Ident[];
  variants: VariantDecl[];
}

export type Visibility = 'private' | 'public' | 'package' | 'friend';

export interface FunTypeParam extends Node {
  name: Ident;
  constraints: Ident[];
}

export interface Param extends Node {
  mutable: boolean;
  name: Ident;
  type: Type;
}

export interface FunctionDecl extends Node {
  kind: 'Function';
  attributes: Attribute[];
  visibility: Visibility;
  isEntry: boolean;
  isNative: boolean;
  isMacro: boolean;
  name: Ident;
  typeParams: FunTypeParam[];
  params: Param[];
  /** Absent when the function returns `()` without saying so. */
  returnType?: Type;
  /** Legacy `acquires` list; parsed and kept, meaningless in Sui Move. */
  acquires: NamePath[];
  /** Absent for `native fun f();`. */
  body?: BlockExpr;
}

// ---------------------------------------------------------------------------------------------
// Types

/** `u64`, `vector<T>`, `Coin<SUI>`, `sui::coin::Coin<T>`, `T`. Primitive names are resolved later. */
export interface ApplyType extends Node {
  kind: 'Apply';
  path: NamePath;
  typeArgs: Type[];
}

export interface RefType extends Node {
  kind: 'Ref';
  mutable: boolean;
  inner: Type;
}

/** `()` and `(T1, T2)`; tuples are only valid as return types. */
export interface TupleType extends Node {
  kind: 'Tuple';
  elements: Type[];
}

/** `|T1, T2| -> R`: the type of a macro's lambda parameter. `result` absent means `()`. */
export interface FunType extends Node {
  kind: 'Fun';
  params: Type[];
  result?: Type;
}

export type Type = ApplyType | RefType | TupleType | FunType;

// ---------------------------------------------------------------------------------------------
// Expressions

export type IntSuffix = 'u8' | 'u16' | 'u32' | 'u64' | 'u128' | 'u256';

export interface NumberExpr extends Node {
  kind: 'Number';
  value: bigint;
  /** Written in hex (`0xFF`); kept so printing gives back a familiar form. */
  hex: boolean;
  suffix?: IntSuffix;
}

export interface BoolExpr extends Node {
  kind: 'Bool';
  value: boolean;
}

/** `@0x2` or `@named`. */
export interface AddressExpr extends Node {
  kind: 'Address';
  value: LeadingAddress;
}

/** `b"..."` (form `b`) and `x"..."` (form `x`), as the bytes they denote. */
export interface ByteStringExpr extends Node {
  kind: 'ByteString';
  form: 'b' | 'x';
  bytes: number[];
}

export type LiteralExpr = NumberExpr | BoolExpr | AddressExpr | ByteStringExpr;

/** `()` */
export interface UnitExpr extends Node {
  kind: 'Unit';
}

/** A local, a constant, or a field-less enum variant: `x`, `E_CODE`, `Color::Red`, `m::C`. */
export interface NameExpr extends Node {
  kind: 'Name';
  path: NamePath;
  typeArgs?: Type[];
}

/**
 * `f(a)`, `m::f<T>(a)`, positional pack `P(a, b)`, variant `E::V(a)`, or a macro `assert!(c)`.
 * Which of these it is, is decided by name resolution.
 */
export interface CallExpr extends Node {
  kind: 'Call';
  path: NamePath;
  isMacro: boolean;
  typeArgs?: Type[];
  args: Expr[];
}

export interface FieldInit extends Node {
  name: Ident;
  value: Expr;
}

/** `S { f: e, g }`, `E::V { x: 1 }`. */
export interface PackExpr extends Node {
  kind: 'Pack';
  path: NamePath;
  typeArgs?: Type[];
  fields: FieldInit[];
}

/** `vector[a, b]`, `vector<u8>[]`. */
export interface VectorExpr extends Node {
  kind: 'Vector';
  elementType?: Type;
  elements: Expr[];
}

export interface TupleExpr extends Node {
  kind: 'Tuple';
  /** Two or more elements. */
  elements: Expr[];
}

export interface MoveCopyExpr extends Node {
  kind: 'MoveCopy';
  op: 'move' | 'copy';
  name: Ident;
}

export interface BorrowExpr extends Node {
  kind: 'Borrow';
  mutable: boolean;
  expr: Expr;
}

export interface DerefExpr extends Node {
  kind: 'Deref';
  expr: Expr;
}

export interface NotExpr extends Node {
  kind: 'Not';
  expr: Expr;
}

export type BinaryOp =
  | '||' | '&&'
  | '==' | '!=' | '<' | '>' | '<=' | '>='
  | '|' | '^' | '&' | '<<' | '>>'
  | '+' | '-' | '*' | '/' | '%';

export interface BinaryExpr extends Node {
  kind: 'Binary';
  op: BinaryOp;
  left: Expr;
  right: Expr;
}

/** `e as u64` / `(e as u64)` */
export interface CastExpr extends Node {
  kind: 'Cast';
  expr: Expr;
  type: Type;
}

/** `(e: T)` */
export interface AnnotateExpr extends Node {
  kind: 'Annotate';
  expr: Expr;
  type: Type;
}

/** `s.f`, `t.0` (positional fields are named by their index). */
export interface FieldExpr extends Node {
  kind: 'Field';
  expr: Expr;
  field: Ident;
}

/** `x.f(args)`, `x.f<T>(args)`, `v.do!(|e| ...)`. */
export interface MethodCallExpr extends Node {
  kind: 'MethodCall';
  receiver: Expr;
  method: Ident;
  isMacro: boolean;
  typeArgs?: Type[];
  args: Expr[];
}

/** `v[i]` (and `m[i, j]` for `#[syntax(index)]` functions of several indices). */
export interface IndexExpr extends Node {
  kind: 'Index';
  expr: Expr;
  indices: Expr[];
}

/** `lhs = value`. */
export interface AssignExpr extends Node {
  kind: 'Assign';
  lhs: AssignTarget;
  value: Expr;
}

/**
 * What an assignment may write: a local (`x`, or `_` to discard), a field (`s.f`), a
 * dereference (`*r`), an index (`v[i]`), `()`, a tuple of targets (`(a, b) = f()`), or an unpack
 * into locals (`S { f: x, .. } = s`, `P(a, ..) = p`).
 */
export type AssignTarget = NameExpr | FieldExpr | DerefExpr | IndexExpr | UnitExpr | TupleTarget | UnpackTarget;

export interface TupleTarget extends Node {
  kind: 'TupleTarget';
  /** Two or more targets. */
  elements: AssignTarget[];
}

export interface FieldTarget extends Node {
  name: Ident;
  target: AssignTarget;
}

export interface UnpackTarget extends Node {
  kind: 'UnpackTarget';
  path: NamePath;
  typeArgs?: Type[];
  fields:
    | { kind: 'Named'; fields: FieldTarget[]; rest: boolean }
    | { kind: 'Positional'; elements: Array<AssignTarget | RestPattern> };
}

export interface IfExpr extends Node {
  kind: 'If';
  cond: Expr;
  then: Expr;
  else?: Expr;
}

export interface WhileExpr extends Node {
  kind: 'While';
  label?: Ident;
  cond: Expr;
  body: Expr;
}

export interface LoopExpr extends Node {
  kind: 'Loop';
  label?: Ident;
  body: Expr;
}

/** `{ s1; s2; e }`; `tail` is the value, absent when the block ends in `;` or is empty. */
export interface BlockExpr extends Node {
  kind: 'Block';
  label?: Ident;
  statements: Statement[];
  tail?: Expr;
}

export interface BreakExpr extends Node {
  kind: 'Break';
  label?: Ident;
  value?: Expr;
}

export interface ContinueExpr extends Node {
  kind: 'Continue';
  label?: Ident;
}

export interface ReturnExpr extends Node {
  kind: 'Return';
  label?: Ident;
  value?: Expr;
}

export interface AbortExpr extends Node {
  kind: 'Abort';
  /** Absent for a bare `abort` (2024 clever errors). */
  code?: Expr;
}

export interface MatchArm extends Node {
  pattern: Pattern;
  guard?: Expr;
  body: Expr;
}

export interface MatchExpr extends Node {
  kind: 'Match';
  subject: Expr;
  arms: MatchArm[];
}

export interface LambdaParam extends Node {
  pattern: Pattern;
  type?: Type;
}

/** `|x, y: u64| e`, `|| e`, `|x| -> u64 { e }`. */
export interface LambdaExpr extends Node {
  kind: 'Lambda';
  params: LambdaParam[];
  returnType?: Type;
  body: Expr;
}

export type Expr =
  | LiteralExpr
  | UnitExpr
  | NameExpr
  | CallExpr
  | PackExpr
  | VectorExpr
  | TupleExpr
  | MoveCopyExpr
  | BorrowExpr
  | DerefExpr
  | NotExpr
  | BinaryExpr
  | CastExpr
  | AnnotateExpr
  | FieldExpr
  | MethodCallExpr
  | IndexExpr
  | AssignExpr
  | IfExpr
  | WhileExpr
  | LoopExpr
  | BlockExpr
  | BreakExpr
  | ContinueExpr
  | ReturnExpr
  | AbortExpr
  | MatchExpr
  | LambdaExpr;

// ---------------------------------------------------------------------------------------------
// Patterns (let bindings, match arms, lambda parameters)

/** `x`, `mut x` */
export interface BindPattern extends Node {
  kind: 'Bind';
  mutable: boolean;
  name: Ident;
}

/** `_` */
export interface WildcardPattern extends Node {
  kind: 'Wildcard';
}

/** `(a, b)`; `()` is the empty tuple. */
export interface TuplePattern extends Node {
  kind: 'Tuple';
  elements: Pattern[];
}

export interface FieldPattern extends Node {
  name: Ident;
  pattern: Pattern;
}

/**
 * An unpack or a variant: `S { f, g: x, .. }`, `P(a, ..)`, `E::V`, `m::S<T> {}`.
 * `fields` is absent for a qualified name without fields (`Color::Red`).
 */
export interface UnpackPattern extends Node {
  kind: 'Unpack';
  path: NamePath;
  typeArgs?: Type[];
  fields?:
    | { kind: 'Named'; fields: FieldPattern[]; rest: boolean }
    | { kind: 'Positional'; elements: Pattern[] };
}

/** `..` inside a positional unpack. */
export interface RestPattern extends Node {
  kind: 'Rest';
}

/** A literal in a match arm: `0`, `true`, `@0x1`, `b"x"`. */
export interface LiteralPattern extends Node {
  kind: 'Literal';
  value: LiteralExpr;
}

/** `p1 | p2` */
export interface OrPattern extends Node {
  kind: 'Or';
  alternatives: Pattern[];
}

/** `x @ p` */
export interface AtPattern extends Node {
  kind: 'At';
  name: Ident;
  mutable: boolean;
  pattern: Pattern;
}

export type Pattern =
  | BindPattern
  | WildcardPattern
  | TuplePattern
  | UnpackPattern
  | RestPattern
  | LiteralPattern
  | OrPattern
  | AtPattern;

// ---------------------------------------------------------------------------------------------
// Statements

export interface LetStatement extends Node {
  kind: 'Let';
  pattern: Pattern;
  type?: Type;
  value?: Expr;
}

export interface ExprStatement extends Node {
  kind: 'ExprStmt';
  expr: Expr;
}

/** `use` and `use fun` at the start of a block. */
export interface UseStatement extends Node {
  kind: 'UseStmt';
  decl: UseDecl | UseFunDecl;
}

export type Statement = LetStatement | ExprStatement | UseStatement;
