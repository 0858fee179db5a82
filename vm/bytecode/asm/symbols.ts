// The naming rules of a bytecode listing, shared by the disassembler (which prints names) and the
// assembler (which resolves them back to indices). In: a module's tables. Out: how each handle,
// field, variant and name is written, and the lookups that undo it.
//
// A listing names things symbolically (`0x1::option::Option`, `.value`, `::Some`) whenever that
// name picks out exactly one index; otherwise, as in hand-made or hostile modules with duplicate
// or dangling entries, it writes the index (`datatype#3`, `?datatype#17` when out of range).
// Both sides use the same lookups below, so whatever the disassembler prints symbolically the
// assembler resolves to the same index.

import type { CompiledModule, ModuleId } from '../module.js';

const BARE_NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;

/**
 * Characters escaped inside quoted names beyond what JSON escapes: C1 controls, invisible format
 * characters, line separators and bidirectional overrides, so a hostile name cannot make a
 * listing read differently from what it holds ("trojan source").
 */
const INVISIBLE = /[\u007f-\u009f\u00ad\u061c\u180e\u200b-\u200f\u2028-\u202e\u2060-\u206f\ufeff\ufff9-\ufffb]/g;

/** A string literal: JSON syntax, with invisible characters escaped too. */
export function quote(s: string): string {
  return JSON.stringify(s).replace(INVISIBLE, (c) => '\\u' + c.charCodeAt(0).toString(16).padStart(4, '0'));
}

/** An identifier-shaped name as is, anything else (empty, spaces, `::`, quotes) quoted. */
export function nameText(s: string): string {
  return BARE_NAME.test(s) ? s : quote(s);
}

/** Addresses as Sui prints them: `0x2`, leading zeros dropped. */
export function shortAddress(a: string): string {
  const short = a.replace(/^0x0*/, '');
  return `0x${short === '' ? '0' : short}`;
}

export function moduleIdText(id: ModuleId): string {
  return `${shortAddress(id.address)}::${nameText(id.name)}`;
}

/** An index written as such: `kind#i`, or `?kind#i` when nothing is there. */
export function indexRef(kind: string, index: number, inRange: boolean): string {
  return `${inRange ? '' : '?'}${kind}#${index}`;
}

function push<K>(map: Map<K, number[]>, key: K, value: number): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

const key2 = (a: string | number, b: string): string => `${a}\u0000${b}`;

/** The parts of a module the naming rules look at. */
export type SymbolTables = Pick<CompiledModule, 'moduleHandles' | 'datatypeHandles' | 'functionHandles' | 'structs' | 'enums' | 'constants'>;

export class ListingSymbols {
  private readonly modules = new Map<string, number[]>();
  private readonly datatypes = new Map<string, number[]>();
  private readonly datatypesByName = new Map<string, number[]>();
  private readonly functions = new Map<string, number[]>();
  private readonly functionsByName = new Map<string, number[]>();
  private readonly constants = new Map<string, number[]>();
  /** Definition indices (struct or enum) by datatype handle. */
  private readonly structDefs = new Map<number, number[]>();
  private readonly enumDefs = new Map<number, number[]>();

  constructor(readonly m: SymbolTables) {
    m.moduleHandles.forEach((id, i) => push(this.modules, key2(id.address, id.name), i));
    m.datatypeHandles.forEach((d, i) => {
      push(this.datatypes, key2(d.module, d.name), i);
      push(this.datatypesByName, d.name, i);
    });
    m.functionHandles.forEach((f, i) => {
      push(this.functions, key2(f.module, f.name), i);
      push(this.functionsByName, f.name, i);
    });
    m.constants.forEach((c, i) => push(this.constants, c.name, i));
    m.structs.forEach((s, i) => push(this.structDefs, s.handle, i));
    m.enums.forEach((e, i) => push(this.enumDefs, e.handle, i));
  }

  // Lookups: every index a name could mean. Exactly one is a resolution; more is ambiguous.

  findModule(id: ModuleId): readonly number[] {
    return this.modules.get(key2(id.address, id.name)) ?? [];
  }

  findDatatype(module: number, name: string): readonly number[] {
    return this.datatypes.get(key2(module, name)) ?? [];
  }

  findDatatypeByName(name: string): readonly number[] {
    return this.datatypesByName.get(name) ?? [];
  }

  findFunction(module: number, name: string): readonly number[] {
    return this.functions.get(key2(module, name)) ?? [];
  }

  findFunctionByName(name: string): readonly number[] {
    return this.functionsByName.get(name) ?? [];
  }

  findConstant(name: string): readonly number[] {
    return this.constants.get(name) ?? [];
  }

  /** The struct definition of a datatype handle, if exactly one struct points at it. */
  structOf(handle: number): number | undefined {
    const list = this.structDefs.get(handle);
    return list?.length === 1 && !this.enumDefs.has(handle) ? list[0] : undefined;
  }

  enumOf(handle: number): number | undefined {
    const list = this.enumDefs.get(handle);
    return list?.length === 1 && !this.structDefs.has(handle) ? list[0] : undefined;
  }

  findField(handle: number, name: string): readonly number[] {
    const s = this.structOf(handle);
    if (s === undefined) return [];
    const out: number[] = [];
    this.m.structs[s]!.fields.forEach((f, i) => f.name === name && out.push(i));
    return out;
  }

  findVariant(handle: number, name: string): readonly number[] {
    const e = this.enumOf(handle);
    if (e === undefined) return [];
    const out: number[] = [];
    this.m.enums[e]!.variants.forEach((v, i) => v.name === name && out.push(i));
    return out;
  }

  // Printing: the symbolic form when it resolves back to the same index, else the index.

  moduleRef(i: number): string {
    const id = this.m.moduleHandles[i];
    if (!id) return indexRef('module', i, false);
    return only(this.findModule(id), i) ? moduleIdText(id) : indexRef('module', i, true);
  }

  datatypeRef(h: number): string {
    const d = this.m.datatypeHandles[h];
    if (!d) return indexRef('datatype', h, false);
    return only(this.findDatatype(d.module, d.name), h) ? `${this.moduleRef(d.module)}::${nameText(d.name)}` : indexRef('datatype', h, true);
  }

  functionRef(h: number): string {
    const f = this.m.functionHandles[h];
    if (!f) return indexRef('function', h, false);
    return only(this.findFunction(f.module, f.name), h) ? `${this.moduleRef(f.module)}::${nameText(f.name)}` : indexRef('function', h, true);
  }

  fieldRef(handle: number, field: number): string {
    const s = this.structOf(handle);
    const f = s === undefined ? undefined : this.m.structs[s]!.fields[field];
    if (!f) return indexRef('field', field, false);
    return only(this.findField(handle, f.name), field) ? nameText(f.name) : indexRef('field', field, true);
  }

  variantRef(handle: number, variant: number): string {
    const e = this.enumOf(handle);
    const v = e === undefined ? undefined : this.m.enums[e]!.variants[variant];
    if (!v) return indexRef('variant', variant, false);
    return only(this.findVariant(handle, v.name), variant) ? nameText(v.name) : indexRef('variant', variant, true);
  }

  /**
   * Datatype handles whose declaration is printed by their definition (`struct Box<T0> has
   * copy {...}`), leaving a bare `datatype [i] Box;` in the handle table: handles of this module
   * with exactly one definition, whose name no other such handle shares. The rest are printed
   * in full in the table, and their definitions (if any) name them by index.
   */
  ownedDatatypes(): Set<number> {
    const candidates = new Map<string, number[]>();
    this.m.datatypeHandles.forEach((d, h) => {
      if (d.module === 0 && (this.structOf(h) !== undefined || this.enumOf(h) !== undefined)) push(candidates, d.name, h);
    });
    return new Set([...candidates.values()].filter((l) => l.length === 1).map((l) => l[0]!));
  }

  /** The same for function handles, given the definitions' handle indices. */
  ownedFunctions(definitionHandles: readonly number[]): Set<number> {
    const defs = new Map<number, number>();
    for (const h of definitionHandles) defs.set(h, (defs.get(h) ?? 0) + 1);
    const candidates = new Map<string, number[]>();
    this.m.functionHandles.forEach((f, h) => {
      if (f.module === 0 && defs.get(h) === 1) push(candidates, f.name, h);
    });
    return new Set([...candidates.values()].filter((l) => l.length === 1).map((l) => l[0]!));
  }
}

function only(list: readonly number[], i: number): boolean {
  return list.length === 1 && list[0] === i;
}
