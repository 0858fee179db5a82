// AST -> Move source text: the inverse of the parser, spans aside. For any tree the parser can
// produce, parseFile(printFile(ast)) gives back the same tree (modulo spans), and printing is
// deterministic, so print(parse(print(x))) === print(x). Comments and original formatting are
// not kept; output is indented with four spaces, one statement per line.
//
// Parenthesization is minimal but safe. Parentheses leave no node in the tree, so adding them
// never changes the result; they are added wherever the grammar could otherwise group
// differently:
// - binary operators by precedence, all left-associative (an equal-precedence right operand is
//   parenthesized);
// - casts always print as `(e as T)`, annotations as `(e: T)`;
// - expressions that are open at the end (`if`, `while`, `loop`, `return`, `abort`, `break`,
//   `continue`, lambdas, assignments) are parenthesized as operands, receivers and cast operands;
// - a branch, body, statement or block tail that starts with `{` (or another block-like form)
//   without being that block-like form itself is wrapped, since the parser ends a `{ block }`
//   branch at its `}`;
// - a `then` branch that could take the `else` of its enclosing `if` is wrapped.

import type {
  AssignTarget,
  Attribute,
  AttributeValue,
  BlockExpr,
  ConstantDecl,
  DatatypeFields,
  DatatypeTypeParam,
  EnumDecl,
  Expr,
  FileAst,
  FriendDecl,
  FunctionDecl,
  FunTypeParam,
  Ident,
  LambdaExpr,
  LeadingAddress,
  LiteralExpr,
  MatchExpr,
  ModuleDecl,
  ModuleMember,
  NamePath,
  Pattern,
  Statement,
  StructDecl,
  Type,
  UseDecl,
  UseFunDecl,
  UseModuleEntry,
  Visibility,
} from './ast.js';
import { BINARY_PRECEDENCE } from './precedence.js';

const INDENT = '    ';

function pad(depth: number): string {
  return INDENT.repeat(depth);
}

// ---------------------------------------------------------------------------------------------
// Names, literals, types

function hex(value: bigint): string {
  return '0x' + value.toString(16);
}

function leadingAddress(a: LeadingAddress): string {
  return 'kind' in a ? hex(a.value) : a.name;
}

function namePath(p: NamePath): string {
  const names = p.names.map((n) => n.name);
  return p.address ? [hex(p.address.value), ...names].join('::') : names.join('::');
}

/** `<T1, T2>`, to be written right after the name it applies to (no space). */
function typeArgs(args: Type[] | undefined): string {
  return args === undefined ? '' : `<${args.map(printType).join(', ')}>`;
}

function label(l: Ident): string {
  return l.name.startsWith("'") ? l.name : `'${l.name}`;
}

function byteString(form: 'b' | 'x', bytes: number[]): string {
  if (form === 'x') return `x"${bytes.map((b) => b.toString(16).padStart(2, '0')).join('')}"`;
  let s = '';
  for (const b of bytes) {
    if (b === 0x22) s += '\\"';
    else if (b === 0x5c) s += '\\\\';
    else if (b >= 0x20 && b <= 0x7e) s += String.fromCharCode(b);
    else s += '\\x' + b.toString(16).padStart(2, '0');
  }
  return `b"${s}"`;
}

function literal(e: LiteralExpr): string {
  switch (e.kind) {
    case 'Number':
      return (e.hex ? hex(e.value) : e.value.toString()) + (e.suffix ?? '');
    case 'Bool':
      return e.value ? 'true' : 'false';
    case 'Address':
      return '@' + leadingAddress(e.value);
    case 'ByteString':
      return byteString(e.form, e.bytes);
  }
}

/**
 * `|A, B|` with spaces where two `|` would otherwise touch and lex as `||`
 * (an inner function type as the first or last item).
 */
function pipes(inner: string): string {
  if (inner === '') return '||';
  return `|${inner.startsWith('|') ? ' ' : ''}${inner}${inner.endsWith('|') ? ' ' : ''}|`;
}

export function printType(t: Type): string {
  switch (t.kind) {
    case 'Apply':
      return namePath(t.path) + (t.typeArgs.length > 0 ? typeArgs(t.typeArgs) : '');
    case 'Ref': {
      if (t.mutable) return `&mut ${printType(t.inner)}`;
      const inner = printType(t.inner);
      // `&&T` would lex as `&&`.
      return inner.startsWith('&') ? `& ${inner}` : `&${inner}`;
    }
    case 'Tuple':
      return `(${t.elements.map(printType).join(', ')})`;
    case 'Fun':
      return pipes(t.params.map(printType).join(', ')) + (t.result ? ` -> ${printType(t.result)}` : '');
  }
}

function abilityList(abilities: Ident[]): string {
  return abilities.map((a) => a.name).join(', ');
}

function constraints(cs: Ident[]): string {
  return cs.length > 0 ? `: ${cs.map((c) => c.name).join(' + ')}` : '';
}

function datatypeTypeParams(ps: DatatypeTypeParam[]): string {
  if (ps.length === 0) return '';
  return `<${ps.map((p) => (p.isPhantom ? 'phantom ' : '') + p.name.name + constraints(p.constraints)).join(', ')}>`;
}

function funTypeParams(ps: FunTypeParam[]): string {
  if (ps.length === 0) return '';
  return `<${ps.map((p) => p.name.name + constraints(p.constraints)).join(', ')}>`;
}

// ---------------------------------------------------------------------------------------------
// Patterns

function patternAtom(p: Pattern): string {
  // An or-pattern is not an atom; `(p)` groups it without adding a node.
  return p.kind === 'Or' ? `(${printPattern(p)})` : printPattern(p);
}

export function printPattern(p: Pattern): string {
  switch (p.kind) {
    case 'Bind':
      return (p.mutable ? 'mut ' : '') + p.name.name;
    case 'Wildcard':
      return '_';
    case 'Rest':
      return '..';
    case 'Literal':
      return literal(p.value);
    case 'Tuple':
      return `(${p.elements.map(printPattern).join(', ')})`;
    case 'Or':
      return p.alternatives.map(patternAtom).join(' | ');
    case 'At':
      return `${p.mutable ? 'mut ' : ''}${p.name.name} @ ${patternAtom(p.pattern)}`;
    case 'Unpack': {
      const head = namePath(p.path) + typeArgs(p.typeArgs);
      const f = p.fields;
      if (!f) return head;
      if (f.kind === 'Positional') return `${head}(${f.elements.map(printPattern).join(', ')})`;
      const items = f.fields.map((fp) =>
        fp.pattern.kind === 'Bind' && fp.pattern.name.name === fp.name.name
          ? printPattern(fp.pattern)
          : `${fp.name.name}: ${printPattern(fp.pattern)}`,
      );
      if (f.rest) items.push('..');
      return items.length === 0 ? `${head} {}` : `${head} { ${items.join(', ')} }`;
    }
  }
}

// ---------------------------------------------------------------------------------------------
// Expressions

/** Binding strength levels. Binary operators use their precedence (2..11). */
const LEVEL_ASSIGN = 0;
const LEVEL_OPEN = 1;
const LEVEL_UNARY = 12;
const LEVEL_POSTFIX = 14;

function level(e: Expr): number {
  switch (e.kind) {
    case 'Assign':
      return LEVEL_ASSIGN;
    case 'If':
    case 'While':
    case 'Loop':
    case 'Return':
    case 'Abort':
    case 'Break':
    case 'Continue':
    case 'Lambda':
      return LEVEL_OPEN;
    case 'Binary':
      return BINARY_PRECEDENCE[e.op];
    case 'Borrow':
    case 'Deref':
    case 'Not':
    case 'MoveCopy':
      return LEVEL_UNARY;
    default:
      return LEVEL_POSTFIX;
  }
}

/** Forms that the parser ends at their closing `}` when they start a branch or statement. */
function isBlockLike(e: Expr): boolean {
  return e.kind === 'Block' || e.kind === 'If' || e.kind === 'While' || e.kind === 'Loop' || e.kind === 'Match';
}

const BLOCK_START = /^(?:\{|'|(?:if|while|loop|match)\b)/;

/**
 * Could an `else` written right after this expression attach to an `if` inside it? True when
 * an `if` without `else` sits on its right edge (over-approximated: inner parentheses are
 * ignored, which only adds harmless parentheses).
 */
function takesElse(e: Expr): boolean {
  switch (e.kind) {
    case 'If':
      return e.else === undefined ? true : takesElse(e.else);
    case 'While':
    case 'Loop':
    case 'Lambda':
      return takesElse(e.body);
    case 'Return':
    case 'Break':
      return e.value !== undefined && takesElse(e.value);
    case 'Abort':
      return e.code !== undefined && takesElse(e.code);
    case 'Assign':
      return takesElse(e.value);
    default:
      return false;
  }
}

class ExprPrinter {
  /** `e` where at least binding strength `min` is needed; parenthesized otherwise. */
  expr(e: Expr, min: number, depth: number): string {
    const s = this.bare(e, depth);
    return level(e) < min ? `(${s})` : s;
  }

  /**
   * An expression in branch, body, statement or tail position: anything goes, but a leading
   * `{`/`if`/`match`/... must be the whole expression, not the start of a longer one.
   */
  stmtLike(e: Expr, depth: number): string {
    const s = this.bare(e, depth);
    if (!isBlockLike(e) && BLOCK_START.test(s)) return `(${s})`;
    return s;
  }

  /** Branch position that must also not be open, e.g. `then` before an `else`. */
  closedBranch(e: Expr, depth: number): string {
    if (takesElse(e)) return `(${this.bare(e, depth)})`;
    return this.stmtLike(e, depth);
  }

  list(es: Expr[], depth: number): string {
    return es.map((x) => this.expr(x, LEVEL_ASSIGN, depth)).join(', ');
  }

  bare(e: Expr, depth: number): string {
    switch (e.kind) {
      case 'Number':
      case 'Bool':
      case 'Address':
      case 'ByteString':
        return literal(e);
      case 'Unit':
        return '()';
      case 'Name':
        return namePath(e.path) + typeArgs(e.typeArgs);
      case 'Call':
        return `${namePath(e.path)}${e.isMacro ? '!' : ''}${typeArgs(e.typeArgs)}(${this.list(e.args, depth)})`;
      case 'Pack': {
        const head = namePath(e.path) + typeArgs(e.typeArgs);
        if (e.fields.length === 0) return `${head} {}`;
        const fields = e.fields.map((f) => {
          if (f.name.name === '..') return '..';
          const v = f.value;
          if (v.kind === 'Name' && !v.typeArgs && !v.path.address && v.path.names.length === 1 && v.path.names[0]!.name === f.name.name) {
            return f.name.name;
          }
          return `${f.name.name}: ${this.expr(v, LEVEL_ASSIGN, depth)}`;
        });
        return `${head} { ${fields.join(', ')} }`;
      }
      case 'Vector':
        return `vector${e.elementType ? `<${printType(e.elementType)}>` : ''}[${this.list(e.elements, depth)}]`;
      case 'Tuple':
        return `(${this.list(e.elements, depth)})`;
      case 'MoveCopy':
        return `${e.op} ${e.name.name}`;
      case 'Borrow': {
        const inner = this.expr(e.expr, LEVEL_UNARY, depth);
        if (e.mutable) return `&mut ${inner}`;
        return inner.startsWith('&') ? `& ${inner}` : `&${inner}`;
      }
      case 'Deref':
        return `*${this.expr(e.expr, LEVEL_UNARY, depth)}`;
      case 'Not':
        return `!${this.expr(e.expr, LEVEL_UNARY, depth)}`;
      case 'Binary': {
        const p = BINARY_PRECEDENCE[e.op];
        return `${this.expr(e.left, p, depth)} ${e.op} ${this.expr(e.right, p + 1, depth)}`;
      }
      case 'Cast':
        return `(${this.expr(e.expr, LEVEL_UNARY, depth)} as ${printType(e.type)})`;
      case 'Annotate':
        return `(${this.expr(e.expr, LEVEL_OPEN + 1, depth)}: ${printType(e.type)})`;
      case 'Field':
        return `${this.expr(e.expr, LEVEL_POSTFIX, depth)}.${e.field.name}`;
      case 'MethodCall':
        return (
          `${this.expr(e.receiver, LEVEL_POSTFIX, depth)}.${e.method.name}${e.isMacro ? '!' : ''}` +
          `${typeArgs(e.typeArgs)}(${this.list(e.args, depth)})`
        );
      case 'Index':
        return `${this.expr(e.expr, LEVEL_POSTFIX, depth)}[${this.list(e.indices, depth)}]`;
      case 'Assign': {
        const value = this.expr(e.value, LEVEL_OPEN, depth);
        return `${this.target(e.lhs, depth)} = ${value}`;
      }
      case 'If': {
        let s = `if (${this.expr(e.cond, LEVEL_ASSIGN, depth)}) `;
        if (e.else === undefined) return s + this.stmtLike(e.then, depth);
        s += this.closedBranch(e.then, depth);
        return `${s} else ${this.stmtLike(e.else, depth)}`;
      }
      case 'While':
        return `${e.label ? label(e.label) + ': ' : ''}while (${this.expr(e.cond, LEVEL_ASSIGN, depth)}) ${this.stmtLike(e.body, depth)}`;
      case 'Loop':
        return `${e.label ? label(e.label) + ': ' : ''}loop ${this.stmtLike(e.body, depth)}`;
      case 'Block':
        return this.block(e, depth);
      case 'Break':
        return 'break' + (e.label ? ' ' + label(e.label) : '') + (e.value ? ' ' + this.jumpValue(e.value, depth) : '');
      case 'Continue':
        return 'continue' + (e.label ? ' ' + label(e.label) : '');
      case 'Return':
        return 'return' + (e.label ? ' ' + label(e.label) : '') + (e.value ? ' ' + this.jumpValue(e.value, depth) : '');
      case 'Abort':
        return 'abort' + (e.code ? ' ' + this.expr(e.code, LEVEL_OPEN, depth) : '');
      case 'Match':
        return this.match(e, depth);
      case 'Lambda':
        return this.lambda(e, depth);
    }
  }

  /** The value of `return`/`break`: one starting with a label (`'a: loop ..`) would read as the jump's own label. */
  jumpValue(e: Expr, depth: number): string {
    const s = this.expr(e, LEVEL_OPEN, depth);
    return s.startsWith("'") ? `(${s})` : s;
  }

  target(t: AssignTarget, depth: number): string {
    switch (t.kind) {
      case 'TupleTarget':
        return `(${t.elements.map((x) => this.target(x, depth)).join(', ')})`;
      case 'UnpackTarget': {
        const head = namePath(t.path) + typeArgs(t.typeArgs);
        const f = t.fields;
        if (f.kind === 'Positional') {
          return `${head}(${f.elements.map((x) => (x.kind === 'Rest' ? '..' : this.target(x, depth))).join(', ')})`;
        }
        const items = f.fields.map((ft) => {
          const x = ft.target;
          if (x.kind === 'Name' && !x.typeArgs && !x.path.address && x.path.names.length === 1 && x.path.names[0]!.name === ft.name.name) {
            return ft.name.name;
          }
          return `${ft.name.name}: ${this.target(x, depth)}`;
        });
        if (f.rest) items.push('..');
        return items.length === 0 ? `${head} {}` : `${head} { ${items.join(', ')} }`;
      }
      default:
        return this.expr(t, LEVEL_UNARY, depth);
    }
  }

  lambda(e: LambdaExpr, depth: number): string {
    const params = e.params.map((p) => patternAtom(p.pattern) + (p.type ? `: ${printType(p.type)}` : '')).join(', ');
    const head = pipes(params);
    if (e.returnType) return `${head} -> ${printType(e.returnType)} ${this.stmtLike(e.body, depth)}`;
    return `${head} ${this.stmtLike(e.body, depth)}`;
  }

  match(e: MatchExpr, depth: number): string {
    const lines = [`match (${this.expr(e.subject, LEVEL_ASSIGN, depth)}) {`];
    for (const arm of e.arms) {
      const guard = arm.guard ? ` if (${this.expr(arm.guard, LEVEL_ASSIGN, depth + 1)})` : '';
      lines.push(`${pad(depth + 1)}${printPattern(arm.pattern)}${guard} => ${this.stmtLike(arm.body, depth + 1)},`);
    }
    lines.push(`${pad(depth)}}`);
    return lines.join('\n');
  }

  block(b: BlockExpr, depth: number): string {
    const head = b.label ? `${label(b.label)}: ` : '';
    if (b.statements.length === 0 && !b.tail) return `${head}{}`;
    const lines = [`${head}{`];
    for (const s of b.statements) lines.push(pad(depth + 1) + this.statement(s, depth + 1));
    if (b.tail) lines.push(pad(depth + 1) + this.stmtLike(b.tail, depth + 1));
    lines.push(`${pad(depth)}}`);
    return lines.join('\n');
  }

  statement(s: Statement, depth: number): string {
    switch (s.kind) {
      case 'Let': {
        let out = `let ${printPattern(s.pattern)}`;
        if (s.type) out += `: ${printType(s.type)}`;
        if (s.value) out += ` = ${this.expr(s.value, LEVEL_ASSIGN, depth)}`;
        return out + ';';
      }
      case 'ExprStmt':
        return this.stmtLike(s.expr, depth) + ';';
      case 'UseStmt':
        return s.decl.kind === 'Use' ? useDecl(s.decl) : useFunDecl(s.decl);
    }
  }
}

const exprPrinter = new ExprPrinter();

export function printExpr(e: Expr): string {
  return exprPrinter.expr(e, LEVEL_ASSIGN, 0);
}

// ---------------------------------------------------------------------------------------------
// Declarations

function attributeValue(v: AttributeValue): string {
  return v.kind === 'Literal' ? literal(v.value) : namePath(v.path);
}

function attribute(a: Attribute): string {
  let s = a.name.name;
  if (a.value) s += ` = ${attributeValue(a.value)}`;
  if (a.args) s += `(${a.args.map(attribute).join(', ')})`;
  return s;
}

function attributeLines(attrs: Attribute[], depth: number): string[] {
  return attrs.length === 0 ? [] : [`${pad(depth)}#[${attrs.map(attribute).join(', ')}]`];
}

function useEntry(e: UseModuleEntry): string {
  let s = e.module.name;
  if (e.members) s += `::{${e.members.map((m) => m.name.name + (m.alias ? ` as ${m.alias.name}` : '')).join(', ')}}`;
  if (e.alias) s += ` as ${e.alias.name}`;
  return s;
}

function useDecl(u: UseDecl): string {
  const addr = leadingAddress(u.address);
  if (u.entries.length === 1) return `use ${addr}::${useEntry(u.entries[0]!)};`;
  return `use ${addr}::{${u.entries.map(useEntry).join(', ')}};`;
}

function useFunDecl(u: UseFunDecl): string {
  return `${u.isPublic ? 'public ' : ''}use fun ${namePath(u.function)} as ${namePath(u.type)}.${u.method.name};`;
}

function friendDecl(f: FriendDecl): string {
  return `friend ${namePath(f.module)};`;
}

function constantDecl(c: ConstantDecl, depth: number): string {
  return `const ${c.name.name}: ${printType(c.type)} = ${exprPrinter.expr(c.value, LEVEL_ASSIGN, depth)};`;
}

function namedFieldLines(fields: DatatypeFields & { kind: 'Named' }, depth: number): string {
  if (fields.fields.length === 0) return '{}';
  const lines = ['{'];
  for (const f of fields.fields) lines.push(`${pad(depth + 1)}${f.name.name}: ${printType(f.type)},`);
  lines.push(`${pad(depth)}}`);
  return lines.join('\n');
}

function structDecl(s: StructDecl, depth: number): string {
  const head = `${s.isPublic ? 'public ' : ''}${s.isNative ? 'native ' : ''}struct ${s.name.name}${datatypeTypeParams(s.typeParams)}`;
  const has = s.abilities.length > 0 ? ` has ${abilityList(s.abilities)}` : '';
  const f = s.fields;
  if (!f) return `${head}${has};`;
  if (f.kind === 'Positional') return `${head}(${f.types.map(printType).join(', ')})${has};`;
  return `${head}${has} ${namedFieldLines(f, depth)}`;
}

function enumDecl(e: EnumDecl, depth: number): string {
  const has = e.abilities.length > 0 ? ` has ${abilityList(e.abilities)}` : '';
  const head = `${e.isPublic ? 'public ' : ''}enum ${e.name.name}${datatypeTypeParams(e.typeParams)}${has}`;
  if (e.variants.length === 0) return `${head} {}`;
  const lines = [`${head} {`];
  for (const v of e.variants) {
    let s = v.name.name;
    if (v.fields?.kind === 'Positional') s += `(${v.fields.types.map(printType).join(', ')})`;
    else if (v.fields?.kind === 'Named') {
      s += v.fields.fields.length === 0 ? ' {}' : ` { ${v.fields.fields.map((fd) => `${fd.name.name}: ${printType(fd.type)}`).join(', ')} }`;
    }
    lines.push(`${pad(depth + 1)}${s},`);
  }
  lines.push(`${pad(depth)}}`);
  return lines.join('\n');
}

function visibility(v: Visibility): string {
  switch (v) {
    case 'private':
      return '';
    case 'public':
      return 'public ';
    case 'package':
      return 'public(package) ';
    case 'friend':
      return 'public(friend) ';
  }
}

function functionDecl(f: FunctionDecl, depth: number): string {
  let s = visibility(f.visibility);
  if (f.isEntry) s += 'entry ';
  if (f.isNative) s += 'native ';
  if (f.isMacro) s += 'macro ';
  s += `fun ${f.name.name}${funTypeParams(f.typeParams)}(`;
  s += f.params.map((p) => `${p.mutable ? 'mut ' : ''}${p.name.name}: ${printType(p.type)}`).join(', ') + ')';
  if (f.returnType) s += `: ${printType(f.returnType)}`;
  if (f.acquires.length > 0) s += ` acquires ${f.acquires.map(namePath).join(', ')}`;
  return f.body ? `${s} ${exprPrinter.block(f.body, depth)}` : `${s};`;
}

function member(m: ModuleMember, depth: number): string {
  const lines = attributeLines(m.attributes, depth);
  let text: string;
  switch (m.kind) {
    case 'Use':
      text = useDecl(m);
      break;
    case 'UseFun':
      text = useFunDecl(m);
      break;
    case 'Friend':
      text = friendDecl(m);
      break;
    case 'Constant':
      text = constantDecl(m, depth);
      break;
    case 'Struct':
      text = structDecl(m, depth);
      break;
    case 'Enum':
      text = enumDecl(m, depth);
      break;
    case 'Function':
      text = functionDecl(m, depth);
      break;
  }
  lines.push(pad(depth) + text);
  return lines.join('\n');
}

/** Members one after another; a blank line between them, except between consecutive `use`s. */
function members(ms: ModuleMember[], depth: number): string[] {
  const out: string[] = [];
  ms.forEach((m, i) => {
    const prev = ms[i - 1];
    const compact = prev !== undefined && (prev.kind === 'Use' || prev.kind === 'UseFun' || prev.kind === 'Friend') && prev.kind === m.kind && m.attributes.length === 0;
    if (i > 0 && !compact) out.push('');
    out.push(member(m, depth));
  });
  return out;
}

function moduleDecl(m: ModuleDecl): string {
  const lines = attributeLines(m.attributes, 0);
  const name = m.address ? `${leadingAddress(m.address)}::${m.name.name}` : m.name.name;
  if (m.form === 'file') {
    lines.push(`module ${name};`);
    if (m.members.length > 0) lines.push('', ...members(m.members, 0));
    return lines.join('\n');
  }
  if (m.members.length === 0) {
    lines.push(`module ${name} {}`);
    return lines.join('\n');
  }
  lines.push(`module ${name} {`, ...members(m.members, 1), '}');
  return lines.join('\n');
}

export function printFile(ast: FileAst): string {
  return ast.modules.map(moduleDecl).join('\n\n') + '\n';
}
