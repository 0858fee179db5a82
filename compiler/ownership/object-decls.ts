// Sui's rules on declarations, as Sui's compiler and bytecode verifier enforce them: one
// module's resolved declarations in, diagnostics out.
//
// - A struct with `key` is an object: its first field is `id: sui::object::UID` (E08001).
//   Enums cannot have `key` (E08002).
// - `init` is private, not `entry`, has no type parameters, returns nothing, and takes an
//   optional one-time witness by value, then `&TxContext` or `&mut TxContext` (E08003).
// - The struct named after the module in upper case is its one-time witness: only `drop`, no
//   type parameters, no fields or one `bool` (E08004). As in Sui, a struct of that name whose
//   fields rule it out is an ordinary struct, unless `init` takes it as its witness.
// - `entry` parameters are values a transaction can supply, and `entry` results can be dropped
//   (E08005, E08006). `Clock` or `Random` taken mutably is Sui's `uncallable_function` lint,
//   a warning (uncallable.ts), as in Sui: the object is an ordinary object to the verifier, and
//   only transaction checks refuse it.
//
// The bundled framework is exempt from the `init` and one-time-witness rules, as Sui exempts
// its own packages (`sui::sui::SUI` is created by a system function, not by `init`).

import type { Label, Reporter } from '../diagnostics/diagnostic.js';
import type * as A from '../parser/ast.js';
import type { Ability, Ty } from '../typing/types.js';
import { fieldsOf, isDatatype, paramScope, quote, type DeclContext, type ParamScope } from './decl-context.js';

export function checkObjectDeclarations(cx: DeclContext, reporter: Reporter): void {
  for (const d of cx.entry.datatypes.values()) {
    if (d.kind === 'Struct') checkObjectStruct(cx, d, reporter);
    else checkEnumKey(d, reporter);
  }
  if (!cx.entry.unit.package.bundled) {
    const otw = new OneTimeWitness(cx, reporter);
    otw.checkCandidate();
    const init = cx.entry.functions.get('init');
    if (init && !init.isMacro && !init.isNative) checkInit(cx, init, otw, reporter);
  }
  for (const f of cx.entry.functions.values()) {
    if (f.isEntry && f.name.name !== 'init') checkEntry(cx, f, reporter);
  }
}

const UID = [0x2n, 'object', 'UID'] as const;
const TX_CONTEXT = [0x2n, 'tx_context', 'TxContext'] as const;

// ---------------------------------------------------------------------------------------------
// Objects

function checkObjectStruct(cx: DeclContext, d: A.StructDecl, reporter: Reporter): void {
  const key = d.abilities.find((a) => a.name === 'key');
  if (!key || !d.fields) return;
  const keyLabel: Label = { span: key.span, message: '`key` declares a Sui object' };
  const notes = ['every object starts with its unique ID: write `id: UID` as the first field'];
  const first = fieldsOf(d.fields)[0];
  if (!first) {
    reporter.add('E08001', d.name.span, { message: `object ${quote(d.name.name)} has no \`id: UID\` field`, label: 'has no fields', secondary: [keyLabel], notes });
    return;
  }
  if (first.name !== 'id' || d.fields.kind !== 'Named') {
    reporter.add('E08001', first.nameSpan, {
      message: `the first field of object ${quote(d.name.name)} must be \`id: UID\``,
      label: d.fields.kind === 'Named' ? `found field ${quote(first.name)}` : 'found a positional field',
      secondary: [keyLabel],
      notes,
    });
    return;
  }
  const ty = cx.ty(first.type);
  if (ty.k === 'error' || isDatatype(ty, ...UID)) return;
  reporter.add('E08001', first.type.span, {
    message: `the \`id\` field of object ${quote(d.name.name)} must have type \`sui::object::UID\``,
    label: `found ${quote(cx.show(ty))}`,
    secondary: [keyLabel],
    notes,
  });
}

function checkEnumKey(d: A.EnumDecl, reporter: Reporter): void {
  const key = d.abilities.find((a) => a.name === 'key');
  if (!key) return;
  reporter.add('E08002', key.span, {
    message: `enum ${quote(d.name.name)} cannot have \`key\``,
    label: 'not allowed on enums',
    secondary: [{ span: d.name.span, message: 'only structs can be objects' }],
    notes: ['remove `key`; to store an enum in an object, give it `store` and make it a field of a `key` struct'],
  });
}

// ---------------------------------------------------------------------------------------------
// One-time witnesses

const OTW_NOTE =
  'a one-time witness is a struct named after its module in upper case, with only `drop`, no type parameters, and no fields or a single `bool` field';

class OneTimeWitness {
  readonly name: string;
  readonly decl: A.StructDecl | undefined;
  /** Set once the declaration was checked, so it is reported once. */
  checked = false;

  constructor(
    private readonly cx: DeclContext,
    private readonly reporter: Reporter,
  ) {
    this.name = cx.entry.name.toUpperCase();
    const d = cx.entry.datatypes.get(this.name);
    this.decl = d?.kind === 'Struct' ? d : undefined;
  }

  /** The struct of the witness's name has fields a witness may have: it is held to the rules. */
  get isCandidate(): boolean {
    return this.decl !== undefined && this.fieldProblem(this.decl) === undefined;
  }

  checkCandidate(): void {
    if (this.decl && this.isCandidate) this.check(this.decl, undefined);
  }

  /** Checks the declaration; `usage` is where `init` takes it as its witness. */
  check(d: A.StructDecl, usage: A.Span | undefined): void {
    if (this.checked) return;
    this.checked = true;
    const report = (span: A.Span, message: string, label: string): void => {
      const secondary: Label[] = usage ? [{ span: usage, message: 'used as the one-time witness here' }] : [];
      this.reporter.add('E08004', span, { message, label, secondary, notes: [OTW_NOTE] });
    };
    const tp = d.typeParams[0];
    if (tp) report(tp.span, `one-time witness ${quote(d.name.name)} cannot have type parameters`, 'remove the type parameters');
    const fields = this.fieldProblem(d);
    if (fields) report(fields.span, `one-time witness ${quote(d.name.name)} must have no fields or a single \`bool\` field`, fields.label);
    const other = d.abilities.find((a) => a.name !== 'drop');
    if (other) report(other.span, `one-time witness ${quote(d.name.name)} can only have \`drop\``, `remove \`${other.name}\``);
    else if (!d.abilities.some((a) => a.name === 'drop')) report(d.name.span, `one-time witness ${quote(d.name.name)} must have \`drop\``, 'declare it `has drop`');
  }

  private fieldProblem(d: A.StructDecl): { span: A.Span; label: string } | undefined {
    const fields = fieldsOf(d.fields);
    const first = fields[0];
    if (!first) return undefined;
    const ty = this.cx.ty(first.type);
    if (ty.k !== 'error' && !(ty.k === 'prim' && ty.name === 'bool')) return { span: first.type.span, label: `found ${quote(this.cx.show(ty))}, expected \`bool\`` };
    const second = fields[1];
    if (second) return { span: second.nameSpan, label: 'more than one field' };
    return undefined;
  }
}

// ---------------------------------------------------------------------------------------------
// init

export function txContextKind(cx: DeclContext, t: A.Type): 'none' | 'value' | 'ref' | 'mut' | 'unknown' {
  const ty = cx.ty(t);
  const inner = ty.k === 'ref' ? ty.inner : ty;
  if (inner.k === 'error') return 'unknown';
  if (!isDatatype(inner, ...TX_CONTEXT)) return 'none';
  return ty.k === 'ref' ? (ty.mut ? 'mut' : 'ref') : 'value';
}

function checkInit(cx: DeclContext, f: A.FunctionDecl, otw: OneTimeWitness, reporter: Reporter): void {
  const bad = (span: A.Span, message: string, label: string, extra: { secondary?: Label[]; notes?: string[] } = {}): void => {
    reporter.add('E08003', span, { message, label, secondary: extra.secondary ?? [], notes: extra.notes ?? [] });
  };
  if (f.visibility !== 'private') {
    const written = f.visibility === 'public' ? 'public' : `public(${f.visibility})`;
    bad(f.name.span, '`init` must be private', `declared \`${written}\``, { notes: [`remove \`${written}\`: Sui calls \`init\` once, when the package is published`] });
  }
  if (f.isEntry) bad(f.name.span, '`init` cannot be an `entry` function', 'declared `entry`', { notes: ['remove `entry`: `init` runs only when the package is published'] });
  const tp = f.typeParams[0];
  if (tp) bad(tp.span, '`init` cannot have type parameters', 'remove the type parameters');
  if (f.returnType && !(f.returnType.kind === 'Tuple' && f.returnType.elements.length === 0)) {
    bad(f.returnType.span, '`init` cannot return a value', 'remove the return type');
  }

  const params = f.params;
  const last = params[params.length - 1];
  const ctx = last ? txContextKind(cx, last.type) : 'none';
  if (ctx === 'none' || ctx === 'value') {
    bad(last ? last.type.span : f.name.span, 'the last parameter of `init` must be `&mut TxContext` or `&TxContext`', last ? (ctx === 'value' ? 'take it by reference' : 'expected `&mut TxContext`') : 'add `ctx: &mut TxContext`');
  }

  if (params.length === 1 && otw.decl && otw.isCandidate && ctx !== 'none' && ctx !== 'value') {
    bad(params[0]!.type.span, `\`init\` must take the one-time witness ${quote(otw.name)} as its first parameter`, `expected \`otw: ${otw.name}\` before this`, {
      secondary: [{ span: otw.decl.name.span, message: 'one-time witness declared here' }],
      notes: [OTW_NOTE],
    });
  } else if (params.length > 1) {
    const first = params[0]!;
    const target = first.type.kind === 'Apply' ? cx.names.types.get(first.type) : undefined;
    const resolved = first.type.kind !== 'Apply' || target !== undefined;
    const isOtw = target?.kind === 'datatype' && target.module === cx.entry.key && target.name === otw.name;
    if (resolved && !isOtw) {
      const notes = [OTW_NOTE];
      if (!otw.decl) notes.push(`declare it: \`public struct ${otw.name} has drop {}\``);
      bad(first.type.span, `the first parameter of \`init\` must be the one-time witness ${quote(otw.name)}, by value`, `found ${quote(cx.show(cx.ty(first.type)))}`, { notes });
    } else if (isOtw && otw.decl) {
      otw.check(otw.decl, first.type.span);
    }
  }
  const third = params[2];
  if (third) bad(third.name.span, '`init` takes at most two parameters', 'a one-time witness and the `TxContext` only');
}

// ---------------------------------------------------------------------------------------------
// entry

const ENTRY_PARAM_NOTE =
  '`entry` parameters must be primitives, `String`, `ascii::String`, `ID`, options and vectors of these, objects (structs with `key`) by value or reference, vectors of objects, or `Receiving<T>`';

function checkEntry(cx: DeclContext, f: A.FunctionDecl, reporter: Reporter): void {
  const scope = paramScope(f.typeParams);
  const entrySpan: Label = { span: f.name.span, message: `${quote(f.name.name)} is an \`entry\` function` };
  f.params.forEach((p, i) => {
    const ty = cx.ty(p.type);
    const ctx = txContextKind(cx, p.type);
    const isLast = i === f.params.length - 1;
    if (ctx === 'ref' || ctx === 'mut' || ctx === 'value') {
      if (ctx === 'value') {
        reporter.add('E08005', p.type.span, { message: `invalid \`entry\` parameter ${quote(p.name.name)}`, label: '`TxContext` must be taken by reference', secondary: [entrySpan], notes: ['write `ctx: &mut TxContext` or `ctx: &TxContext`, as the last parameter'] });
      } else if (!isLast) {
        reporter.add('E08005', p.type.span, {
          message: `invalid \`entry\` parameter ${quote(p.name.name)}`,
          label: '`TxContext` may only be the last parameter',
          secondary: [entrySpan],
          notes: ['move the `TxContext` parameter to the end of the list'],
        });
      }
      return;
    }
    if (isEntryPrimitive(ty, scope) || isEntryObject(cx, ty, scope) || isReceiving(ty)) return;
    if (ty.k === 'ref' && isEntryObject(cx, ty.inner, scope)) {
      reporter.add('E08005', p.type.span, {
        message: `invalid \`entry\` parameter ${quote(p.name.name)}`,
        label: 'a vector of objects can only be passed by value',
        secondary: [entrySpan],
        notes: [`take \`${cx.show(ty.inner)}\` by value, or the objects one by one by reference`],
      });
      return;
    }
    // Most often a struct that was meant to be an object: say why it is not one.
    const object = ty.k === 'ref' ? ty.inner : ty.k === 'vector' ? ty.elem : ty;
    const why = object.k === 'datatype' || object.k === 'param' ? cx.whyLacks(object, ['key'], scope) : { secondary: [], notes: [] };
    reporter.add('E08005', p.type.span, {
      message: `invalid \`entry\` parameter ${quote(p.name.name)}`,
      label: `a transaction cannot pass a ${quote(cx.show(ty))}`,
      secondary: [entrySpan, ...why.secondary],
      notes: [ENTRY_PARAM_NOTE, ...why.notes],
    });
  });

  const ret = f.returnType;
  if (!ret) return;
  const results = ret.kind === 'Tuple' ? ret.elements : [ret];
  for (const r of results) {
    const ty = cx.ty(r);
    if (ty.k === 'ref') {
      reporter.add('E08006', r.span, { message: `\`entry\` function ${quote(f.name.name)} cannot return a reference`, label: 'a reference cannot outlive the call', secondary: [entrySpan] });
      continue;
    }
    if (cx.abilities(ty, scope).has('drop')) continue;
    const why = cx.whyLacks(ty, ['drop'], scope);
    reporter.add('E08006', r.span, {
      message: `\`entry\` function ${quote(f.name.name)} returns ${quote(cx.show(ty))}, which does not have \`drop\``,
      label: `${quote(cx.show(ty))} lacks \`drop\``,
      secondary: [entrySpan, ...why.secondary],
      notes: ['the transaction discards the results of an `entry` function; return nothing, or transfer the value instead', ...why.notes],
    });
  }
}

/** Pure values: primitives, strings, `ID`, and vectors and options of them, also by reference. */
function isEntryPrimitive(t: Ty, scope: ParamScope): boolean {
  switch (t.k) {
    case 'prim':
      return t.name !== 'signer';
    case 'vector':
      return isEntryPrimitive(t.elem, scope);
    case 'ref':
      return isEntryPrimitive(t.inner, scope);
    // No primitive has `key`: a parameter without it may stand for one.
    case 'param':
      return !has(scope, t.name, 'key');
    case 'datatype':
      if (isDatatype(t, 0x1n, 'string', 'String') || isDatatype(t, 0x1n, 'ascii', 'String') || isDatatype(t, 0x2n, 'object', 'ID')) return true;
      if (isDatatype(t, 0x1n, 'option', 'Option')) return t.args.length === 1 && isEntryPrimitive(t.args[0]!, scope);
      return false;
    case 'var':
    case 'error':
      return true;
    default:
      return false;
  }
}

/** Objects by value or reference, and vectors of objects by value. */
function isEntryObject(cx: DeclContext, t: Ty, scope: ParamScope): boolean {
  const inner = t.k === 'ref' ? t.inner : t.k === 'vector' ? t.elem : t;
  if (inner.k === 'param') return has(scope, inner.name, 'key');
  if (inner.k === 'datatype') return cx.abilities(inner, scope).has('key');
  return inner.k === 'error';
}

function isReceiving(t: Ty): boolean {
  const inner = t.k === 'ref' ? t.inner : t;
  return isDatatype(inner, 0x2n, 'transfer', 'Receiving');
}

function has(scope: ParamScope, param: string, ability: Ability): boolean {
  return scope.abilities.get(param)?.has(ability) ?? false;
}
