// What every check reads: the module under verification, its dependencies, options, and the
// facts earlier checks established (definitions by handle, each function's control-flow graph).
// In: a CompiledModule the bounds check has accepted. Out: lookups that never go out of range.

import type { CompiledModule, EnumDef, FunctionDef, FunctionHandle, ModuleId, SigType, StructDef, VariantDef } from '../bytecode/module.js';
import type { Cfg } from './cfg.js';
import type { Location } from './failure.js';
import { moduleKeyOf } from './module-key.js';

export interface VerifyOptions {
  /**
   * Verifying for `deed test`: functions marked `#[test]`, `#[test_only]` or `#[random_test]`
   * may call `init` and pack the one-time witness, as Sui allows test code. Never set when
   * publishing: attributes are not trusted there.
   */
  testMode?: boolean;
}

export class ModuleContext {
  /** Definitions of this module by datatype handle index (filled by the bounds check). */
  readonly structOf = new Map<number, StructDef>();
  readonly enumOf = new Map<number, EnumDef>();
  /** Control-flow graphs by function definition index (filled by the control-flow check). */
  readonly cfgs: Array<Cfg | undefined> = [];

  constructor(
    readonly module: CompiledModule,
    readonly deps: ReadonlyMap<string, CompiledModule> | undefined,
    readonly options: VerifyOptions,
  ) {}

  /** The module's own id: moduleHandles[0] (read only after the bounds check). */
  get self(): ModuleId {
    return this.module.moduleHandles[0]!;
  }

  get selfKey(): string {
    return moduleKeyOf(this.self);
  }

  /** Called once the bounds check has validated every definition's handle. */
  indexDefinitions(): void {
    for (const s of this.module.structs) this.structOf.set(s.handle, s);
    for (const e of this.module.enums) this.enumOf.set(e.handle, e);
  }

  moduleOfDatatype(h: number): ModuleId {
    return this.module.moduleHandles[this.module.datatypeHandles[h]!.module]!;
  }

  moduleOfFunction(h: number): ModuleId {
    return this.module.moduleHandles[this.module.functionHandles[h]!.module]!;
  }

  isLocalDatatype(h: number): boolean {
    return this.module.datatypeHandles[h]?.module === 0;
  }

  struct(h: number): StructDef {
    const s = this.structOf.get(h);
    if (!s) throw new Error(`verifier: no struct definition for handle ${h}`);
    return s;
  }

  variant(h: number, v: number): VariantDef {
    const e = this.enumOf.get(h);
    const variant = e?.variants[v];
    if (!variant) throw new Error(`verifier: no variant ${v} for handle ${h}`);
    return variant;
  }

  functions(): FunctionView[] {
    return this.module.functions.map((def, index) => new FunctionView(this, def, index));
  }
}

/** One function definition with its handle resolved and its locals laid out. */
export class FunctionView {
  readonly handle: FunctionHandle;
  readonly name: string;
  /** Parameters first, then the declared locals. */
  readonly localTypes: readonly SigType[];
  readonly paramCount: number;
  /** Constraint bits of each type parameter: the abilities a `['param', i]` has in the body. */
  readonly typeParams: readonly number[];

  constructor(
    readonly cx: ModuleContext,
    readonly def: FunctionDef,
    readonly index: number,
  ) {
    this.handle = cx.module.functionHandles[def.handle]!;
    this.name = this.handle.name;
    this.localTypes = [...this.handle.params, ...def.locals];
    this.paramCount = this.handle.params.length;
    this.typeParams = this.handle.typeParams;
  }

  at(offset?: number): Location {
    return offset === undefined ? { function: this.name } : { function: this.name, offset };
  }

  get cfg(): Cfg {
    const cfg = this.cx.cfgs[this.index];
    if (!cfg) throw new Error(`verifier: no control-flow graph for ${this.name}`);
    return cfg;
  }
}
