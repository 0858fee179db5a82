// Runtime types: fully instantiated types (no type parameters, no references) as the interpreter
// passes them to generic frames and natives. In: primitive names, element types, datatype
// identities with type arguments. Out: interned type objects, so that two equal types are the
// same object and caches can key on identity (or the numeric `id`) instead of comparing trees.
//
// Every type's `key` is its Sui-format name (`u64`, `vector<u8>`,
// `0000...0002::coin::Coin<0000...0002::sui::SUI>`), which is exactly what `type_name` returns,
// so the intern table key doubles as the native's answer. Type arguments are separated by a bare
// comma, as Move's canonical type strings are.

import type { ModuleId, PrimType } from '../bytecode/module.js';

interface TypeBase {
  /** Dense, process-wide; equal types have equal ids. */
  readonly id: number;
  /** Sui-format type name (addresses as 64 hex digits without `0x`). */
  readonly key: string;
  /** Nesting depth: 1 for primitives, 1 + the deepest argument otherwise. */
  readonly depth: number;
}

export interface PrimRuntimeType extends TypeBase {
  readonly kind: PrimType;
}

export interface VectorRuntimeType extends TypeBase {
  readonly kind: 'vector';
  readonly elem: RuntimeType;
}

export interface DatatypeRuntimeType extends TypeBase {
  readonly kind: 'datatype';
  /** `0x` + 64 hex digits, as in ModuleId. */
  readonly address: string;
  readonly module: string;
  readonly name: string;
  readonly args: readonly RuntimeType[];
}

export type RuntimeType = PrimRuntimeType | VectorRuntimeType | DatatypeRuntimeType;

const table = new Map<string, RuntimeType>();
let nextId = 0;

function intern<R extends RuntimeType>(key: string, make: (id: number) => R): R {
  const found = table.get(key);
  if (found !== undefined) return found as R;
  const made = make(nextId++);
  table.set(key, made);
  return made;
}

function prim(kind: PrimType): PrimRuntimeType {
  return intern(kind, (id) => ({ id, key: kind, depth: 1, kind }));
}

/** The address part of a type name: 64 lowercase hex digits, no `0x`. */
export function addressDigits(address: string): string {
  const bare = address.startsWith('0x') || address.startsWith('0X') ? address.slice(2) : address;
  return bare.toLowerCase().padStart(64, '0');
}

/** Type constructors. Datatypes are named by module identity, so types can be built before loading. */
export const T = {
  bool: prim('bool'),
  u8: prim('u8'),
  u16: prim('u16'),
  u32: prim('u32'),
  u64: prim('u64'),
  u128: prim('u128'),
  u256: prim('u256'),
  address: prim('address'),
  prim,
  vector(elem: RuntimeType): VectorRuntimeType {
    return intern(`vector<${elem.key}>`, (id) => ({ id, key: `vector<${elem.key}>`, depth: elem.depth + 1, kind: 'vector', elem }));
  },
  datatype(module: ModuleId, name: string, args: readonly RuntimeType[] = []): DatatypeRuntimeType {
    const digits = addressDigits(module.address);
    const key = `${digits}::${module.name}::${name}${args.length === 0 ? '' : `<${args.map((a) => a.key).join(',')}>`}`;
    return intern(key, (id) => ({
      id,
      key,
      depth: 1 + args.reduce((d, a) => Math.max(d, a.depth), 0),
      kind: 'datatype',
      address: '0x' + digits,
      module: module.name,
      name,
      args: internTypes(args),
    }));
  },
};

const lists = new Map<string, readonly RuntimeType[]>();

/** The canonical array for a list of types: equal lists are the same array (cache keys). */
export function internTypes(types: readonly RuntimeType[]): readonly RuntimeType[] {
  if (types.length === 0) return EMPTY_TYPES;
  let key = '';
  for (const t of types) key += t.id + ',';
  let found = lists.get(key);
  if (found === undefined) {
    found = Object.freeze(types.slice());
    lists.set(key, found);
  }
  return found;
}

export const EMPTY_TYPES: readonly RuntimeType[] = Object.freeze([]);

/** Sui's `type_name` string for a type (`0000...0002::coin::Coin<...>`, `vector<u8>`). */
export function typeName(t: RuntimeType): string {
  return t.key;
}

/** A shorter display form for messages: addresses shortened like `0x2::coin::Coin<0x2::sui::SUI>`. */
export function showType(t: RuntimeType): string {
  switch (t.kind) {
    case 'vector':
      return `vector<${showType(t.elem)}>`;
    case 'datatype': {
      const short = t.address.replace(/^0x0*/, '');
      const args = t.args.length === 0 ? '' : `<${t.args.map(showType).join(', ')}>`;
      return `0x${short === '' ? '0' : short}::${t.module}::${t.name}${args}`;
    }
    default:
      return t.kind;
  }
}

export function isInteger(t: RuntimeType): boolean {
  return t.kind === 'u8' || t.kind === 'u16' || t.kind === 'u32' || t.kind === 'u64' || t.kind === 'u128' || t.kind === 'u256';
}
