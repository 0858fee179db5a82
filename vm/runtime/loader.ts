// The loader. In: verified CompiledModules (a batch may depend on itself and on modules loaded
// before). Out: LoadedModules whose handles point straight at the datatypes and functions they
// name, and whose functions are pre-decoded (code.ts) for the interpreter; plus the services
// the interpreter and natives need at run time: instantiating signature types with type
// arguments (cached per call site), datatype layouts and abilities of runtime types.
//
// Linking compares each handle with the definition it names (abilities, type parameters,
// parameter and return types, visibility) and fails with LINKER_ERROR; a batch loads entirely
// or not at all.

import type { CompiledModule, ConstValue, DatatypeHandle, EnumDef, FunctionDef, FunctionHandle, ModuleId, SigType, StructDef } from '../bytecode/module.js';
import { Ability, showModuleId } from '../bytecode/module.js';
import { Op } from '../bytecode/opcodes.js';
import { GAS_CLASSES, opcodeBaseCosts, opcodePerUnit } from '../gas/schedule.js';
import type { StatusInfo } from '../status.js';
import { INVARIANT_STATUSES } from '../status.js';
import type { DecodedCode } from './code.js';
import { X } from './code.js';
import { BITS, InferError, inferOperandTypes } from './infer.js';
import type { DatatypeLayout, Limits, NativeFunction, NativeRegistry } from './natives.js';
import { EXECUTION_STATUSES } from './status.js';
import type { DatatypeRuntimeType, RuntimeType } from './types.js';
import { addressDigits, EMPTY_TYPES, internTypes, T } from './types.js';
import type { Value } from './values.js';
import { addressValue, u64 } from './values.js';

export interface LoadedModule {
  readonly id: ModuleId;
  readonly key: string;
  readonly compiled: CompiledModule;
  readonly datatypes: Map<string, LoadedDatatype>;
  readonly functions: Map<string, LoadedFunction>;
  /** Per datatype handle index: the datatype it names. */
  readonly handleDatatypes: LoadedDatatype[];
  /** Per function handle index: the function it names. */
  readonly handleFunctions: LoadedFunction[];
  /** Constants as run-time values (containers are copied on load by LdConst). */
  readonly constants: Value[];
}

export interface LoadedDatatype {
  readonly module: LoadedModule;
  readonly name: string;
  readonly handle: DatatypeHandle;
  readonly struct: StructDef | undefined;
  readonly enumDef: EnumDef | undefined;
}

export interface LoadedFunction {
  readonly module: LoadedModule;
  readonly name: string;
  readonly def: FunctionDef;
  readonly handle: FunctionHandle;
  /** `0x2::coin::split`: for messages, stack traces, and the native registry key (natives.ts nativeName). */
  readonly qualified: string;
  readonly paramCount: number;
  readonly localCount: number;
  readonly returnCount: number;
  readonly typeParamCount: number;
  native: NativeFunction | undefined;
  code: DecodedCode | undefined;
}

/** A Call instruction's resolved target and type arguments. */
export class CallSite {
  /** Type arguments per caller instantiation, keyed by the caller's interned type list. */
  readonly cache = new Map<readonly RuntimeType[], readonly RuntimeType[]>();
  constructor(
    readonly target: LoadedFunction,
    readonly module: LoadedModule,
    readonly types: readonly SigType[],
    /** The type arguments when they do not depend on the caller's type parameters. */
    readonly fixed: readonly RuntimeType[] | undefined,
  ) {}
}

export class LoadError extends Error {
  constructor(
    readonly status: StatusInfo,
    message: string,
  ) {
    super(message);
  }
}

export class TypeDepthError extends Error {}

export function moduleKey(id: ModuleId): string {
  return `${addressDigits(id.address)}::${id.name}`;
}

/**
 * What the loader prices instructions with. The gas schedule normally; `INSTRUCTION_COUNT`
 * makes the gas a run uses equal the number of instructions it executed (for benchmarks).
 */
export interface CostModel {
  base: ArrayLike<number>;
  perUnit: (op: number) => number;
  /** Per cell of a container copied, read or compared (the interpreter's per-size charges). */
  copyPerCell: number;
  readPerCell: number;
  eqPerCell: number;
}

export const GAS_COSTS: CostModel = {
  base: opcodeBaseCosts(),
  perUnit: opcodePerUnit,
  copyPerCell: GAS_CLASSES.copy.perByte ?? 0,
  readPerCell: GAS_CLASSES.read.perByte ?? 0,
  eqPerCell: GAS_CLASSES.equality.perByte ?? 0,
};

export const INSTRUCTION_COUNT: CostModel = {
  base: new Array<number>(256).fill(1),
  perUnit: () => 0,
  copyPerCell: 0,
  readPerCell: 0,
  eqPerCell: 0,
};
const COPY_ABILITIES = Ability.copy | Ability.drop | Ability.store;

function hasParams(t: SigType): boolean {
  if (typeof t === 'string') return false;
  switch (t[0]) {
    case 'param':
      return true;
    case 'datatype':
      return t[2].some(hasParams);
    default:
      return hasParams(t[1]);
  }
}

export class Loader {
  private readonly modules = new Map<string, LoadedModule>();
  private readonly layouts = new Map<number, DatatypeLayout>();
  private readonly abilityCache = new Map<number, number>();

  constructor(
    private readonly natives: NativeRegistry,
    private readonly limits: Readonly<Limits>,
    /** The cost model code is priced with: the gas schedule, or one unit per instruction. */
    private readonly costs: CostModel = GAS_COSTS,
  ) {}

  get costModel(): CostModel {
    return this.costs;
  }

  module(id: ModuleId): LoadedModule | undefined {
    return this.modules.get(moduleKey(id));
  }

  loadedModules(): LoadedModule[] {
    return [...this.modules.values()];
  }

  /** Loads a batch atomically; throws LoadError (the runtime turns it into a status). */
  load(batch: readonly CompiledModule[]): LoadedModule[] {
    const fresh = new Map<string, LoadedModule>();
    for (const compiled of batch) {
      const id = compiled.moduleHandles[0];
      if (id === undefined) throw new LoadError(EXECUTION_STATUSES.LINKER_ERROR, 'a module has no self handle');
      const key = moduleKey(id);
      if (this.modules.has(key) || fresh.has(key)) throw new LoadError(EXECUTION_STATUSES.DUPLICATE_MODULE, `module ${showModuleId(id)} is already loaded`);
      fresh.set(key, this.shell(compiled, id, key));
    }
    const find = (id: ModuleId): LoadedModule | undefined => fresh.get(moduleKey(id)) ?? this.modules.get(moduleKey(id));
    for (const m of fresh.values()) this.linkDatatypes(m, find);
    for (const m of fresh.values()) this.linkFunctions(m, find);
    for (const m of fresh.values()) {
      m.compiled.constants.forEach((c, i) => {
        m.constants[i] = constValue(c.type, c.value, `constant ${c.name} of ${showModuleId(m.id)}`);
      });
    }
    for (const m of fresh.values()) {
      for (const f of m.functions.values()) {
        if (f.def.native) f.native = this.natives.get(f.qualified);
        else f.code = this.decode(f);
      }
    }
    for (const [key, m] of fresh) this.modules.set(key, m);
    return [...fresh.values()];
  }

  private shell(compiled: CompiledModule, id: ModuleId, key: string): LoadedModule {
    const m: LoadedModule = { id, key, compiled, datatypes: new Map(), functions: new Map(), handleDatatypes: [], handleFunctions: [], constants: [] };
    const addDatatype = (handleIndex: number, struct: StructDef | undefined, enumDef: EnumDef | undefined): void => {
      const handle = compiled.datatypeHandles[handleIndex];
      if (handle === undefined || handle.module !== 0) throw new LoadError(EXECUTION_STATUSES.LINKER_ERROR, `${showModuleId(id)}: a definition points at a bad datatype handle ${handleIndex}`);
      m.datatypes.set(handle.name, { module: m, name: handle.name, handle, struct, enumDef });
    };
    for (const s of compiled.structs) addDatatype(s.handle, s, undefined);
    for (const e of compiled.enums) addDatatype(e.handle, undefined, e);
    const qualifier = showModuleId(id);
    for (const def of compiled.functions) {
      const handle = compiled.functionHandles[def.handle];
      if (handle === undefined || handle.module !== 0) throw new LoadError(EXECUTION_STATUSES.LINKER_ERROR, `${qualifier}: a function definition points at a bad handle ${def.handle}`);
      m.functions.set(handle.name, {
        module: m,
        name: handle.name,
        def,
        handle,
        qualified: `${qualifier}::${handle.name}`,
        paramCount: handle.params.length,
        localCount: handle.params.length + def.locals.length,
        returnCount: handle.returns.length,
        typeParamCount: handle.typeParams.length,
        native: undefined,
        code: undefined,
      });
    }
    return m;
  }

  private target(m: LoadedModule, moduleIndex: number, find: (id: ModuleId) => LoadedModule | undefined, what: string): LoadedModule {
    const id = m.compiled.moduleHandles[moduleIndex];
    if (id === undefined) throw new LoadError(EXECUTION_STATUSES.LINKER_ERROR, `${showModuleId(m.id)}: ${what} names module handle ${moduleIndex}, which does not exist`);
    const target = moduleIndex === 0 ? m : find(id);
    if (target === undefined) throw new LoadError(EXECUTION_STATUSES.LINKER_ERROR, `${showModuleId(m.id)}: module ${showModuleId(id)} (needed by ${what}) is not loaded`);
    return target;
  }

  private linkDatatypes(m: LoadedModule, find: (id: ModuleId) => LoadedModule | undefined): void {
    m.compiled.datatypeHandles.forEach((h, i) => {
      const owner = this.target(m, h.module, find, `datatype ${h.name}`);
      const dt = owner.datatypes.get(h.name);
      const where = `${showModuleId(m.id)}: datatype handle ${showModuleId(owner.id)}::${h.name}`;
      if (dt === undefined) throw new LoadError(EXECUTION_STATUSES.LINKER_ERROR, `${where} names no datatype`);
      const d = dt.handle;
      const sameParams = d.typeParams.length === h.typeParams.length && d.typeParams.every((p, k) => p.constraints === h.typeParams[k]!.constraints && p.phantom === h.typeParams[k]!.phantom);
      if (d.abilities !== h.abilities || !sameParams) throw new LoadError(EXECUTION_STATUSES.LINKER_ERROR, `${where} does not match the definition's abilities or type parameters`);
      m.handleDatatypes[i] = dt;
    });
  }

  private linkFunctions(m: LoadedModule, find: (id: ModuleId) => LoadedModule | undefined): void {
    m.compiled.functionHandles.forEach((h, i) => {
      const owner = this.target(m, h.module, find, `function ${h.name}`);
      const fn = owner.functions.get(h.name);
      const where = `${showModuleId(m.id)}: function handle ${showModuleId(owner.id)}::${h.name}`;
      if (fn === undefined) throw new LoadError(EXECUTION_STATUSES.LINKER_ERROR, `${where} names no function`);
      const d = fn.handle;
      const sameSig =
        d.typeParams.length === h.typeParams.length &&
        d.typeParams.every((c, k) => c === h.typeParams[k]) &&
        d.params.length === h.params.length &&
        d.returns.length === h.returns.length &&
        d.params.every((p, k) => sigEqual(p, owner, h.params[k]!, m)) &&
        d.returns.every((r, k) => sigEqual(r, owner, h.returns[k]!, m));
      if (!sameSig) throw new LoadError(EXECUTION_STATUSES.LINKER_ERROR, `${where} does not match the definition's signature`);
      if (owner !== m && !visibleFrom(fn, m)) throw new LoadError(EXECUTION_STATUSES.LINKER_ERROR, `${where} is ${fn.def.visibility} and not visible from ${showModuleId(m.id)}`);
      m.handleFunctions[i] = fn;
    });
  }

  /** Pre-decodes a function's code (see code.ts). */
  private decode(f: LoadedFunction): DecodedCode {
    const m = f.module;
    const code = f.def.code;
    const n = code.length;
    let inferred;
    try {
      inferred = inferOperandTypes(m.compiled, f.def);
    } catch (e) {
      if (e instanceof InferError) throw new LoadError(INVARIANT_STATUSES.INTERPRETER_INVARIANT_VIOLATION, `${f.qualified}: ${e.message} (was the module verified?)`);
      throw e;
    }
    const ops = new Uint8Array(n);
    const a = new Uint32Array(n);
    const b = new Uint32Array(n);
    const x: unknown[] = new Array<unknown>(n).fill(undefined);
    const cost = new Uint32Array(n);
    const leader = new Uint8Array(n + 1);
    leader[0] = 1;
    for (let pc = 0; pc < n; pc++) {
      const ins = code[pc]!;
      const op = ins[0];
      cost[pc] = this.costs.base[op] ?? 0;
      const w = inferred.kind[pc]!;
      const arith = (base: number): void => {
        if (w < 0) {
          ops[pc] = X.Trap;
          return;
        }
        if (w < 3) {
          ops[pc] = base;
          a[pc] = BITS[w] === 32 ? 0xffffffff : (1 << BITS[w]!) - 1;
        } else if (w === 3) ops[pc] = base + 1;
        else {
          ops[pc] = base + 2;
          x[pc] = (1n << BigInt(BITS[w]!)) - 1n;
        }
        b[pc] = BITS[w]!;
      };
      switch (op) {
        case Op.Nop:
        case Op.FreezeRef:
          ops[pc] = X.Nop;
          break;
        case Op.Pop:
          ops[pc] = X.Pop;
          break;
        case Op.Ret:
          ops[pc] = X.Ret;
          leader[pc + 1] = 1;
          break;
        case Op.Abort:
          ops[pc] = X.Abort;
          leader[pc + 1] = 1;
          break;
        case Op.BrTrue:
        case Op.BrFalse:
        case Op.Branch:
          ops[pc] = op === Op.BrTrue ? X.BrTrue : op === Op.BrFalse ? X.BrFalse : X.Branch;
          a[pc] = ins[1] as number;
          leader[ins[1] as number] = 1;
          leader[pc + 1] = 1;
          break;
        case Op.LdU8:
        case Op.LdU16:
        case Op.LdU32:
          ops[pc] = X.LdVal;
          x[pc] = Number(ins[1]);
          break;
        case Op.LdU64:
          ops[pc] = X.LdVal;
          x[pc] = u64(BigInt(ins[1] as number | bigint));
          break;
        case Op.LdU128:
        case Op.LdU256:
          ops[pc] = X.LdVal;
          x[pc] = BigInt(ins[1] as number | bigint);
          break;
        case Op.LdTrue:
        case Op.LdFalse:
          ops[pc] = X.LdVal;
          x[pc] = op === Op.LdTrue;
          break;
        case Op.LdConst: {
          const v = m.constants[ins[1] as number];
          if (v === undefined) throw new LoadError(INVARIANT_STATUSES.INTERPRETER_INVARIANT_VIOLATION, `${f.qualified}: constant ${String(ins[1])} out of range`);
          ops[pc] = Array.isArray(v) ? X.LdConstCopy : X.LdVal;
          x[pc] = v;
          break;
        }
        case Op.CopyLoc:
          ops[pc] = X.CopyLoc;
          a[pc] = ins[1] as number;
          break;
        case Op.MoveLoc:
          ops[pc] = X.MoveLoc;
          a[pc] = ins[1] as number;
          break;
        case Op.StLoc:
          ops[pc] = X.StLoc;
          a[pc] = ins[1] as number;
          break;
        case Op.ImmBorrowLoc:
        case Op.MutBorrowLoc:
          ops[pc] = X.BorrowLoc;
          a[pc] = ins[1] as number;
          break;
        case Op.ImmBorrowField:
        case Op.MutBorrowField:
          ops[pc] = X.BorrowField;
          a[pc] = ins[2] as number;
          break;
        case Op.Call: {
          const target = m.handleFunctions[ins[1] as number]!;
          const types = ins[2] as readonly SigType[];
          const fixed = types.some(hasParams) ? undefined : internTypes(types.map((t) => this.instantiate(t, m, EMPTY_TYPES)));
          x[pc] = new CallSite(target, m, types, fixed);
          ops[pc] = target.def.native ? X.CallNative : fixed !== undefined ? X.Call : X.CallGeneric;
          leader[pc + 1] = 1;
          break;
        }
        case Op.Pack:
        case Op.Unpack: {
          const s = m.handleDatatypes[ins[1] as number]?.struct;
          if (s === undefined) throw new LoadError(INVARIANT_STATUSES.INTERPRETER_INVARIANT_VIOLATION, `${f.qualified}: datatype handle ${String(ins[1])} is not a struct`);
          ops[pc] = op === Op.Pack ? X.Pack : X.Unpack;
          a[pc] = s.fields.length;
          cost[pc] += this.costs.perUnit(op) * s.fields.length;
          break;
        }
        case Op.PackVariant:
        case Op.UnpackVariant:
        case Op.UnpackVariantImmRef:
        case Op.UnpackVariantMutRef: {
          const variant = m.handleDatatypes[ins[1] as number]?.enumDef?.variants[ins[2] as number];
          if (variant === undefined) throw new LoadError(INVARIANT_STATUSES.INTERPRETER_INVARIANT_VIOLATION, `${f.qualified}: bad enum variant at ${pc}`);
          ops[pc] = op === Op.PackVariant ? X.PackVariant : op === Op.UnpackVariant ? X.UnpackVariant : X.UnpackVariantRef;
          a[pc] = variant.fields.length;
          b[pc] = ins[2] as number;
          cost[pc] += this.costs.perUnit(op) * variant.fields.length;
          break;
        }
        case Op.VariantSwitch: {
          const targets = ins[2] as readonly number[];
          ops[pc] = X.VariantSwitch;
          x[pc] = Uint32Array.from(targets);
          for (const t of targets) leader[t] = 1;
          leader[pc + 1] = 1;
          break;
        }
        case Op.ReadRef:
          ops[pc] = X.ReadRef;
          break;
        case Op.WriteRef:
          ops[pc] = X.WriteRef;
          break;
        case Op.Add:
          arith(X.AddS);
          break;
        case Op.Sub:
          arith(X.SubS);
          break;
        case Op.Mul:
          arith(X.MulS);
          break;
        case Op.Div:
          arith(X.DivS);
          break;
        case Op.Mod:
          arith(X.ModS);
          break;
        case Op.BitOr:
          arith(X.BitOrS);
          break;
        case Op.BitAnd:
          arith(X.BitAndS);
          break;
        case Op.Xor:
          arith(X.XorS);
          break;
        case Op.Shl:
          arith(X.ShlS);
          break;
        case Op.Shr:
          arith(X.ShrS);
          break;
        case Op.Or:
          ops[pc] = X.Or;
          break;
        case Op.And:
          ops[pc] = X.And;
          break;
        case Op.Not:
          ops[pc] = X.Not;
          break;
        case Op.Eq:
          ops[pc] = w === 1 ? X.EqPrim : X.EqDeep;
          break;
        case Op.Neq:
          ops[pc] = w === 1 ? X.NeqPrim : X.NeqDeep;
          break;
        case Op.Lt:
          ops[pc] = X.Lt;
          break;
        case Op.Gt:
          ops[pc] = X.Gt;
          break;
        case Op.Le:
          ops[pc] = X.Le;
          break;
        case Op.Ge:
          ops[pc] = X.Ge;
          break;
        case Op.CastU8:
        case Op.CastU16:
        case Op.CastU32: {
          ops[pc] = X.CastSmall;
          const bits = BITS[op - Op.CastU8]!;
          a[pc] = bits === 32 ? 0xffffffff : (1 << bits) - 1;
          break;
        }
        case Op.CastU64:
          ops[pc] = X.CastU64;
          break;
        case Op.CastU128:
        case Op.CastU256:
          ops[pc] = X.CastBig;
          x[pc] = (1n << BigInt(BITS[op - Op.CastU8]!)) - 1n;
          break;
        case Op.VecPack:
        case Op.VecUnpack:
          ops[pc] = op === Op.VecPack ? X.VecPack : X.VecUnpack;
          a[pc] = ins[2] as number;
          cost[pc] += this.costs.perUnit(op) * (ins[2] as number);
          break;
        case Op.VecLen:
          ops[pc] = X.VecLen;
          break;
        case Op.VecImmBorrow:
        case Op.VecMutBorrow:
          ops[pc] = X.VecBorrow;
          break;
        case Op.VecPushBack:
          ops[pc] = X.VecPushBack;
          break;
        case Op.VecPopBack:
          ops[pc] = X.VecPopBack;
          break;
        case Op.VecSwap:
          ops[pc] = X.VecSwap;
          break;
        default:
          throw new LoadError(INVARIANT_STATUSES.INTERPRETER_INVARIANT_VIOLATION, `${f.qualified}: unknown opcode ${op} at ${pc}`);
      }
      if (inferred.reached[pc] === 0 && ops[pc] !== X.Trap) {
        // Unreachable code is never typed; keep it decodable but inert.
        ops[pc] = X.Trap;
      }
    }
    // Charge each basic block's base cost on its first instruction (see code.ts).
    const gas = new Uint32Array(n);
    let start = 0;
    for (let pc = 0; pc < n; pc++) {
      if (leader[pc] === 1) start = pc;
      gas[start]! += cost[pc]!;
    }
    return { ops, a, b, x, gas };
  }

  /** A signature type of module `m` with `args` for its type parameters. Throws TypeDepthError. */
  instantiate(t: SigType, m: LoadedModule, args: readonly RuntimeType[]): RuntimeType {
    let r: RuntimeType;
    if (typeof t === 'string') return T.prim(t);
    switch (t[0]) {
      case 'param': {
        const a = args[t[1]];
        if (a === undefined) throw new LoadError(INVARIANT_STATUSES.INTERPRETER_INVARIANT_VIOLATION, `type parameter ${t[1]} has no argument`);
        return a;
      }
      case 'vector':
        r = T.vector(this.instantiate(t[1], m, args));
        break;
      case 'datatype': {
        const dt = m.handleDatatypes[t[1]];
        if (dt === undefined) throw new LoadError(INVARIANT_STATUSES.INTERPRETER_INVARIANT_VIOLATION, `datatype handle ${t[1]} out of range`);
        r = T.datatype(dt.module.id, dt.name, t[2].map((x) => this.instantiate(x, m, args)));
        break;
      }
      default:
        throw new LoadError(INVARIANT_STATUSES.INTERPRETER_INVARIANT_VIOLATION, 'a reference type cannot be a type argument');
    }
    if (r.depth > this.limits.maxTypeDepth) throw new TypeDepthError(`type nesting deeper than ${this.limits.maxTypeDepth}`);
    return r;
  }

  /** Type arguments of a generic call site for a caller instantiated with `callerTypes`. */
  siteTypes(site: CallSite, callerTypes: readonly RuntimeType[]): readonly RuntimeType[] {
    let found = site.cache.get(callerTypes);
    if (found === undefined) {
      found = internTypes(site.types.map((t) => this.instantiate(t, site.module, callerTypes)));
      site.cache.set(callerTypes, found);
    }
    return found;
  }

  datatype(t: DatatypeRuntimeType): LoadedDatatype | undefined {
    return this.modules.get(`${addressDigits(t.address)}::${t.module}`)?.datatypes.get(t.name);
  }

  layout(t: RuntimeType): DatatypeLayout | undefined {
    if (t.kind !== 'datatype') return undefined;
    const cached = this.layouts.get(t.id);
    if (cached !== undefined) return cached;
    const dt = this.datatype(t);
    if (dt === undefined || dt.handle.typeParams.length !== t.args.length) return undefined;
    const fields = (defs: StructDef['fields']) => defs.map((f) => ({ name: f.name, type: this.instantiate(f.type, dt.module, t.args) }));
    const abilities = this.abilities(t);
    const layout: DatatypeLayout =
      dt.struct !== undefined
        ? { kind: 'struct', type: t, abilities, fields: fields(dt.struct.fields) }
        : { kind: 'enum', type: t, abilities, variants: dt.enumDef!.variants.map((v) => ({ name: v.name, fields: fields(v.fields) })) };
    this.layouts.set(t.id, layout);
    return layout;
  }

  /** Ability bits of a runtime type; a datatype's abilities are limited by its non-phantom arguments. */
  abilities(t: RuntimeType): number {
    switch (t.kind) {
      case 'vector':
        return this.abilities(t.elem) & COPY_ABILITIES;
      case 'datatype': {
        const cached = this.abilityCache.get(t.id);
        if (cached !== undefined) return cached;
        const dt = this.datatype(t);
        if (dt === undefined) return 0;
        let result = dt.handle.abilities;
        dt.handle.typeParams.forEach((p, i) => {
          const arg = t.args[i];
          if (p.phantom || arg === undefined) return;
          const ab = this.abilities(arg);
          if ((ab & Ability.copy) === 0) result &= ~Ability.copy;
          if ((ab & Ability.drop) === 0) result &= ~Ability.drop;
          if ((ab & Ability.store) === 0) result &= ~(Ability.store | Ability.key);
        });
        this.abilityCache.set(t.id, result);
        return result;
      }
      default:
        return COPY_ABILITIES;
    }
  }

  /** The native for a function, looked up again if it was registered after loading. */
  resolveNative(f: LoadedFunction): NativeFunction | undefined {
    if (f.native === undefined) f.native = this.natives.get(f.qualified);
    return f.native;
  }
}

function sigEqual(a: SigType, ma: LoadedModule, b: SigType, mb: LoadedModule): boolean {
  if (typeof a === 'string' || typeof b === 'string') return a === b;
  if (a[0] !== b[0]) return false;
  switch (a[0]) {
    case 'param':
      return a[1] === b[1];
    case 'datatype': {
      const bb = b as readonly ['datatype', number, readonly SigType[]];
      return ma.handleDatatypes[a[1]] === mb.handleDatatypes[bb[1]] && a[2].length === bb[2].length && a[2].every((x, i) => sigEqual(x, ma, bb[2][i]!, mb));
    }
    default:
      return sigEqual(a[1], ma, b[1] as SigType, mb);
  }
}

function visibleFrom(fn: LoadedFunction, caller: LoadedModule): boolean {
  switch (fn.def.visibility) {
    case 'public':
      return true;
    case 'package':
      return addressDigits(fn.module.id.address) === addressDigits(caller.id.address);
    case 'friend':
      return fn.module.compiled.friends.some((f) => moduleKey(f) === caller.key) || addressDigits(fn.module.id.address) === addressDigits(caller.id.address);
    default:
      return false;
  }
}

/** A constant's value in the run-time representation (module.ts ConstValue shapes). */
export function constValue(type: SigType, v: ConstValue, where: string): Value {
  const bad = (): never => {
    throw new LoadError(INVARIANT_STATUSES.INTERPRETER_INVARIANT_VIOLATION, `${where}: value does not match its type`);
  };
  if (typeof type === 'string') {
    switch (type) {
      case 'bool':
        return typeof v === 'boolean' ? v : bad();
      case 'u8':
      case 'u16':
      case 'u32':
        return typeof v === 'number' || typeof v === 'bigint' ? Number(v) : bad();
      case 'u64':
        return typeof v === 'number' || typeof v === 'bigint' ? u64(BigInt(v)) : bad();
      case 'u128':
      case 'u256':
        return typeof v === 'number' || typeof v === 'bigint' ? BigInt(v) : bad();
      case 'address':
        return typeof v === 'string' || typeof v === 'bigint' ? addressValue(v) : bad();
    }
  }
  if (type[0] !== 'vector') return bad();
  if (v instanceof Uint8Array) return Array.from(v);
  if (!Array.isArray(v)) return bad();
  return (v as readonly ConstValue[]).map((e) => constValue(type[1], e, where));
}
