// Semantic types: AST types (with what the names stage resolved them to) in, `Ty` values out,
// plus substitution, display and the abilities of a type.
//
//   Ty = prim | vector<Ty> | datatype<Ty..> | type parameter | &Ty | &mut Ty | (Ty, ..)
//      | |Ty..| -> Ty (lambda, macros only) | inference variable | error
//
// `error` stands for a type that could not be determined because of an earlier diagnostic; it
// unifies with everything so one mistake is reported once.

import type * as A from '../parser/ast.js';
import type { ModuleKey, ModuleTable } from '../names/index.js';
import type { TypeResolutions } from '../names/resolve-types.js';

export type PrimName = 'u8' | 'u16' | 'u32' | 'u64' | 'u128' | 'u256' | 'bool' | 'address' | 'signer';

export type Ty =
  | { k: 'prim'; name: PrimName }
  | { k: 'vector'; elem: Ty }
  | { k: 'datatype'; module: ModuleKey; name: string; args: Ty[] }
  | { k: 'param'; name: string }
  | { k: 'ref'; mut: boolean; inner: Ty }
  | { k: 'tuple'; elems: Ty[] }
  | { k: 'fun'; params: Ty[]; result: Ty }
  | { k: 'var'; id: number }
  | { k: 'error' };

export type Ability = 'copy' | 'drop' | 'store' | 'key';
export const ALL_ABILITIES: readonly Ability[] = ['copy', 'drop', 'store', 'key'];

export const UNIT: Ty = { k: 'tuple', elems: [] };
export const ERROR: Ty = { k: 'error' };
export const BOOL: Ty = { k: 'prim', name: 'bool' };
export const ADDRESS: Ty = { k: 'prim', name: 'address' };
export const U8: Ty = { k: 'prim', name: 'u8' };
export const U64: Ty = { k: 'prim', name: 'u64' };

export const INTEGER_TYPES: readonly PrimName[] = ['u8', 'u16', 'u32', 'u64', 'u128', 'u256'];

export function prim(name: PrimName): Ty {
  return { k: 'prim', name };
}

export function isInteger(t: Ty): boolean {
  return t.k === 'prim' && INTEGER_TYPES.includes(t.name);
}

export function integerBits(name: PrimName): number {
  return Number(name.slice(1));
}

/**
 * An AST type as a Ty, using the names stage's resolutions. `_` becomes a fresh variable from
 * `fresh`; unresolved names become `error` (the names stage already reported them).
 */
export function fromAst(t: A.Type, resolutions: TypeResolutions, fresh: () => Ty, overrides?: ReadonlyMap<A.Type, Ty>): Ty {
  // Copies of macro bodies stand for the macro's type parameters with the call's types.
  const over = overrides?.get(t);
  if (over) return over;
  switch (t.kind) {
    case 'Ref':
      return { k: 'ref', mut: t.mutable, inner: fromAst(t.inner, resolutions, fresh, overrides) };
    case 'Tuple':
      return { k: 'tuple', elems: t.elements.map((e) => fromAst(e, resolutions, fresh, overrides)) };
    case 'Fun':
      return { k: 'fun', params: t.params.map((p) => fromAst(p, resolutions, fresh, overrides)), result: t.result ? fromAst(t.result, resolutions, fresh, overrides) : UNIT };
    case 'Apply': {
      const target = resolutions.get(t);
      const args = t.typeArgs.map((a) => fromAst(a, resolutions, fresh, overrides));
      if (!target) return ERROR;
      switch (target.kind) {
        case 'infer':
          return fresh();
        case 'typeParam':
          return { k: 'param', name: target.name };
        case 'builtin':
          if (target.name === 'vector') return { k: 'vector', elem: args[0] ?? ERROR };
          return prim(target.name as PrimName);
        case 'datatype':
          return { k: 'datatype', module: target.module, name: target.name, args };
      }
    }
  }
}

/** Replaces type parameters by name. */
export function substitute(t: Ty, subst: ReadonlyMap<string, Ty>): Ty {
  if (subst.size === 0) return t;
  switch (t.k) {
    case 'param':
      return subst.get(t.name) ?? t;
    case 'vector':
      return { k: 'vector', elem: substitute(t.elem, subst) };
    case 'datatype':
      return t.args.length === 0 ? t : { ...t, args: t.args.map((a) => substitute(a, subst)) };
    case 'ref':
      return { k: 'ref', mut: t.mut, inner: substitute(t.inner, subst) };
    case 'tuple':
      return { k: 'tuple', elems: t.elems.map((e) => substitute(e, subst)) };
    case 'fun':
      return { k: 'fun', params: t.params.map((p) => substitute(p, subst)), result: substitute(t.result, subst) };
    default:
      return t;
  }
}

/** How a type is written in messages: `vector<u8>`, `Coin<SUI>`, `&mut T`. */
export function showType(t: Ty, table?: ModuleTable): string {
  switch (t.k) {
    case 'prim':
      return t.name;
    case 'vector':
      return `vector<${showType(t.elem, table)}>`;
    case 'datatype':
      return t.name + (t.args.length ? `<${t.args.map((a) => showType(a, table)).join(', ')}>` : '');
    case 'param':
      return t.name;
    case 'ref':
      return `&${t.mut ? 'mut ' : ''}${showType(t.inner, table)}`;
    case 'tuple':
      return `(${t.elems.map((e) => showType(e, table)).join(', ')})`;
    case 'fun':
      return `|${t.params.map((p) => showType(p, table)).join(', ')}| -> ${showType(t.result, table)}`;
    case 'var':
      return '_';
    case 'error':
      return '<error>';
  }
}

/**
 * The abilities a type has. Primitives have copy, drop and store; vectors have what their
 * element has (never key); a datatype instance has its declared abilities, less any that a
 * non-phantom type argument lacks (key needs store of the arguments); references have copy and
 * drop; type parameters have their constraints. `error` has all, so it never adds a diagnostic.
 */
export function abilitiesOf(t: Ty, table: ModuleTable, paramAbilities: ReadonlyMap<string, ReadonlySet<Ability>>): Set<Ability> {
  switch (t.k) {
    case 'prim':
      return new Set(t.name === 'signer' ? ['drop'] : ['copy', 'drop', 'store']);
    case 'vector': {
      const inner = abilitiesOf(t.elem, table, paramAbilities);
      inner.delete('key');
      return inner;
    }
    case 'ref':
      return new Set(['copy', 'drop']);
    case 'tuple': {
      // A tuple can be dropped or copied when each element can; `()` trivially can.
      const out = new Set<Ability>(['copy', 'drop']);
      for (const e of t.elems) {
        const inner = abilitiesOf(e, table, paramAbilities);
        for (const a of [...out]) if (!inner.has(a)) out.delete(a);
      }
      return out;
    }
    case 'fun':
      return new Set();
    case 'param':
      return new Set(paramAbilities.get(t.name) ?? []);
    case 'var':
    case 'error':
      return new Set(ALL_ABILITIES);
    case 'datatype': {
      const decl = table.modules.get(t.module)?.datatypes.get(t.name);
      if (!decl) return new Set(ALL_ABILITIES);
      const declared = new Set(decl.abilities.map((a) => a.name as Ability));
      const result = new Set(declared);
      decl.typeParams.forEach((tp, i) => {
        if ('isPhantom' in tp && tp.isPhantom) return;
        const arg = t.args[i];
        if (!arg) return;
        const argAbilities = abilitiesOf(arg, table, paramAbilities);
        for (const a of ['copy', 'drop', 'store'] as const) if (!argAbilities.has(a)) result.delete(a);
        if (!argAbilities.has('store')) result.delete('key');
      });
      return result;
    }
  }
}

/** Abilities declared as constraints on type parameters. */
export function constraintMap(params: ReadonlyArray<{ name: A.Ident; constraints: A.Ident[] }>): Map<string, Set<Ability>> {
  return new Map(params.map((p) => [p.name.name, new Set(p.constraints.map((c) => c.name as Ability))]));
}
