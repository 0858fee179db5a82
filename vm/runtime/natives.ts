// The native-function interface. In: implementations registered under their Move name
// (`0x1::vector::length`, address shortened as Sui prints it). Out: the registry the loader
// resolves `native fun` declarations against, and the context a native runs with.
//
// A native gets the instantiated type arguments, its argument values (references as Ref), and a
// context (gas meter, type layouts, limits, output, and an opaque `extensions` map where later
// layers such as the object runtime put their per-transaction state). It returns its results,
// or a NativeFailure: a Move abort code, out of gas, or an execution status. Natives charge their
// own gas first (ARCHITECTURE.md, convention 10), with costs from vm/gas/schedule.ts. Values
// follow values.ts: in particular a u64 result must be in canonical form (`u64(...)`), and
// arguments passed by value are the native's to keep or mutate.

import type { GasMeter } from '../gas/meter.js';
import type { ModuleId } from '../bytecode/module.js';
import { showModuleId } from '../bytecode/module.js';
import type { StatusInfo } from '../status.js';
import { EXECUTION_STATUSES } from './status.js';
import type { RuntimeType } from './types.js';
import type { Value } from './values.js';

/** Field layout of an instantiated struct or enum, for natives that walk values (bcs, print). */
export type DatatypeLayout =
  | { readonly kind: 'struct'; readonly type: RuntimeType; readonly abilities: number; readonly fields: readonly LayoutField[] }
  | { readonly kind: 'enum'; readonly type: RuntimeType; readonly abilities: number; readonly variants: readonly LayoutVariant[] };

export interface LayoutField {
  readonly name: string;
  readonly type: RuntimeType;
}

export interface LayoutVariant {
  readonly name: string;
  readonly fields: readonly LayoutField[];
}

/** The limits a run enforces; natives honour them too. */
export interface Limits {
  /** Frames on the call stack, the entry function included. */
  maxCallDepth: number;
  /** Elements in one vector. */
  maxVectorLength: number;
  /** Nesting of a type argument (vector<vector<...>> counts each level). */
  maxTypeDepth: number;
  /** Bytes a native may produce in one value (bcs::to_bytes output, hashes' input, ...). */
  maxValueBytes: number;
}

export const DEFAULT_LIMITS: Readonly<Limits> = {
  maxCallDepth: 1024,
  maxVectorLength: 1 << 20,
  maxTypeDepth: 128,
  maxValueBytes: 1 << 22,
};

export interface NativeContext {
  readonly gas: GasMeter;
  readonly limits: Readonly<Limits>;
  /** Per-call state of other layers (object runtime, test scenario, ...), keyed by their name. */
  readonly extensions: Map<string, unknown>;
  /** The layout of a struct or enum type; undefined if its module is not loaded. */
  layout(type: RuntimeType): DatatypeLayout | undefined;
  /** Ability bits of a type (vm/bytecode/module.ts `Ability`). */
  abilities(type: RuntimeType): number;
  /** Debug output (std::debug::print); a no-op unless the caller gave a sink. */
  print(line: string): void;
  /** `0x1::m::f` names of the frames on the call stack, innermost last. */
  stackTrace(): string[];
}

export class NativeFailure {
  private constructor(
    readonly kind: 'abort' | 'out_of_gas' | 'status',
    readonly abortCode: bigint,
    readonly status: StatusInfo,
    readonly message: string,
  ) {}
  /** A Move abort with `code`, reported at the native's call site in the calling module. */
  static abort(code: bigint | number): NativeFailure {
    return new NativeFailure('abort', BigInt(code), EXECUTION_STATUSES.ABORTED, `aborted with code ${code}`);
  }
  static outOfGas(): NativeFailure {
    return new NativeFailure('out_of_gas', 0n, EXECUTION_STATUSES.OUT_OF_GAS, 'out of gas in a native function');
  }
  static status(status: StatusInfo, message: string): NativeFailure {
    return new NativeFailure('status', 0n, status, message);
  }
}

export type NativeResult = Value[] | NativeFailure;

export type NativeFunction = (ctx: NativeContext, tyArgs: readonly RuntimeType[], args: Value[]) => NativeResult;

/** `0x1::vector::length`: the key a native is registered under. */
export function nativeName(module: ModuleId, fn: string): string {
  return `${showModuleId(module)}::${fn}`;
}

/** Native implementations by name. Later layers add theirs with `register`. */
export class NativeRegistry {
  private readonly fns = new Map<string, NativeFunction>();

  register(name: string, fn: NativeFunction): this {
    this.fns.set(name, fn);
    return this;
  }

  /** Registers every entry of a record, e.g. `{ '0x1::vector::length': length, ... }`. */
  registerAll(entries: Readonly<Record<string, NativeFunction>>): this {
    for (const [name, fn] of Object.entries(entries)) this.fns.set(name, fn);
    return this;
  }

  get(name: string): NativeFunction | undefined {
    return this.fns.get(name);
  }

  has(name: string): boolean {
    return this.fns.has(name);
  }

  names(): string[] {
    return [...this.fns.keys()].sort();
  }

  /** A copy to extend without changing this one (e.g. a test VM adding test-only natives). */
  clone(): NativeRegistry {
    const copy = new NativeRegistry();
    for (const [name, fn] of this.fns) copy.fns.set(name, fn);
    return copy;
  }
}

/** Charges a native's cost; false means the native must return NativeFailure.outOfGas(). */
export function chargeNative(ctx: NativeContext, cost: { base: number; perByte?: number }, bytes = 0): boolean {
  return ctx.gas.charge(cost.base + (cost.perByte ?? 0) * bytes);
}
