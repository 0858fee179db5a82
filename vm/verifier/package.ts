// Ordering the modules of one package for verification. In: the package's modules (in any
// order) and the already-published modules they depend on. Out: the modules, dependencies
// first, or the reason they cannot be ordered.
//
// Spec: every module has a readable self handle; module ids are unique in the package and do
// not redefine a dependency; the package's modules depend on each other without cycles (a
// module handle naming another package module is a dependency edge).

import type { CompiledModule } from '../bytecode/module.js';
import { moduleKeyOf } from './module-key.js';
import type { VerifyResult } from './result.js';
import { VERIFICATION_STATUSES as V, type VerificationStatus } from './status.js';

const refuse = (status: VerificationStatus, message: string, module?: string): VerifyResult => ({
  ok: false,
  error: module === undefined ? { code: status.code, name: status.name, message } : { code: status.code, name: status.name, message, module },
});

const readableId = (h: unknown): h is { address: string; name: string } =>
  typeof h === 'object' && h !== null && typeof (h as { address?: unknown }).address === 'string' && typeof (h as { name?: unknown }).name === 'string';

export function orderPackage(modules: readonly CompiledModule[], deps: ReadonlyMap<string, CompiledModule>): readonly CompiledModule[] | VerifyResult {
  const byKey = new Map<string, CompiledModule>();
  for (const m of modules) {
    const self: unknown = Array.isArray(m?.moduleHandles) ? m.moduleHandles[0] : undefined;
    if (!readableId(self)) return refuse(V.NO_SELF_MODULE_HANDLE, 'a module of the package has no readable self handle');
    const key = moduleKeyOf(self);
    if (byKey.has(key) || deps.has(key)) return refuse(V.DUPLICATE_MODULE_IN_PACKAGE, `${key} is defined twice`, key);
    byKey.set(key, m);
  }

  // Depth-first topological order; meeting a module still on the path closes a cycle.
  const order: CompiledModule[] = [];
  const state = new Map<string, 'visiting' | 'done'>();
  const visit = (key: string, path: readonly string[]): string[] | undefined => {
    const s = state.get(key);
    if (s === 'done') return undefined;
    if (s === 'visiting') return [...path.slice(path.indexOf(key)), key];
    state.set(key, 'visiting');
    const m = byKey.get(key)!;
    for (const h of (m.moduleHandles as unknown[]).slice(1)) {
      if (!readableId(h)) continue; // the bounds check reports it
      const dep = moduleKeyOf(h);
      if (!byKey.has(dep)) continue;
      const cycle = visit(dep, [...path, key]);
      if (cycle) return cycle;
    }
    state.set(key, 'done');
    order.push(m);
    return undefined;
  };
  for (const key of byKey.keys()) {
    const cycle = visit(key, []);
    if (cycle) return refuse(V.CYCLIC_DEPENDENCY, `modules depend on each other in a cycle: ${cycle.join(' -> ')}`, cycle[0]);
  }
  return order;
}
