// The runtime's public API. In: verified modules, a native registry, calls from a host. Out:
// returned values or execution errors, never exceptions.
//
//   const vm = new Runtime({ natives: stdlibNatives(), limits: { maxCallDepth: 256 } });
//   const loaded = vm.load(modules);           // { status: 'ok', modules } | { status: 'error', error }
//   const r = vm.call({ address, name }, 'f', [T.u64], [V.u64(1)], new BudgetGasMeter(10_000));
//   if (r.status === 'ok') r.returns; else r.error;   // { code, name, message, location?, abortCode? }
//
// Values: see values.ts (builders `V`, `bytesOf`, `toJs`). Types: see types.ts (`T`).
// Natives: see natives.ts (`NativeRegistry`); stdlib/natives/index.ts registers the standard ones.
// A stray JS exception anywhere inside becomes INTERPRETER_INVARIANT_VIOLATION.

import type { CompiledModule, ModuleId } from '../bytecode/module.js';
import { showModuleId } from '../bytecode/module.js';
import type { GasMeter } from '../gas/meter.js';
import type { StatusInfo } from '../status.js';
import { INVARIANT_STATUSES } from '../status.js';
import type { ExecutionError } from './errors.js';
import { executionError } from './errors.js';
import type { CallResult } from './interpreter.js';
import { run } from './interpreter.js';
import type { LoadedFunction, LoadedModule } from './loader.js';
import { GAS_COSTS, INSTRUCTION_COUNT, LoadError, Loader, TypeDepthError } from './loader.js';
import type { DatatypeLayout, Limits, NativeRegistry } from './natives.js';
import { DEFAULT_LIMITS } from './natives.js';
import { EXECUTION_STATUSES as S } from './status.js';
import type { RuntimeType } from './types.js';
import { internTypes, showType } from './types.js';
import type { Value } from './values.js';
import { Ref } from './values.js';

export type { CallResult } from './interpreter.js';
export type { ExecutionError, ExecutionLocation } from './errors.js';
export type { DatatypeLayout, Limits, NativeContext, NativeFunction, NativeResult } from './natives.js';
export { DEFAULT_LIMITS, NativeFailure, NativeRegistry, chargeNative, nativeName } from './natives.js';
export type { RuntimeType } from './types.js';
export { T, showType, typeName, internTypes } from './types.js';
export type { Value } from './values.js';
export { Ref, V, bytesOf, deref, toJs, u64, u64Big } from './values.js';
export { EXECUTION_STATUSES } from './status.js';

export interface RuntimeOptions {
  natives: NativeRegistry;
  limits?: Partial<Limits>;
  /** Price every instruction at one gas unit, so gas used counts instructions (benchmarks). */
  countInstructions?: boolean;
}

export interface CallOptions {
  /** Per-call state for natives of other layers (object runtime, test scenario). */
  extensions?: Map<string, unknown>;
  /** Where std::debug::print writes; nothing is printed without it. */
  print?: (line: string) => void;
}

export type LoadResult = { status: 'ok'; modules: ModuleId[] } | { status: 'error'; error: ExecutionError };

export class Runtime {
  readonly limits: Readonly<Limits>;
  private readonly loader: Loader;

  constructor(options: RuntimeOptions) {
    this.limits = Object.freeze({ ...DEFAULT_LIMITS, ...options.limits });
    this.loader = new Loader(options.natives, this.limits, options.countInstructions ? INSTRUCTION_COUNT : GAS_COSTS);
  }

  /** Loads verified modules; all of the batch or none. */
  load(modules: readonly CompiledModule[]): LoadResult {
    try {
      return { status: 'ok', modules: this.loader.load(modules).map((m) => m.id) };
    } catch (e) {
      if (e instanceof LoadError) return { status: 'error', error: executionError(e.status, e.message) };
      if (e instanceof TypeDepthError) return { status: 'error', error: executionError(S.TYPE_TOO_DEEP, e.message) };
      return { status: 'error', error: executionError(INVARIANT_STATUSES.INTERPRETER_INVARIANT_VIOLATION, `loader failed: ${e instanceof Error ? e.message : String(e)}`) };
    }
  }

  hasModule(id: ModuleId): boolean {
    return this.loader.module(id) !== undefined;
  }

  /** The loaded module, for tools (disassembly of what runs, stack traces). */
  module(id: ModuleId): LoadedModule | undefined {
    return this.loader.module(id);
  }

  /** Layout of a struct or enum type of a loaded module. */
  layout(type: RuntimeType): DatatypeLayout | undefined {
    return this.loader.layout(type);
  }

  abilities(type: RuntimeType): number {
    return this.loader.abilities(type);
  }

  /**
   * Calls `module::fn<typeArgs>(args)`. Any function can be called (visibility is the
   * transaction layer's concern); arguments for reference parameters are Refs (`V.ref`).
   */
  call(module: ModuleId, fn: string, typeArgs: readonly RuntimeType[], args: readonly Value[], meter: GasMeter, options: CallOptions = {}): CallResult {
    try {
      const m = this.loader.module(module);
      const f = m?.functions.get(fn);
      if (f === undefined) return err(S.FUNCTION_NOT_FOUND, `${showModuleId(module)}::${fn} is not loaded`);
      const bad = this.checkCall(f, typeArgs, args);
      if (bad !== undefined) return { status: 'error', error: bad };
      return run(
        { loader: this.loader, limits: this.limits, meter, extensions: options.extensions ?? new Map(), print: options.print ?? (() => {}) },
        f,
        internTypes(typeArgs),
        args.slice(),
      );
    } catch (e) {
      return err(INVARIANT_STATUSES.INTERPRETER_INVARIANT_VIOLATION, `runtime failed: ${e instanceof Error ? e.message : String(e)}`);
    }
  }

  private checkCall(f: LoadedFunction, typeArgs: readonly RuntimeType[], args: readonly Value[]): ExecutionError | undefined {
    if (typeArgs.length !== f.typeParamCount) return executionError(S.BAD_CALL_ARGUMENTS, `${f.qualified} takes ${f.typeParamCount} type arguments, got ${typeArgs.length}`);
    if (args.length !== f.paramCount) return executionError(S.BAD_CALL_ARGUMENTS, `${f.qualified} takes ${f.paramCount} arguments, got ${args.length}`);
    for (let i = 0; i < typeArgs.length; i++) {
      const t = typeArgs[i]!;
      if (t.depth > this.limits.maxTypeDepth) return executionError(S.TYPE_TOO_DEEP, `type argument ${i} nests deeper than ${this.limits.maxTypeDepth}`);
      if (t.kind === 'datatype' && this.loader.datatype(t) === undefined) return executionError(S.BAD_CALL_ARGUMENTS, `type argument ${showType(t)} is not a loaded datatype`);
      const need = f.handle.typeParams[i]!;
      if ((this.loader.abilities(t) & need) !== need) return executionError(S.CONSTRAINT_NOT_SATISFIED, `type argument ${showType(t)} lacks abilities required by ${f.qualified}`);
    }
    for (let i = 0; i < args.length; i++) {
      const p = f.handle.params[i]!;
      const isRef = typeof p !== 'string' && (p[0] === 'ref' || p[0] === 'mut');
      if (isRef !== args[i] instanceof Ref) return executionError(S.BAD_CALL_ARGUMENTS, `argument ${i} of ${f.qualified} must ${isRef ? '' : 'not '}be a reference`);
      try {
        const t = this.loader.instantiate(isRef ? (p[1] as typeof p) : p, f.module, internTypes(typeArgs));
        const v = args[i] instanceof Ref ? (args[i] as Ref).c[(args[i] as Ref).i]! : args[i]!;
        const problem = this.shapeProblem(t, v, 0);
        if (problem !== undefined) return executionError(S.BAD_CALL_ARGUMENTS, `argument ${i} of ${f.qualified}: ${problem}`);
      } catch (e) {
        if (e instanceof TypeDepthError) return executionError(S.TYPE_TOO_DEEP, e.message);
        throw e;
      }
    }
    return undefined;
  }

  /** Why `v` is not a value of type `t` (undefined when it is). */
  private shapeProblem(t: RuntimeType, v: Value, depth: number): string | undefined {
    const want = `expected ${showType(t)}`;
    switch (t.kind) {
      case 'bool':
        return typeof v === 'boolean' ? undefined : want;
      case 'u8':
      case 'u16':
      case 'u32': {
        const max = t.kind === 'u8' ? 0xff : t.kind === 'u16' ? 0xffff : 0xffffffff;
        return typeof v === 'number' && Number.isInteger(v) && v >= 0 && v <= max ? undefined : want;
      }
      case 'u64':
        return (typeof v === 'number' && Number.isSafeInteger(v) && v >= 0) || (typeof v === 'bigint' && v > BigInt(Number.MAX_SAFE_INTEGER) && v < 1n << 64n) ? undefined : `${want} (a safe integer number, or a bigint above 2^53)`;
      case 'u128':
      case 'u256':
        return typeof v === 'bigint' && v >= 0n && v < 1n << (t.kind === 'u128' ? 128n : 256n) ? undefined : `${want} (a bigint)`;
      case 'address':
        return typeof v === 'string' && /^0x[0-9a-f]{64}$/.test(v) ? undefined : `${want} (0x + 64 lowercase hex digits)`;
      case 'vector': {
        if (!Array.isArray(v)) return want;
        if (v.length > this.limits.maxVectorLength) return `vector longer than ${this.limits.maxVectorLength}`;
        for (const e of v) {
          const p = this.shapeProblem(t.elem, e, depth + 1);
          if (p !== undefined) return p;
        }
        return undefined;
      }
      case 'datatype': {
        const layout = this.loader.layout(t);
        if (layout === undefined || !Array.isArray(v)) return want;
        let fields = layout.kind === 'struct' ? layout.fields : undefined;
        let offset = 0;
        if (layout.kind === 'enum') {
          const variant = typeof v[0] === 'number' ? layout.variants[v[0]] : undefined;
          if (variant === undefined) return `${want} (no such variant)`;
          fields = variant.fields;
          offset = 1;
        }
        if (v.length !== fields!.length + offset) return `${want} (wrong number of fields)`;
        for (let i = 0; i < fields!.length; i++) {
          const p = this.shapeProblem(fields![i]!.type, v[i + offset]!, depth + 1);
          if (p !== undefined) return p;
        }
        return undefined;
      }
    }
  }
}

function err(status: StatusInfo, message: string): CallResult {
  return { status: 'error', error: executionError(status, message) };
}
