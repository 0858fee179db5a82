// Test helper: builds CompiledModules by hand with little ceremony. In: names, signatures and
// instruction lists. Out: plain CompiledModule objects (the format contract), plus a runtime
// with the standard natives and small assertion helpers for call results.

import type { CompiledModule, ConstValue, FieldDef, FunctionAttribute, ModuleId, SigType, TypeParam, VariantDef, Visibility } from '../../../vm/bytecode/module.js';
import { Ability } from '../../../vm/bytecode/module.js';
import type { Instr } from '../../../vm/bytecode/opcodes.js';
import { UnmeteredGasMeter } from '../../../vm/gas/meter.js';
import type { GasMeter } from '../../../vm/gas/meter.js';
import type { CallResult, ExecutionError, Limits, RuntimeType, Value } from '../../../vm/runtime/index.js';
import { Runtime } from '../../../vm/runtime/index.js';
import { registerStdlibNatives } from '../../../stdlib/natives/index.js';

export const addr = (short: string): string => '0x' + short.replace(/^0x/, '').padStart(64, '0');
export const mid = (address: string, name: string): ModuleId => ({ address: addr(address), name });

export interface FnSig {
  params?: SigType[];
  returns?: SigType[];
  typeParams?: number[];
  locals?: SigType[];
  visibility?: Visibility;
  entry?: boolean;
  attributes?: FunctionAttribute[];
}

export const abilities = (...names: Array<keyof typeof Ability>): number => names.reduce((a, n) => a | Ability[n], 0);

export class ModuleBuilder {
  readonly m: CompiledModule;
  constructor(address: string, name: string) {
    this.m = {
      version: 1,
      moduleHandles: [mid(address, name)],
      datatypeHandles: [],
      functionHandles: [],
      friends: [],
      structs: [],
      enums: [],
      functions: [],
      constants: [],
      identifiers: [],
      metadata: { sourceFile: `${name}.move`, sharing: { types: [], functions: [] } },
    };
  }

  private moduleIndex(id: ModuleId): number {
    const i = this.m.moduleHandles.findIndex((h) => h.address === id.address && h.name === id.name);
    if (i >= 0) return i;
    this.m.moduleHandles.push(id);
    return this.m.moduleHandles.length - 1;
  }

  /** Declares a struct of this module; returns its datatype handle index. */
  struct(name: string, fields: Array<[string, SigType]>, opts: { abilities?: number; typeParams?: TypeParam[]; positional?: boolean } = {}): number {
    const handle = this.m.datatypeHandles.push({ module: 0, name, abilities: opts.abilities ?? abilities('copy', 'drop', 'store'), typeParams: opts.typeParams ?? [] }) - 1;
    const defs: FieldDef[] = fields.map(([n, type]) => ({ name: n, type }));
    this.m.structs.push({ handle, fields: defs, positional: opts.positional ?? false });
    return handle;
  }

  /** Declares an enum; variants as [name, fields]. */
  enum(name: string, variants: Array<[string, Array<[string, SigType]>]>, opts: { abilities?: number; typeParams?: TypeParam[] } = {}): number {
    const handle = this.m.datatypeHandles.push({ module: 0, name, abilities: opts.abilities ?? abilities('copy', 'drop', 'store'), typeParams: opts.typeParams ?? [] }) - 1;
    const vs: VariantDef[] = variants.map(([n, fs]) => ({ name: n, fields: fs.map(([f, type]) => ({ name: f, type })), positional: false }));
    this.m.enums.push({ handle, variants: vs });
    return handle;
  }

  /** A handle to another module's datatype. */
  importType(module: ModuleId, name: string, opts: { abilities?: number; typeParams?: TypeParam[] } = {}): number {
    return this.m.datatypeHandles.push({ module: this.moduleIndex(module), name, abilities: opts.abilities ?? abilities('copy', 'drop', 'store'), typeParams: opts.typeParams ?? [] }) - 1;
  }

  /** A handle to another module's function. */
  importFn(module: ModuleId, name: string, sig: FnSig = {}): number {
    return this.m.functionHandles.push({ module: this.moduleIndex(module), name, typeParams: sig.typeParams ?? [], params: sig.params ?? [], returns: sig.returns ?? [] }) - 1;
  }

  /** Declares a function of this module (so code can call it before it is defined). */
  declare(name: string, sig: FnSig = {}): number {
    return this.m.functionHandles.push({ module: 0, name, typeParams: sig.typeParams ?? [], params: sig.params ?? [], returns: sig.returns ?? [] }) - 1;
  }

  /** Defines a declared function. Lines default to "instruction i is on line 100 + i". */
  define(handle: number, sig: FnSig, code: Instr[], lines?: number[]): number {
    this.m.functions.push({
      handle,
      visibility: sig.visibility ?? 'public',
      entry: sig.entry ?? false,
      native: false,
      locals: sig.locals ?? [],
      code,
      lines: lines ?? code.flatMap((_, i) => [100 + i, 5, 100 + i, 20]),
      attributes: sig.attributes ?? [],
    });
    return handle;
  }

  fn(name: string, sig: FnSig, code: Instr[], lines?: number[]): number {
    return this.define(this.declare(name, sig), sig, code, lines);
  }

  native(name: string, sig: FnSig = {}): number {
    const handle = this.declare(name, sig);
    this.m.functions.push({ handle, visibility: sig.visibility ?? 'public', entry: false, native: true, locals: [], code: [], lines: [], attributes: [] });
    return handle;
  }

  constant(name: string, type: SigType, value: ConstValue): number {
    return this.m.constants.push({ name, type, value }) - 1;
  }

  build(): CompiledModule {
    return this.m;
  }
}

export function newRuntime(limits?: Partial<Limits>): Runtime {
  return new Runtime({ natives: registerStdlibNatives(), limits });
}

/** Loads modules into a fresh runtime, failing the test on a load error. */
export function loaded(modules: CompiledModule[], limits?: Partial<Limits>): Runtime {
  const vm = newRuntime(limits);
  const r = vm.load(modules);
  if (r.status !== 'ok') throw new Error(`load failed: ${r.error.name}: ${r.error.message}`);
  return vm;
}

export function call(vm: Runtime, module: ModuleId, fn: string, args: Value[] = [], typeArgs: RuntimeType[] = [], meter: GasMeter = new UnmeteredGasMeter()): CallResult {
  return vm.call(module, fn, typeArgs, args, meter);
}

export function ok(r: CallResult): Value[] {
  if (r.status !== 'ok') throw new Error(`expected success, got ${r.error.name}: ${r.error.message}`);
  return r.returns;
}

export function failed(r: CallResult): ExecutionError {
  if (r.status !== 'error') throw new Error(`expected an error, got ${JSON.stringify(r.returns, (_k, v: unknown) => (typeof v === 'bigint' ? `${v}n` : v))}`);
  return r.error;
}
