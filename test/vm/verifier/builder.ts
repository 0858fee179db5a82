// A small builder for hand-made bytecode modules, so each verifier test states only what it is
// about. In: names, fields, signatures and code. Out: a CompiledModule (plain data), plus a
// stub of the Sui framework modules the object rules refer to, usable as dependencies.

import { Ability, addressHex, type AbilityName, type CompiledModule, type FieldDef, type FunctionAttribute, type ModuleId, type SigType, type TypeParam, type Visibility } from '../../../vm/bytecode/module.js';
import type { Instr } from '../../../vm/bytecode/opcodes.js';
import { moduleKeyOf } from '../../../vm/verifier/index.js';

export const USER = addressHex(0xcafen);
export const OTHER = addressHex(0xbeefn);
export const SUI = addressHex(2n);

export const abilities = (...names: AbilityName[]): number => names.reduce((bits, n) => bits | Ability[n], 0);

export const vec = (t: SigType): SigType => ['vector', t];
export const ref = (t: SigType): SigType => ['ref', t];
export const mut = (t: SigType): SigType => ['mut', t];
export const param = (i: number): SigType => ['param', i];
export const dt = (h: number, ...args: SigType[]): SigType => ['datatype', h, args];

export interface DatatypeOptions {
  abilities?: AbilityName[];
  typeParams?: Array<TypeParam | AbilityName[]>;
}

export interface FunctionOptions {
  params?: SigType[];
  returns?: SigType[];
  typeParams?: AbilityName[][];
  locals?: SigType[];
  code?: Instr[];
  visibility?: Visibility;
  entry?: boolean;
  native?: boolean;
  attributes?: FunctionAttribute[];
}

export class ModuleBuilder {
  readonly module: CompiledModule;

  constructor(name = 'm', address = USER) {
    this.module = {
      version: 1,
      moduleHandles: [{ address, name }],
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

  get id(): ModuleId {
    return this.module.moduleHandles[0]!;
  }

  moduleHandle(id: ModuleId): number {
    const i = this.module.moduleHandles.findIndex((m) => moduleKeyOf(m) === moduleKeyOf(id));
    if (i >= 0) return i;
    this.module.moduleHandles.push(id);
    return this.module.moduleHandles.length - 1;
  }

  /** A datatype handle, of this module unless `module` names another. */
  datatype(name: string, opts: DatatypeOptions = {}, module?: ModuleId): number {
    const m = module ? this.moduleHandle(module) : 0;
    const existing = this.module.datatypeHandles.findIndex((h) => h.module === m && h.name === name);
    if (existing >= 0) return existing;
    this.module.datatypeHandles.push({
      module: m,
      name,
      abilities: abilities(...(opts.abilities ?? [])),
      typeParams: (opts.typeParams ?? []).map((p) => (Array.isArray(p) ? { constraints: abilities(...p), phantom: false } : p)),
    });
    return this.module.datatypeHandles.length - 1;
  }

  struct(name: string, fields: Array<[string, SigType]>, opts: DatatypeOptions = {}): number {
    const handle = this.datatype(name, opts);
    this.module.structs.push({ handle, fields: fields.map(([n, type]): FieldDef => ({ name: n, type })), positional: false });
    return handle;
  }

  enum(name: string, variants: Array<[string, Array<[string, SigType]>]>, opts: DatatypeOptions = {}): number {
    const handle = this.datatype(name, opts);
    this.module.enums.push({
      handle,
      variants: variants.map(([n, fields]) => ({ name: n, fields: fields.map(([fn, type]) => ({ name: fn, type })), positional: false })),
    });
    return handle;
  }

  functionHandle(name: string, opts: Pick<FunctionOptions, 'params' | 'returns' | 'typeParams'> = {}, module?: ModuleId): number {
    const m = module ? this.moduleHandle(module) : 0;
    const existing = this.module.functionHandles.findIndex((h) => h.module === m && h.name === name);
    if (existing >= 0) return existing;
    this.module.functionHandles.push({
      module: m,
      name,
      typeParams: (opts.typeParams ?? []).map((a) => abilities(...a)),
      params: opts.params ?? [],
      returns: opts.returns ?? [],
    });
    return this.module.functionHandles.length - 1;
  }

  /** Defines a function of this module; returns its handle index (for Call). */
  fun(name: string, opts: FunctionOptions = {}): number {
    const handle = this.functionHandle(name, opts);
    const code = opts.native ? [] : (opts.code ?? [[2]]);
    this.module.functions.push({
      handle,
      visibility: opts.visibility ?? 'public',
      entry: opts.entry ?? false,
      native: opts.native ?? false,
      locals: opts.locals ?? [],
      code,
      lines: code.flatMap(() => [1, 1, 1, 1]),
      attributes: opts.attributes ?? [],
    });
    return handle;
  }

  constant(type: SigType, value: CompiledModule['constants'][number]['value'], name = `C${this.module.constants.length}`): number {
    this.module.constants.push({ name, type, value });
    return this.module.constants.length - 1;
  }

  // Handles on the framework stub (see frameworkDeps) ----------------------------------------

  uid(): number {
    return this.datatype('UID', { abilities: ['store'] }, { address: SUI, name: 'object' });
  }

  txContext(): number {
    return this.datatype('TxContext', { abilities: ['drop'] }, { address: SUI, name: 'tx_context' });
  }

  objectNew(): number {
    return this.functionHandle('new', { params: [mut(dt(this.txContext()))], returns: [dt(this.uid())] }, { address: SUI, name: 'object' });
  }

  objectDelete(): number {
    return this.functionHandle('delete', { params: [dt(this.uid())] }, { address: SUI, name: 'object' });
  }

  transfer(name: 'transfer' | 'share_object' | 'freeze_object' = 'transfer'): number {
    const params: SigType[] = name === 'transfer' ? [param(0), 'address'] : [param(0)];
    return this.functionHandle(name, { typeParams: [['key']], params }, { address: SUI, name: 'transfer' });
  }

  publicTransfer(): number {
    return this.functionHandle('public_transfer', { typeParams: [['key', 'store']], params: [param(0), 'address'] }, { address: SUI, name: 'transfer' });
  }

  emit(): number {
    return this.functionHandle('emit', { typeParams: [['copy', 'drop']], params: [param(0)] }, { address: SUI, name: 'event' });
  }

  build(): CompiledModule {
    return structuredClone(this.module);
  }
}

/** Stubs of 0x2::object, 0x2::tx_context, 0x2::transfer and 0x2::event, keyed for `deps`. */
export function frameworkDeps(): Map<string, CompiledModule> {
  const object = new ModuleBuilder('object', SUI);
  const id = object.struct('ID', [['bytes', 'address']], { abilities: ['copy', 'drop', 'store'] });
  object.struct('UID', [['id', dt(id)]], { abilities: ['store'] });
  const ctx = object.txContext();
  object.fun('new', { params: [mut(dt(ctx))], returns: [dt(object.uid())], native: true });
  object.fun('delete', { params: [dt(object.uid())], native: true });

  const txContext = new ModuleBuilder('tx_context', SUI);
  txContext.struct('TxContext', [['sender', 'address']], { abilities: ['drop'] });

  const transfer = new ModuleBuilder('transfer', SUI);
  transfer.fun('transfer', { typeParams: [['key']], params: [param(0), 'address'], native: true });
  transfer.fun('public_transfer', { typeParams: [['key', 'store']], params: [param(0), 'address'], native: true });
  transfer.fun('share_object', { typeParams: [['key']], params: [param(0)], native: true });
  transfer.fun('freeze_object', { typeParams: [['key']], params: [param(0)], native: true });

  const event = new ModuleBuilder('event', SUI);
  event.fun('emit', { typeParams: [['copy', 'drop']], params: [param(0)], native: true });

  return new Map([object, txContext, transfer, event].map((b) => [moduleKeyOf(b.id), b.build()]));
}

export function withDeps(...modules: CompiledModule[]): Map<string, CompiledModule> {
  const deps = frameworkDeps();
  for (const m of modules) deps.set(moduleKeyOf(m.moduleHandles[0]!), m);
  return deps;
}
