// Check 9b, linking (2850–2899). In: a module and the modules it depends on, keyed by
// moduleKeyOf. Out: every handle the module relies on matches a definition, and every call
// to another module is one that module allows.
//
// Spec (skipped when verifyModule gets no dependency map, e.g. to check a module alone):
// - every module handle but the module's own names a module of the map;
// - every foreign datatype handle names a struct or enum its module defines, with the same
//   abilities and the same type parameters (count, constraints, phantom flags);
// - every foreign function handle names a function its module defines, with the same type
//   parameter constraints, parameter types and return types (datatypes compared by module id
//   and name, not by handle index, since each module numbers its handles itself);
// - a Call to another module's function is allowed by its visibility: `public` always;
//   `public(package)` only from a module at the same address (the same package); `public(friend)`
//   only from a module its module lists as a friend; private (including private `entry`,
//   which only transactions may call) never.
// Matching exactly, rather than Move's looser "handle abilities are a subset", keeps the
// verifier's view of a foreign type identical to what the loader will see.

import type { CompiledModule, FunctionDef, ModuleId, SigType } from '../bytecode/module.js';
import { Op } from '../bytecode/opcodes.js';
import type { ModuleContext } from './context.js';
import { fail } from './failure.js';
import { num } from './instr.js';
import { moduleKeyOf } from './module-key.js';
import { VERIFICATION_STATUSES as V } from './status.js';

export function checkLinking(cx: ModuleContext): void {
  const deps = cx.deps;
  if (!deps) return;
  const m = cx.module;
  const depOf = (module: number): CompiledModule => {
    const id = m.moduleHandles[module]!;
    const dep = deps.get(moduleKeyOf(id));
    if (!dep) fail(V.LINK_MISSING_MODULE, `dependency ${moduleKeyOf(id)} is not available`);
    return dep;
  };
  m.moduleHandles.forEach((_, i) => {
    if (i > 0) depOf(i);
  });

  m.datatypeHandles.forEach((h) => {
    if (h.module === 0) return;
    const dep = depOf(h.module);
    const where = `${moduleKeyOf(m.moduleHandles[h.module]!)}::${h.name}`;
    const index = dep.datatypeHandles.findIndex((d) => d.module === 0 && d.name === h.name);
    const defined = index >= 0 && (dep.structs.some((s) => s.handle === index) || dep.enums.some((e) => e.handle === index));
    if (!defined) fail(V.LINK_MISSING_DATATYPE, `${where} is not defined`);
    const d = dep.datatypeHandles[index]!;
    const sameParams = d.typeParams.length === h.typeParams.length && d.typeParams.every((p, i) => p.constraints === h.typeParams[i]!.constraints && p.phantom === h.typeParams[i]!.phantom);
    if (d.abilities !== h.abilities || !sameParams) fail(V.LINK_DATATYPE_MISMATCH, `the handle for ${where} disagrees with its definition on abilities or type parameters`);
  });

  const definitions = new Map<number, FunctionDef>();
  const definingModules = new Map<number, CompiledModule>();
  m.functionHandles.forEach((h, hi) => {
    if (h.module === 0) return;
    const dep = depOf(h.module);
    const where = `${moduleKeyOf(m.moduleHandles[h.module]!)}::${h.name}`;
    const def = dep.functions.find((f) => {
      const fh = dep.functionHandles[f.handle];
      return fh !== undefined && fh.module === 0 && fh.name === h.name;
    });
    if (!def) fail(V.LINK_MISSING_FUNCTION, `${where} is not defined`);
    const d = dep.functionHandles[def.handle]!;
    const same =
      d.typeParams.length === h.typeParams.length &&
      d.typeParams.every((c, i) => c === h.typeParams[i]) &&
      sameSignature(dep, d.params, m, h.params) &&
      sameSignature(dep, d.returns, m, h.returns);
    if (!same) fail(V.LINK_FUNCTION_MISMATCH, `the handle for ${where} disagrees with its definition's signature`);
    definitions.set(hi, def);
    definingModules.set(hi, dep);
  });

  for (const f of cx.functions()) {
    f.def.code.forEach((instr, offset) => {
      if (instr[0] !== Op.Call) return;
      const hi = num(instr, 1);
      const def = definitions.get(hi);
      if (!def) return; // a function of this module: any visibility may be called
      const dep = definingModules.get(hi)!;
      const target = `${moduleKeyOf(dep.moduleHandles[0]!)}::${m.functionHandles[hi]!.name}`;
      const at = f.at(offset);
      switch (def.visibility) {
        case 'public':
          return;
        case 'package':
          if (dep.moduleHandles[0]!.address !== cx.self.address) fail(V.CALL_PACKAGE_FUNCTION, `${target} is public(package) and this module is in another package`, at);
          return;
        case 'friend':
          if (!dep.friends.some((fr: ModuleId) => moduleKeyOf(fr) === cx.selfKey)) fail(V.CALL_FRIEND_FUNCTION, `${target} is public(friend) and its module does not list this module as a friend`, at);
          return;
        case 'private':
          fail(V.CALL_PRIVATE_FUNCTION, `${target} is ${def.entry ? 'a private entry function (only transactions may call it)' : 'private to its module'}`, at);
      }
    });
  }
}

function sameSignature(a: CompiledModule, as: readonly SigType[], b: CompiledModule, bs: readonly SigType[]): boolean {
  return as.length === bs.length && as.every((t, i) => resolved(a, t) === resolved(b, bs[i]!));
}

/** A type with datatypes named by module id and name: comparable across modules. */
function resolved(m: CompiledModule, t: SigType): string {
  if (typeof t === 'string') return t;
  switch (t[0]) {
    case 'vector':
      return `vector<${resolved(m, t[1])}>`;
    case 'ref':
      return `&${resolved(m, t[1])}`;
    case 'mut':
      return `&mut ${resolved(m, t[1])}`;
    case 'param':
      return `#${t[1]}`;
    case 'datatype': {
      const h = m.datatypeHandles[t[1]];
      const id = h ? m.moduleHandles[h.module] : undefined;
      const name = h && id ? `${moduleKeyOf(id)}::${h.name}` : `?${t[1]}`;
      return `${name}<${t[2].map((a) => resolved(m, a)).join(',')}>`;
    }
  }
}
