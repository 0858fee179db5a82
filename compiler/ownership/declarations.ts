// Declaration-level checks that need only resolved types, run after the names stage: the
// resolved modules in, diagnostics out (never thrown).
//
// - Abilities of datatypes: every field of a struct or enum variant has the abilities the
//   datatype declares, `key` needing `store` (E05002); type parameters count as having every
//   ability, since an instance only has an ability when its arguments do. Phantom parameters
//   appear only in phantom positions (E05003).
// - Every type written anywhere in a module (fields, signatures, constants, and in bodies the
//   annotations and type arguments) gives each datatype, `vector` and primitive the right
//   number of type arguments (E04003) and satisfies the constraints of the datatype's type
//   parameters (E05001).
// - Sui's rules on declarations (object-decls.ts): objects, `init`, one-time witnesses, `entry`
//   signatures (E08xxx), and Sui's `uncallable_function` lint on signatures no transaction can
//   supply (uncallable.ts, W10001).

import { Reporter, type Diagnostic, type Label } from '../diagnostics/diagnostic.js';
import type { ResolvedNames, TypeTarget } from '../names/index.js';
import type { TypeResolutions } from '../names/resolve-types.js';
import type * as A from '../parser/ast.js';
import { ALL_ABILITIES, type Ability } from '../typing/types.js';
import { DeclContext, fieldsOf, listAbilities, NO_PARAMS, paramScope, quote, type FieldView, type ParamScope } from './decl-context.js';
import { checkObjectDeclarations } from './object-decls.js';
import { checkUncallable } from './uncallable.js';

export function checkDeclarations(names: ResolvedNames): { diagnostics: Diagnostic[] } {
  const reporter = new Reporter();
  for (const entry of names.table.modules.values()) {
    const cx = new DeclContext(names, entry);
    for (const d of entry.datatypes.values()) checkDatatype(cx, d, reporter);
    checkWrittenTypes(cx, reporter);
    checkObjectDeclarations(cx, reporter);
    checkUncallable(cx, reporter);
  }
  return { diagnostics: reporter.diagnostics };
}

// ---------------------------------------------------------------------------------------------
// Abilities of datatypes

function checkDatatype(cx: DeclContext, d: A.StructDecl | A.EnumDecl, reporter: Reporter): void {
  const phantoms = new Map(d.typeParams.filter((p) => p.isPhantom).map((p) => [p.name.name, p]));
  // Fields are checked as if every non-phantom parameter had every ability: `Box<T> has copy`
  // is fine, and `Box<NoCopy>` simply lacks `copy`.
  const scope: ParamScope = {
    decls: paramScope(d.typeParams).decls,
    abilities: new Map(d.typeParams.map((p) => [p.name.name, p.isPhantom ? new Set(p.constraints.map((c) => c.name as Ability)) : new Set(ALL_ABILITIES)])),
  };
  // An enum with `key` is reported by the object rules; its fields are not held to `key` too.
  const declared = d.abilities.filter((a) => d.kind === 'Struct' || a.name !== 'key');
  const groups: Array<{ variant?: A.Ident; fields: FieldView[] }> =
    d.kind === 'Struct' ? [{ fields: fieldsOf(d.fields) }] : d.variants.map((v) => ({ variant: v.name, fields: fieldsOf(v.fields) }));
  for (const group of groups) {
    for (const field of group.fields) {
      if (!checkPhantomUse(cx, d, phantoms, field, reporter)) continue;
      // References, tuples and lambdas as field types are the types stage's to report.
      if (field.type.kind !== 'Apply' || declared.length === 0) continue;
      checkFieldAbilities(cx, d, group.variant, field, declared, scope, reporter);
    }
  }
}

function checkFieldAbilities(
  cx: DeclContext,
  d: A.StructDecl | A.EnumDecl,
  variant: A.Ident | undefined,
  field: FieldView,
  declared: readonly A.Ident[],
  scope: ParamScope,
  reporter: Reporter,
): void {
  const ty = cx.ty(field.type);
  const has = cx.abilities(ty, scope);
  // Each missing field ability, with the declared abilities that require it.
  const missing = new Map<Ability, A.Ident[]>();
  for (const a of declared) {
    const need: Ability = a.name === 'key' ? 'store' : (a.name as Ability);
    if (has.has(need)) continue;
    const by = missing.get(need) ?? [];
    by.push(a);
    missing.set(need, by);
  }
  if (missing.size === 0) return;

  const needs = [...missing.keys()];
  const owner = variant ? `variant ${quote(variant.name)} of ${quote(d.name.name)}` : quote(d.name.name);
  const fieldName = /^\d+$/.test(field.name) ? `positional field ${field.name}` : `field ${quote(field.name)}`;
  const onlyKey = [...missing.values()].every((by) => by.every((a) => a.name === 'key'));
  const message = onlyKey
    ? `${fieldName} of object ${owner} does not have \`store\`, which \`key\` requires of every field`
    : `${fieldName} of ${owner} does not have ${listAbilities(needs)}, which ${quote(d.name.name)} declares`;

  const secondary: Label[] = [];
  for (const [need, by] of missing) {
    for (const a of by) secondary.push({ span: a.span, message: a.name === 'key' ? '`key` requires `store` of every field' : `${quote(need)} declared here` });
  }
  const why = cx.whyLacks(ty, needs, scope);
  secondary.push(...why.secondary);
  const notes = why.notes;
  if (d.abilities.some((a) => a.name === 'key') && (missing.has('copy') || missing.has('drop'))) {
    notes.push('an object (a struct with `key`) can never have `copy` or `drop`: its `id: UID` has neither');
  }
  reporter.add('E05002', field.type.span, { message, label: `${quote(cx.show(ty))} lacks ${listAbilities(needs)}`, secondary, notes });
}

/**
 * Reports each use of a phantom parameter outside a phantom position: as a field's type, a
 * vector element, or an argument of a non-phantom parameter. Whatever is passed to a phantom
 * parameter is not looked into. Returns whether the field is free of such uses.
 */
function checkPhantomUse(cx: DeclContext, d: A.StructDecl | A.EnumDecl, phantoms: ReadonlyMap<string, A.DatatypeTypeParam>, field: FieldView, reporter: Reporter): boolean {
  if (phantoms.size === 0) return true;
  let ok = true;
  const walk = (t: A.Type, position: string): void => {
    switch (t.kind) {
      case 'Apply': {
        const target = cx.names.types.get(t);
        if (target?.kind === 'typeParam') {
          const p = phantoms.get(target.name);
          if (!p) return;
          ok = false;
          reporter.add('E05003', t.span, {
            message: `phantom type parameter ${quote(target.name)} of ${quote(d.name.name)} is used in a non-phantom position`,
            label: `used as ${position}`,
            secondary: [{ span: p.span, message: 'declared `phantom` here' }],
            notes: [`a phantom parameter may only be passed to another type's phantom parameter (as in \`Balance<${target.name}>\`); remove \`phantom\` if values of ${quote(target.name)} are stored`],
          });
          return;
        }
        if (target?.kind === 'datatype') {
          t.typeArgs.forEach((a, i) => {
            const tp = target.decl.typeParams[i];
            if (tp?.isPhantom) return;
            walk(a, tp ? `the argument of ${quote(target.name)}'s non-phantom parameter ${quote(tp.name.name)}` : 'a type argument');
          });
          return;
        }
        for (const a of t.typeArgs) walk(a, target?.kind === 'builtin' && target.name === 'vector' ? 'the element type of `vector`' : 'a type argument');
        return;
      }
      case 'Ref':
        walk(t.inner, position);
        return;
      case 'Tuple':
        for (const e of t.elements) walk(e, position);
        return;
      case 'Fun':
        for (const p of t.params) walk(p, position);
        if (t.result) walk(t.result, position);
        return;
    }
  };
  walk(field.type, /^\d+$/.test(field.name) ? `the type of positional field ${field.name}` : `the type of field ${quote(field.name)}`);
  return ok;
}

// ---------------------------------------------------------------------------------------------
// Written types: arity and constraints

function checkWrittenTypes(cx: DeclContext, reporter: Reporter): void {
  const visit = (member: A.ModuleMember, scope: ParamScope, constraints: boolean): void =>
    forEachResolvedApply(member, cx.names.types, (t, target) => checkApply(cx, t, target, scope, constraints, reporter));
  for (const d of cx.entry.datatypes.values()) visit(d, paramScope(d.typeParams), true);
  // A macro's types are checked where it is expanded, with its type parameters substituted.
  for (const f of cx.entry.functions.values()) visit(f, paramScope(f.typeParams), !f.isMacro);
  for (const c of cx.entry.constants.values()) visit(c, NO_PARAMS, true);
}

/**
 * Calls `visit` for every `Apply` node under `node` that the names stage resolved. The walk is
 * generic over the tree so that no place a type can be written (annotations, type arguments of
 * calls, packs, patterns, vector literals, lambdas) is missed as the AST grows.
 */
function forEachResolvedApply(node: unknown, resolutions: TypeResolutions, visit: (t: A.ApplyType, target: TypeTarget) => void): void {
  if (Array.isArray(node)) {
    for (const x of node) forEachResolvedApply(x, resolutions, visit);
    return;
  }
  if (typeof node !== 'object' || node === null) return;
  const target = resolutions.get(node as A.ApplyType);
  if (target) visit(node as A.ApplyType, target);
  for (const [key, value] of Object.entries(node)) {
    if (key !== 'span' && typeof value === 'object' && value !== null) forEachResolvedApply(value, resolutions, visit);
  }
}

function checkApply(cx: DeclContext, t: A.ApplyType, target: TypeTarget, scope: ParamScope, constraints: boolean, reporter: Reporter): void {
  if (!checkArity(t, target, reporter) || target.kind !== 'datatype' || !constraints) return;
  target.decl.typeParams.forEach((tp, i) => {
    if (tp.constraints.length === 0) return;
    const argAst = t.typeArgs[i]!;
    // A reference or tuple as a type argument is the types stage's to report.
    if (argAst.kind !== 'Apply') return;
    const arg = cx.ty(argAst);
    const has = cx.abilities(arg, scope);
    const missing = tp.constraints.map((c) => c.name as Ability).filter((c) => !has.has(c));
    if (missing.length === 0) return;
    const constraint = `${tp.name.name}: ${tp.constraints.map((c) => c.name).join(' + ')}`;
    const why = cx.whyLacks(arg, missing, scope);
    reporter.add('E05001', argAst.span, {
      message: `the type ${quote(cx.show(arg))} does not satisfy the constraint \`${constraint}\` of ${quote(target.name)}`,
      label: `${quote(cx.show(arg))} lacks ${listAbilities(missing)}`,
      secondary: [{ span: tp.span, message: `${quote(target.name)} requires \`${constraint}\`` }, ...why.secondary],
      notes: why.notes,
    });
  });
}

/** Reports a wrong number of type arguments; returns whether the count is right. */
function checkArity(t: A.ApplyType, target: TypeTarget, reporter: Reporter): boolean {
  const found = t.typeArgs.length;
  const plural = (n: number) => `${n} type argument${n === 1 ? '' : 's'}`;
  switch (target.kind) {
    case 'infer':
      return true;
    case 'builtin': {
      const expected = target.name === 'vector' ? 1 : 0;
      if (found === expected) return true;
      reporter.add('E04003', t.span, {
        message: expected ? '`vector` takes exactly one type argument' : `the primitive type ${quote(target.name)} takes no type arguments`,
        label: `found ${plural(found)}`,
      });
      return false;
    }
    case 'typeParam':
      if (found === 0) return true;
      reporter.add('E04003', t.span, { message: `the type parameter ${quote(target.name)} takes no type arguments`, label: `found ${plural(found)}` });
      return false;
    case 'datatype': {
      const params = target.decl.typeParams;
      if (found === params.length) return true;
      reporter.add('E04003', t.span, {
        message: `wrong number of type arguments for ${quote(target.name)}: expected ${params.length}, found ${found}`,
        label: `expected ${plural(params.length)}`,
        secondary: [
          {
            span: target.decl.name.span,
            message: params.length ? `declared with type parameters ${params.map((p) => quote(p.name.name)).join(', ')}` : 'declared without type parameters',
          },
        ],
      });
      return false;
    }
  }
}
