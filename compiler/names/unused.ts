// Unused-code warnings that need the whole module resolved and typed: `mut` locals never
// mutated (W09004), private functions never called (W09005), type parameters never used or
// used only as phantom arguments (W09006), dead code (W09007), unused assignments (W09009,
// unused-assign.ts) and struct fields (W09010, unused-fields.ts). Unused locals, aliases and
// constants are found during name resolution; unreachable match arms by the type checker.

import { Reporter, type Diagnostic } from '../diagnostics/diagnostic.js';
import type { ResolvedNames } from './index.js';
import type * as A from '../parser/ast.js';
import type { TypedProgram } from '../typing/check.js';
import { allowed } from './resolve-values.js';
import { forEachChild } from '../parser/walk.js';
import { constraintMap } from '../typing/types.js';
import { checkUnusedAssignments } from './unused-assign.js';
import { checkUnusedFields } from './unused-fields.js';

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
      if (f.body && !f.isMacro && !allows.has('dead_code')) deadCode(f.body, reporter);
      if (f.body && !f.isMacro && !allows.has('unused_assignment')) checkUnusedAssignments(f.body, names, typed, constraintMap(f.typeParams), reporter);
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
        if (tp.isPhantom) continue;
        if (!datatypeMentions(d, tp.name.name)) {
          reporter.add('W09006', tp.name.span, { message: `type parameter \`${tp.name.name}\` is never used`, label: 'unused', notes: ['declare it `phantom` if it only marks the type'] });
          continue;
        }
        const phantomOnly = phantomOnlyUse(d, tp.name.name, names);
        if (phantomOnly) {
          reporter.add('W09006', tp.name.span, {
            message: `type parameter \`${tp.name.name}\` of \`${d.name.name}\` is only used as an argument of phantom parameters`,
            label: `declare it \`phantom ${tp.name.name}\``,
            secondary: [{ span: phantomOnly.span, message: 'a phantom position: it holds no value of the type' }],
            notes: ['a non-phantom parameter makes the struct\'s abilities depend on the argument\'s, which nothing here needs'],
          });
        }
      }
    }
  }
  checkUnusedFields(names, typed, reporter);
  return { diagnostics: reporter.diagnostics };
}

const DIVERGES = new Set(['Return', 'Abort', 'Break', 'Continue']);

/** Statements after one that always jumps away. (Unreachable match arms are the type checker's.) */
function deadCode(e: A.Expr, reporter: Reporter): void {
  if (e.kind === 'Block') {
    const items: A.Node[] = [...e.statements.filter((s) => s.kind !== 'UseStmt'), ...(e.tail ? [e.tail] : [])];
    const jump = e.statements.findIndex((s) => s.kind === 'ExprStmt' && DIVERGES.has(s.expr.kind));
    const next = jump >= 0 ? items[items.indexOf(e.statements[jump]!) + 1] : undefined;
    if (next) reporter.add('W09007', next.span, { label: 'never runs', notes: ['the statement before always leaves this block'] });
  }
  forEachChild(e, (x) => deadCode(x, reporter));
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

type Usage = { kind: 'none' } | { kind: 'phantom'; at: A.Type } | { kind: 'real' };

/**
 * Whether the type parameter `name` of `d` appears in its fields only as an argument of other
 * types' phantom parameters (`Balance<T>`): the first such type argument, or undefined.
 */
function phantomOnlyUse(d: A.StructDecl | A.EnumDecl, name: string, names: ResolvedNames): A.Type | undefined {
  const fields = d.kind === 'Struct' ? [d.fields] : d.variants.map((v) => v.fields);
  const types = fields.flatMap((f) => (!f ? [] : f.kind === 'Named' ? f.fields.map((x) => x.type) : f.types));
  let first: A.Type | undefined;
  for (const t of types) {
    const u = usage(t, name, names);
    if (u.kind === 'real') return undefined;
    if (u.kind === 'phantom') first ??= u.at;
  }
  return first;
}

function usage(t: A.Type, name: string, names: ResolvedNames): Usage {
  const combine = (parts: Usage[]): Usage => parts.find((u) => u.kind === 'real') ?? parts.find((u) => u.kind === 'phantom') ?? { kind: 'none' };
  switch (t.kind) {
    case 'Apply': {
      if (!t.path.address && t.path.names.length === 1 && t.path.names[0]!.name === name && t.typeArgs.length === 0) return { kind: 'real' };
      const target = names.types.get(t);
      const params = target?.kind === 'datatype' ? target.decl.typeParams : undefined;
      return combine(
        t.typeArgs.map((arg, i) => {
          const u = usage(arg, name, names);
          return u.kind !== 'none' && params?.[i]?.isPhantom ? { kind: 'phantom', at: arg } : u;
        }),
      );
    }
    case 'Ref':
      return usage(t.inner, name, names);
    case 'Tuple':
      return combine(t.elements.map((x) => usage(x, name, names)));
    default:
      // Function types appear only in macro signatures, never in fields.
      return { kind: 'real' };
  }
}
