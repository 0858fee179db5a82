// Well-formed types: resolved modules in; diagnostics out for references and tuples where only
// value types may stand (E07001, E04011), constants of non-constant types (E04018) and
// datatypes that contain themselves (E04019).

import { Reporter, type Diagnostic } from '../diagnostics/diagnostic.js';
import type { ModuleKey, ResolvedNames } from '../names/index.js';
import type * as A from '../parser/ast.js';

export function checkWellFormed(names: ResolvedNames): { diagnostics: Diagnostic[] } {
  const reporter = new Reporter();
  // Type arguments anywhere (fields, signatures, bodies) must be value types.
  for (const apply of names.types.keys()) for (const arg of apply.typeArgs) valueType(arg, 'a type argument', reporter);
  for (const mod of names.table.modules.values()) {
    for (const d of mod.datatypes.values()) {
      const fieldSets = d.kind === 'Struct' ? [d.fields] : d.variants.map((v) => v.fields);
      for (const f of fieldSets) {
        const types = f?.kind === 'Named' ? f.fields.map((x) => x.type) : f?.kind === 'Positional' ? f.types : [];
        for (const t of types) valueType(t, 'a field', reporter);
      }
    }
    for (const f of mod.functions.values()) {
      for (const p of f.params) {
        if (p.type.kind === 'Tuple' && p.type.elements.length !== 1) tuple(p.type, 'a parameter', reporter);
        else if (p.type.kind === 'Ref') valueType(p.type.inner, 'a reference', reporter);
      }
      if (f.returnType) {
        const results = f.returnType.kind === 'Tuple' ? f.returnType.elements : [f.returnType];
        for (const r of results) {
          if (r.kind === 'Ref') valueType(r.inner, 'a reference', reporter);
          else if (r.kind === 'Tuple') tuple(r, 'a tuple', reporter);
        }
      }
    }
    for (const c of mod.constants.values()) {
      if (!constantType(c.type, names)) {
        reporter.add('E04018', c.type.span, { message: `constant \`${c.name.name}\` cannot have this type`, label: 'not a primitive, address or vector of those' });
      }
    }
  }
  recursion(names, reporter);
  return { diagnostics: reporter.diagnostics };
}

function tuple(t: A.Type, where: string, reporter: Reporter): void {
  reporter.add('E04011', t.span, { message: `a tuple cannot be ${where}`, label: 'tuples exist only as results of calls' });
}

/** `t` must be a value type: not a reference, not a tuple (a lambda type is checked elsewhere). */
function valueType(t: A.Type, where: string, reporter: Reporter): void {
  if (t.kind === 'Ref') {
    reporter.add('E07001', t.span, { message: `a reference cannot be ${where}`, label: 'references are only parameters, results and locals' });
  } else if (t.kind === 'Tuple' && t.elements.length > 0) {
    tuple(t, where, reporter);
  }
}

function constantType(t: A.Type, names: ResolvedNames): boolean {
  if (t.kind !== 'Apply') return false;
  const target = names.types.get(t);
  if (!target) return true; // unresolved: already reported
  if (target.kind !== 'builtin') return false;
  if (target.name === 'vector') return t.typeArgs.length === 1 && constantType(t.typeArgs[0]!, names);
  return target.name !== 'signer';
}

/** Datatypes reachable from a datatype's fields, through type arguments too. */
function recursion(names: ResolvedNames, reporter: Reporter): void {
  const key = (m: ModuleKey, n: string) => `${m}::${n}`;
  const edges = new Map<string, Array<{ to: string; at: A.Type }>>();
  const decls = new Map<string, A.StructDecl | A.EnumDecl>();
  for (const [mk, mod] of names.table.modules) {
    for (const d of mod.datatypes.values()) {
      const k = key(mk, d.name.name);
      decls.set(k, d);
      const out: Array<{ to: string; at: A.Type }> = [];
      const visit = (t: A.Type, top: A.Type): void => {
        if (t.kind === 'Apply') {
          const target = names.types.get(t);
          if (target?.kind === 'datatype') out.push({ to: key(target.module, target.name), at: top });
          for (const a of t.typeArgs) visit(a, top);
        } else if (t.kind === 'Ref') visit(t.inner, top);
        else if (t.kind === 'Tuple') for (const e of t.elements) visit(e, top);
      };
      const fieldSets = d.kind === 'Struct' ? [d.fields] : d.variants.map((v) => v.fields);
      for (const f of fieldSets) {
        const types = f?.kind === 'Named' ? f.fields.map((x) => x.type) : f?.kind === 'Positional' ? f.types : [];
        for (const t of types) visit(t, t);
      }
      edges.set(k, out);
    }
  }
  for (const [start, d] of decls) {
    // Depth-first from each datatype: does any path come back to it?
    const seen = new Set<string>();
    const stack = [...(edges.get(start) ?? [])].map((e) => ({ ...e, first: e.at }));
    while (stack.length > 0) {
      const { to, first } = stack.pop()!;
      if (to === start) {
        reporter.add('E04019', first.span, { message: `\`${d.name.name}\` contains itself`, label: 'this field leads back to the type being declared' });
        break;
      }
      if (seen.has(to)) continue;
      seen.add(to);
      for (const e of edges.get(to) ?? []) stack.push({ to: e.to, at: e.at, first });
    }
  }
}
