// Packages in the runtime. In: package objects read from a state view (or modules a Publish
// command just verified). Out: one Runtime holding every package loaded so far, each loaded once
// with the packages its modules name, and the decoded modules by package (the verifier needs them
// as dependencies).
//
// Packages are immutable and their IDs are never reused, so a package loaded once is valid for
// every later transaction: the cache is keyed by ID and shared by the transactions that use the
// same cache (one per chain, or one per worker thread). Whether a package EXISTS is still asked
// of each transaction's state view: a package loaded by a Publish that then failed stays in the
// runtime but is not found by later transactions.

import type { CompiledModule, ModuleId } from '../bytecode/module.js';
import { decodeModule } from '../bytecode/codec.js';
import type { ObjectId, ObjectRecord } from '../objects/object.js';
import { Runtime } from '../runtime/index.js';
import type { Limits, NativeRegistry } from '../runtime/natives.js';
import { moduleKeyOf } from '../verifier/module-key.js';
import { registerStdlibNatives } from '../../stdlib/natives/index.js';

export type PackageLoad = { ok: true; modules: readonly CompiledModule[] } | { ok: false; message: string };

export interface PackageCacheOptions {
  natives?: NativeRegistry;
  limits?: Partial<Limits>;
}

export class PackageCache {
  readonly runtime: Runtime;
  private readonly packages = new Map<ObjectId, readonly CompiledModule[]>();

  constructor(options: PackageCacheOptions = {}) {
    this.runtime = new Runtime({ natives: options.natives ?? registerStdlibNatives(), limits: { maxCallDepth: 1024, ...options.limits } });
  }

  /** The modules of a loaded package. */
  modules(id: ObjectId): readonly CompiledModule[] | undefined {
    return this.packages.get(id);
  }

  isLoaded(id: ObjectId): boolean {
    return this.packages.has(id);
  }

  /** Loads package `id` and, first, every package its modules refer to, reading them with `read`. */
  load(id: ObjectId, read: (id: ObjectId) => ObjectRecord | undefined, visiting = new Set<ObjectId>()): PackageLoad {
    const cached = this.packages.get(id);
    if (cached !== undefined) return { ok: true, modules: cached };
    if (visiting.has(id)) return { ok: false, message: `package ${id} depends on itself` };
    visiting.add(id);
    const record = read(id);
    if (record === undefined) return { ok: false, message: `package ${id} does not exist` };
    if (record.data.kind !== 'package') return { ok: false, message: `object ${id} is not a package` };
    const modules: CompiledModule[] = [];
    for (const [name, bytes] of record.data.modules) {
      const d = decodeModule(bytes);
      if (!d.ok) return { ok: false, message: `module ${name} of package ${id} does not decode: ${d.status.message}` };
      modules.push(d.module);
    }
    for (const dep of referencedPackages(modules, id)) {
      const r = this.load(dep, read, visiting);
      if (!r.ok) return r;
    }
    return this.add(id, modules);
  }

  /** Loads modules that are not stored yet (a Publish) under `id`, once. */
  add(id: ObjectId, modules: readonly CompiledModule[]): PackageLoad {
    const cached = this.packages.get(id);
    if (cached !== undefined) return { ok: true, modules: cached };
    const loaded = this.runtime.load(modules);
    if (loaded.status !== 'ok') return { ok: false, message: `package ${id} does not load: ${loaded.error.message}` };
    this.packages.set(id, modules);
    return { ok: true, modules };
  }

  /** Every module of the given loaded packages and of the packages they use, by moduleKeyOf. */
  closure(ids: Iterable<ObjectId>): Map<string, CompiledModule> {
    const out = new Map<string, CompiledModule>();
    const seen = new Set<ObjectId>();
    const visit = (id: ObjectId): void => {
      if (seen.has(id)) return;
      seen.add(id);
      const modules = this.packages.get(id);
      if (modules === undefined) return;
      for (const m of modules) out.set(moduleKeyOf(m.moduleHandles[0]!), m);
      for (const dep of referencedPackages(modules, id)) visit(dep);
    };
    for (const id of ids) visit(id);
    return out;
  }

  /** Package IDs of the closure (the packages and everything they use). */
  closureIds(ids: Iterable<ObjectId>): Set<ObjectId> {
    const out = new Set<ObjectId>();
    const visit = (id: ObjectId): void => {
      if (out.has(id)) return;
      out.add(id);
      const modules = this.packages.get(id);
      if (modules !== undefined) for (const dep of referencedPackages(modules, id)) visit(dep);
    };
    for (const id of ids) visit(id);
    return out;
  }
}

/** Addresses of the other packages that a package's modules name in their module handles. */
export function referencedPackages(modules: readonly CompiledModule[], self: ObjectId): Set<ObjectId> {
  const out = new Set<ObjectId>();
  for (const m of modules) for (const h of m.moduleHandles) if (h.address !== self) out.add(h.address);
  return out;
}

export function moduleIdOf(m: CompiledModule): ModuleId {
  return m.moduleHandles[0]!;
}
