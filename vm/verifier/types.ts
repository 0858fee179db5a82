// Type algebra over signature types, shared by the checks: equality, substitution of type
// arguments, abilities of a type in a scope of type parameters, and display for messages.
// In: SigTypes of one module (datatype handles index that module). Out: booleans, ability bits,
// text. Every function assumes the bounds and signature checks have passed.

import { Ability, ALL_ABILITIES, type CompiledModule, type PrimType, type SigType } from '../bytecode/module.js';

export type RefType = readonly ['ref', SigType] | readonly ['mut', SigType];

const INTEGERS: ReadonlySet<string> = new Set(['u8', 'u16', 'u32', 'u64', 'u128', 'u256']);
/** Primitives and vectors never have `key`. */
export const PRIMITIVE_ABILITIES = Ability.copy | Ability.drop | Ability.store;
/** References can be copied and dropped; they are never stored. */
export const REFERENCE_ABILITIES = Ability.copy | Ability.drop;

export function isPrim(t: SigType): t is PrimType {
  return typeof t === 'string';
}

export function isInteger(t: SigType): boolean {
  return typeof t === 'string' && INTEGERS.has(t);
}

export function isReference(t: SigType): t is RefType {
  return typeof t !== 'string' && (t[0] === 'ref' || t[0] === 'mut');
}

export function isMutReference(t: SigType): t is readonly ['mut', SigType] {
  return typeof t !== 'string' && t[0] === 'mut';
}

export function sameType(a: SigType, b: SigType): boolean {
  if (typeof a === 'string' || typeof b === 'string') return a === b;
  if (a[0] !== b[0]) return false;
  switch (a[0]) {
    case 'vector':
    case 'ref':
    case 'mut':
      return sameType(a[1], b[1] as SigType);
    case 'param':
      return a[1] === b[1];
    case 'datatype': {
      const bb = b as readonly ['datatype', number, readonly SigType[]];
      return a[1] === bb[1] && sameTypes(a[2], bb[2]);
    }
  }
}

export function sameTypes(a: readonly SigType[], b: readonly SigType[]): boolean {
  return a.length === b.length && a.every((t, i) => sameType(t, b[i]!));
}

/** Replaces `['param', i]` by `args[i]` (a field type instantiated, a callee signature at a call). */
export function substitute(t: SigType, args: readonly SigType[]): SigType {
  if (typeof t === 'string') return t;
  switch (t[0]) {
    case 'param':
      return args[t[1]] ?? t;
    case 'vector':
      return ['vector', substitute(t[1], args)];
    case 'ref':
      return ['ref', substitute(t[1], args)];
    case 'mut':
      return ['mut', substitute(t[1], args)];
    case 'datatype':
      return t[2].length === 0 ? t : ['datatype', t[1], t[2].map((a) => substitute(a, args))];
  }
}

/** The ability a field (or non-phantom type argument) needs for its container to have `a`. */
export function requiredForAbility(a: number): number {
  return a === Ability.key ? Ability.store : a;
}

/** All abilities in `declared` turned into what each field must have: key asks for store. */
export function requiredOfFields(declared: number): number {
  let out = 0;
  for (const a of [Ability.copy, Ability.drop, Ability.store, Ability.key]) if (declared & a) out |= requiredForAbility(a);
  return out;
}

/**
 * The abilities of `t` where type parameter i has `params[i]`. A datatype instance keeps a
 * declared ability only if every non-phantom argument has what that ability requires.
 */
export function abilitiesOf(module: CompiledModule, t: SigType, params: readonly number[]): number {
  if (typeof t === 'string') return PRIMITIVE_ABILITIES;
  switch (t[0]) {
    case 'ref':
    case 'mut':
      return REFERENCE_ABILITIES;
    case 'param':
      return params[t[1]] ?? 0;
    case 'vector':
      return abilitiesOf(module, t[1], params) & PRIMITIVE_ABILITIES;
    case 'datatype': {
      const handle = module.datatypeHandles[t[1]];
      if (!handle) return 0;
      let result = handle.abilities & ALL_ABILITIES;
      t[2].forEach((arg, i) => {
        if (handle.typeParams[i]?.phantom) return;
        const has = abilitiesOf(module, arg, params);
        for (const a of [Ability.copy, Ability.drop, Ability.store, Ability.key]) {
          const need = requiredForAbility(a);
          if ((result & a) !== 0 && (has & need) !== need) result &= ~a;
        }
      });
      return result;
    }
  }
}

export function hasAbilities(have: number, need: number): boolean {
  return (have & need) === need;
}

export function showAbilities(bits: number): string {
  const names = (Object.keys(Ability) as Array<keyof typeof Ability>).filter((n) => (bits & Ability[n]) !== 0);
  return names.length === 0 ? '{}' : names.join(' + ');
}

/** Display for messages: `vector<0x2::object::UID>`, `&mut T0`. */
export function showType(module: CompiledModule, t: SigType): string {
  if (typeof t === 'string') return t;
  switch (t[0]) {
    case 'vector':
      return `vector<${showType(module, t[1])}>`;
    case 'ref':
      return `&${showType(module, t[1])}`;
    case 'mut':
      return `&mut ${showType(module, t[1])}`;
    case 'param':
      return `T${t[1]}`;
    case 'datatype': {
      const h = module.datatypeHandles[t[1]];
      const m = h ? module.moduleHandles[h.module] : undefined;
      const name = h && m ? `${m.name}::${h.name}` : `datatype#${t[1]}`;
      return t[2].length === 0 ? name : `${name}<${t[2].map((a) => showType(module, a)).join(', ')}>`;
    }
  }
}
