// Unused-code warnings that need the whole module resolved and typed: `mut` locals never
// mutated (W09004), private functions never called (W09005), and type parameters never used
// (W09006). Unused locals, aliases and constants are found during name resolution.

import { Reporter, type Diagnostic } from '../diagnostics/diagnostic.js';
import type { ResolvedNames } from './index.js';
import type * as A from '../parser/ast.js';
import type { TypedProgram } from '../typing/check.js';
import { allowed } from './resolve-values.js';
import { forEachChild } from '../parser/walk.js';

const isTest = (attrs: readonly A.Attribute[]) => attrs.some((a) => ['test', 'test_only', 'random_test'].includes(a.name.name));

export function checkUnused(names: ResolvedNames, typed: TypedProgram): { diagnostics: Diagnostic[] } {
  const reporter = new Reporter();
  for (const [p, b] of names.values.bindings) {
    if (!b.mutable || b.mutated || b.inMacro || b.name.startsWith('_') || !('name' in p)) continue;
    reporter.add('W09004', b.span, { message: `\`${b.name}\` is declared \`mut\` but never mutated`, label: 'remove `mut`' });
  }
  const called = new Set<A.FunctionDecl>();
  for (const target of names.values.calls.values()) if (target.kind === 'function') called.add(target.decl);
  for (const m of typed.methods.values()) called.add(m.decl);
  for (const mod of names.table.modules.values()) {
    const moduleAllows = allowed(mod.decl.attributes);
    // Functions named by `use fun` count as used.
    for (const member of mod.decl.members) {
      if (member.kind !== 'UseFun' || member.function.names.length !== 1) continue;
      const f = mod.functions.get(member.function.names[0]!.name);
      if (f) called.add(f);
    }
    for (const f of mod.functions.values()) {
      const allows = new Set([...moduleAllows, ...allowed(f.attributes)]);
      if (f.body && !f.isMacro && !allows.has('dead_code')) deadCode(f.body, names, reporter);
      if (f.visibility === 'private' && !f.isEntry && !f.isNative && f.name.name !== 'init' && !called.has(f) && !isTest(f.attributes) && !isTest(mod.decl.attributes) && !allows.has('unused_function')) {
        reporter.add('W09005', f.name.span, { message: `private function \`${f.name.name}\` is never called`, label: 'unused', notes: ['remove it, or mark it `#[allow(unused_function)]`'] });
      }
      if (allows.has('unused_type_parameter') || f.isNative) continue;
      for (const tp of f.typeParams) {
        if (!mentionsType(f, tp.name.name)) {
          reporter.add('W09006', tp.name.span, { message: `type parameter \`${tp.name.name}\` is never used`, label: 'unused' });
        }
      }
    }
    for (const d of mod.datatypes.values()) {
      if (moduleAllows.has('unused_type_parameter') || allowed(d.attributes).has('unused_type_parameter')) continue;
      for (const tp of d.typeParams) {
        if (tp.isPhantom || datatypeMentions(d, tp.name.name)) continue;
        reporter.add('W09006', tp.name.span, { message: `type parameter \`${tp.name.name}\` is never used`, label: 'unused', notes: ['declare it `phantom` if it only marks the type'] });
      }
    }
  }
  return { diagnostics: reporter.diagnostics };
}

const DIVERGES = new Set(['Return', 'Abort', 'Break', 'Continue']);

/**
 * Statements after one that always jumps away, and match arms after an arm that already takes
 * every value (an unguarded binding, `_`, or every variant a second time).
 */
function deadCode(e: A.Expr, names: ResolvedNames, reporter: Reporter): void {
  if (e.kind === 'Block') {
    const items: A.Node[] = [...e.statements.filter((s) => s.kind !== 'UseStmt'), ...(e.tail ? [e.tail] : [])];
    const jump = e.statements.findIndex((s) => s.kind === 'ExprStmt' && DIVERGES.has(s.expr.kind));
    const next = jump >= 0 ? items[items.indexOf(e.statements[jump]!) + 1] : undefined;
    if (next) reporter.add('W09007', next.span, { label: 'never runs', notes: ['the statement before always leaves this block'] });
  }
  if (e.kind === 'Match') {
    const seen = new Set<string>();
    let all = false;
    for (const arm of e.arms) {
      const key = armVariant(arm.pattern, names);
      if (all || (key !== undefined && seen.has(key))) {
        reporter.add('W09008', arm.pattern.span, { label: 'an earlier arm matches all of this' });
        continue;
      }
      if (arm.guard) continue;
      if (arm.pattern.kind === 'Bind' || arm.pattern.kind === 'Wildcard') all = true;
      else if (key !== undefined) seen.add(key);
    }
  }
  forEachChild(e, (x) => deadCode(x, names, reporter));
}

/** The variant an arm matches in full (`E::V(_, x)`, `E::V { .. }`), as a key; else undefined. */
function armVariant(p: A.Pattern, names: ResolvedNames): string | undefined {
  if (p.kind !== 'Unpack') return undefined;
  const d = names.values.packs.get(p);
  if (d?.kind !== 'variant') return undefined;
  const subs = p.fields?.kind === 'Named' ? p.fields.fields.map((f) => f.pattern) : p.fields?.kind === 'Positional' ? p.fields.elements : [];
  const total = subs.every((s) => s.kind === 'Bind' || s.kind === 'Wildcard' || s.kind === 'Rest');
  return total ? `${d.module}::${d.decl.name.name}::${d.variant.name.name}` : undefined;
}

/**
 * Whether `name` is written as a type anywhere inside `node` (a signature, a body, fields):
 * a generic walk over AST objects looking for `Apply` types naming it.
 */
function containsTypeName(node: unknown, name: string): boolean {
  if (node === null || typeof node !== 'object') return false;
  if (Array.isArray(node)) return node.some((x) => containsTypeName(x, name));
  const o = node as Record<string, unknown>;
  if (o['kind'] === 'Apply') {
    const path = o['path'] as A.NamePath;
    if (path.names.length === 1 && !path.address && path.names[0]!.name === name) return true;
  }
  for (const key in o) if (key !== 'span' && containsTypeName(o[key], name)) return true;
  return false;
}

function mentionsType(f: A.FunctionDecl, name: string): boolean {
  return containsTypeName([f.params, f.returnType, f.body], name);
}

function datatypeMentions(d: A.StructDecl | A.EnumDecl, name: string): boolean {
  return containsTypeName(d.kind === 'Struct' ? d.fields : d.variants, name);
}
