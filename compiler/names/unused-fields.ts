// Unused struct fields (W09010): the resolved and typed program in, a warning for each field
// of a user struct that no code packs, unpacks, reads or writes.
//
// Fields are private to their module, but a macro of the module runs where it is expanded, so
// uses are collected from every body (through expansions) and credited to the struct that the
// field access's base has as its type. A macro body that is never expanded has no types: a
// field name accessed there counts for every struct of its module, so it never warns wrongly.
// Packs use every field (they must give them all); `..` in an unpack uses the fields it skips.
// An object's `id` is always used: the runtime reads it. A struct that no code uses at all is
// left alone: it is a type still waiting for its functions, and every field would be noise.

import type { Reporter } from '../diagnostics/diagnostic.js';
import type * as A from '../parser/ast.js';
import { forEachChild } from '../parser/walk.js';
import type { TypedProgram } from '../typing/check.js';
import { hasAttribute, type ModuleEntry } from './module-table.js';
import type { ResolvedNames } from './index.js';
import { allowed } from './resolve-values.js';

export function checkUnusedFields(names: ResolvedNames, typed: TypedProgram, reporter: Reporter): void {
  // Duplicate or unresolved declarations make "which field" unreliable: wait until they are fixed.
  if (names.diagnostics.some((d) => d.severity === 'error')) return;
  const used = new Map<A.StructDecl, Set<string>>();
  const use = (d: A.StructDecl, fields: Iterable<string>): void => {
    const set = used.get(d) ?? new Set<string>();
    for (const f of fields) set.add(f);
    used.set(d, set);
  };
  const all = (d: A.StructDecl): string[] => fieldNames(d.fields);

  for (const target of names.values.calls.values()) if (target.kind === 'pack' && target.datatype.kind === 'struct') use(target.datatype.decl, all(target.datatype.decl));
  for (const [node, ref] of names.values.packs) {
    if (ref.kind !== 'struct') continue;
    if (node.kind === 'Pack') {
      use(ref.decl, all(ref.decl));
      continue;
    }
    const fields = node.fields;
    if (fields?.kind === 'Named') use(ref.decl, fields.rest ? all(ref.decl) : fields.fields.map((f) => f.name.name));
    else use(ref.decl, all(ref.decl));
  }

  for (const mod of names.table.modules.values()) {
    for (const f of mod.functions.values()) {
      if (!f.body) continue;
      if (f.isMacro) {
        // Untyped: any struct of the module with a field of the accessed name.
        visit(f.body, undefined, (e) => {
          if (e.kind !== 'Field') return;
          for (const d of mod.datatypes.values()) if (d.kind === 'Struct') use(d, [e.field.name]);
        });
        continue;
      }
      visit(f.body, typed.expansions, (e) => {
        if (e.kind !== 'Field') return;
        const d = structOf(names, typed, e.expr);
        if (d) use(d, [e.field.name]);
      });
    }
  }

  for (const mod of names.table.modules.values()) {
    if (skipModule(mod)) continue;
    for (const d of mod.datatypes.values()) {
      if (d.kind !== 'Struct' || d.isNative || !d.fields || d.fields.kind !== 'Named' || hasAttribute(d.attributes, 'test_only') || allowed(d.attributes).has('unused_field')) continue;
      const seen = used.get(d);
      // A struct nothing builds or reads at all is a type in waiting (or a fixture of one): its
      // fields are reported once some code uses it, when the ones left out stand out.
      if (!seen) continue;
      // An object's `id` is read by the runtime, whatever the module does with it.
      if (d.abilities.some((a) => a.name === 'key')) seen.add('id');
      for (const field of d.fields.fields) {
        if (seen.has(field.name.name)) continue;
        reporter.add('W09010', field.name.span, {
          message: `unused field \`${field.name.name}\` of struct \`${d.name.name}\``,
          label: 'never packed, unpacked, read or written',
          notes: ['remove it, or mark the struct `#[allow(unused_field)]`'],
        });
      }
    }
  }
}

function skipModule(mod: ModuleEntry): boolean {
  return mod.unit.package.bundled === true || hasAttribute(mod.decl.attributes, 'test_only') || allowed(mod.decl.attributes).has('unused_field');
}

function fieldNames(fields: A.DatatypeFields | undefined): string[] {
  if (!fields) return [];
  return fields.kind === 'Named' ? fields.fields.map((f) => f.name.name) : fields.types.map((_, i) => String(i));
}

/** The struct a field access reads from (through references). */
function structOf(names: ResolvedNames, typed: TypedProgram, base: A.Expr): A.StructDecl | undefined {
  let t = typed.exprTypes.get(base);
  while (t?.k === 'ref') t = t.inner;
  if (t?.k !== 'datatype') return undefined;
  const d = names.table.modules.get(t.module)?.datatypes.get(t.name);
  return d?.kind === 'Struct' ? d : undefined;
}

/** Every expression under `e`, the places of assignments included. */
function visit(e: A.Expr, expansions: TypedProgram['expansions'] | undefined, f: (x: A.Expr) => void): void {
  f(e);
  if (e.kind === 'Assign') visitTarget(e.lhs, expansions, f);
  forEachChild(e, (x) => visit(x, expansions, f), expansions);
}

function visitTarget(t: A.AssignTarget | A.RestPattern, expansions: TypedProgram['expansions'] | undefined, f: (x: A.Expr) => void): void {
  if (t.kind === 'TupleTarget') t.elements.forEach((x) => visitTarget(x, expansions, f));
  else if (t.kind === 'UnpackTarget') {
    if (t.fields.kind === 'Named') t.fields.fields.forEach((x) => visitTarget(x.target, expansions, f));
    else t.fields.elements.forEach((x) => visitTarget(x, expansions, f));
  } else if (t.kind !== 'Rest' && t.kind !== 'Unit') visit(t, expansions, f);
}

