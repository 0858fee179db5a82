// Sharing analysis: typed modules in; for every `key` type, whether objects of it can be shared,
// and for every public or entry function, which execution path its transactions take:
//
//   owned-only     no `store`, and its module never shares it      -> fast path
//   frozen         no `store`, and its module only ever freezes it -> fast path (immutable)
//   always-shared  no `store`, and its module shares it wherever it
//                  places an object (transfers or freezes none)    -> consensus
//   may-be-shared  `store` (anyone may `public_share_object` it), or
//                  shared at some sites and transferred at others  -> depends on the object
//
// Only the declaring module can share, freeze or transfer a type without `store` (Sui's private
// transfer rule), so looking at its own calls to `sui::transfer` is enough for those types.

import type { Span } from '../diagnostics/source.js';
import type { ModuleKey, ResolvedNames } from '../names/index.js';
import type * as A from '../parser/ast.js';
import type { TypedProgram } from '../typing/check.js';
import { moduleKey } from '../names/module-table.js';
import type { Ty } from '../typing/types.js';

export type TypeSharing = 'owned-only' | 'always-shared' | 'may-be-shared' | 'frozen';
export type PathClass = 'fast' | 'consensus' | 'depends';

export interface TypeReport {
  module: ModuleKey;
  name: string;
  classification: TypeSharing;
  /** Why, in a sentence. */
  reason: string;
  /** Where the module shares objects of this type (first site first). */
  sharedAt: Span[];
}

export interface FunctionReport {
  module: ModuleKey;
  name: string;
  classification: PathClass;
  /** Names the deciding parameter, its type and where that type is shared. */
  reason: string;
  parameter?: string;
}

export interface SharingReport {
  types: TypeReport[];
  functions: FunctionReport[];
}

const TRANSFER = moduleKey(2n, 'transfer');
const SHARE = new Set(['share_object', 'public_share_object']);
const FREEZE = new Set(['freeze_object', 'public_freeze_object']);
const GIVE = new Set(['transfer', 'public_transfer', 'party_transfer', 'public_party_transfer']);

interface Sites {
  shared: Span[];
  frozen: Span[];
  transferred: Span[];
}

function typeKey(module: ModuleKey, name: string): string {
  return `${module}::${name}`;
}

export function analyzeSharing(names: ResolvedNames, typed: TypedProgram): SharingReport {
  const sites = collectSites(names, typed);
  const types: TypeReport[] = [];
  const byKey = new Map<string, TypeReport>();
  for (const [key, mod] of names.table.modules) {
    for (const d of mod.datatypes.values()) {
      if (d.kind !== 'Struct' || !d.abilities.some((a) => a.name === 'key')) continue;
      const s = sites.get(typeKey(key, d.name.name)) ?? { shared: [], frozen: [], transferred: [] };
      const report = classifyType(key, d, s, mod.display, names);
      types.push(report);
      byKey.set(typeKey(key, d.name.name), report);
    }
  }
  const functions: FunctionReport[] = [];
  for (const [key, mod] of names.table.modules) {
    for (const f of mod.functions.values()) {
      if (f.visibility !== 'public' && !f.isEntry) continue;
      functions.push(classifyFunction(key, f, names, byKey));
    }
  }
  return { types, functions };
}

function classifyType(module: ModuleKey, d: A.StructDecl, s: Sites, display: string, names: ResolvedNames): TypeReport {
  const base = { module, name: d.name.name, sharedAt: s.shared };
  const where = (spans: Span[]) => spans.map((sp) => `${sp.file}:${lineOf(names, sp)}`).join(', ');
  if (d.abilities.some((a) => a.name === 'store')) {
    return { ...base, classification: 'may-be-shared', reason: `\`${d.name.name}\` has \`store\`: any module may share it with \`transfer::public_share_object\`` };
  }
  if (s.shared.length > 0 && s.transferred.length === 0 && s.frozen.length === 0) {
    return { ...base, classification: 'always-shared', reason: `\`${display}\` shares every \`${d.name.name}\` it places (${where(s.shared)})` };
  }
  if (s.shared.length > 0) {
    return { ...base, classification: 'may-be-shared', reason: `\`${display}\` shares \`${d.name.name}\` at ${where(s.shared)} but also transfers or freezes it` };
  }
  if (s.frozen.length > 0 && s.transferred.length === 0) {
    return { ...base, classification: 'frozen', reason: `\`${display}\` only ever freezes \`${d.name.name}\` (${where(s.frozen)})` };
  }
  return { ...base, classification: 'owned-only', reason: `\`${d.name.name}\` has no \`store\` and \`${display}\` never shares it` };
}

function classifyFunction(module: ModuleKey, f: A.FunctionDecl, names: ResolvedNames, types: Map<string, TypeReport>): FunctionReport {
  const base = { module, name: f.name.name };
  let depends: { param: string; type: TypeReport } | undefined;
  for (const p of f.params) {
    const generic = genericObject(p.type, f);
    if (generic && !depends) {
      depends = { param: p.name.name, type: { module, name: generic, classification: 'may-be-shared', reason: '', sharedAt: [] } };
      continue;
    }
    const t = objectType(p.type, names);
    if (!t) continue;
    const report = types.get(typeKey(t.module, t.name));
    if (!report) continue;
    if (report.classification === 'always-shared') {
      const at = report.sharedAt[0];
      return {
        ...base,
        classification: 'consensus',
        parameter: p.name.name,
        reason: `parameter \`${p.name.name}\`: \`${t.name}\` is always shared${at ? ` (shared at ${at.file}:${lineOf(names, at)})` : ''}`,
      };
    }
    if (report.classification === 'may-be-shared' && !depends) depends = { param: p.name.name, type: report };
  }
  if (depends) {
    const at = depends.type.sharedAt[0];
    return {
      ...base,
      classification: 'depends',
      parameter: depends.param,
      reason: `parameter \`${depends.param}\`: \`${depends.type.name}\` may be shared or owned${at ? ` (shared at ${at.file}:${lineOf(names, at)})` : f.typeParams.some((tp) => tp.name.name === depends!.type.name) ? ' (any object type can instantiate it)' : ' (it has `store`)'}`,
    };
  }
  return { ...base, classification: 'fast', reason: 'no parameter is of a type that can be shared' };
}

/** A parameter whose type is a type parameter with `key`: any object, shared or not. */
function genericObject(t: A.Type, f: A.FunctionDecl): string | undefined {
  const inner = t.kind === 'Ref' ? t.inner : t;
  if (inner.kind !== 'Apply' || inner.path.names.length !== 1 || inner.path.address) return undefined;
  const tp = f.typeParams.find((x) => x.name.name === inner.path.names[0]!.name);
  return tp && tp.constraints.some((c) => c.name === 'key') ? tp.name.name : undefined;
}

/** The key datatype a parameter holds, by value or by reference. */
function objectType(t: A.Type, names: ResolvedNames): { module: ModuleKey; name: string } | undefined {
  const inner = t.kind === 'Ref' ? t.inner : t;
  if (inner.kind !== 'Apply') return undefined;
  const target = names.types.get(inner);
  if (target?.kind !== 'datatype') return undefined;
  return { module: target.module, name: target.name };
}

function lineOf(names: ResolvedNames, span: Span): number {
  for (const mod of names.table.modules.values()) {
    if (mod.unit.source.name === span.file) return mod.unit.source.position(span.start).line;
  }
  return 0;
}

/** Calls to `sui::transfer` functions, by the type of the object they place. */
function collectSites(names: ResolvedNames, typed: TypedProgram): Map<string, Sites> {
  const out = new Map<string, Sites>();
  for (const [call, target] of names.values.calls) {
    if (target.kind !== 'function' || target.module !== TRANSFER) continue;
    const fn = target.decl.name.name;
    const kind = SHARE.has(fn) ? 'shared' : FREEZE.has(fn) ? 'frozen' : GIVE.has(fn) ? 'transferred' : undefined;
    if (!kind || !call.args[0]) continue;
    const t: Ty | undefined = typed.exprTypes.get(call.args[0]);
    if (t?.k !== 'datatype') continue;
    const key = typeKey(t.module, t.name);
    const s = out.get(key) ?? { shared: [], frozen: [], transferred: [] };
    s[kind].push(call.span);
    out.set(key, s);
  }
  for (const s of out.values()) for (const list of [s.shared, s.frozen, s.transferred]) list.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : a.start - b.start));
  return out;
}
