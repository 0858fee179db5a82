// What a function's parameter types mean to a transaction builder: a compiled module and a
// signature type in; its Move type string (type arguments substituted), and whether the caller
// passes an object, a `Receiving<T>`, or nothing (TxContext) for it out. Shared by `deed call`
// (cli/chain/call.ts) and `deed script` (cli/scripting/inputs.ts).

import { Ability, type CompiledModule, type SigType } from '../../vm/bytecode/module.js';

/** A signature type with type arguments substituted, as a Move type string (references dropped). */
export function sigString(m: CompiledModule, t: SigType, typeArgs: readonly string[]): string {
  if (typeof t === 'string') return t;
  switch (t[0]) {
    case 'vector':
      return `vector<${sigString(m, t[1], typeArgs)}>`;
    case 'ref':
    case 'mut':
      return sigString(m, t[1], typeArgs);
    case 'param':
      return typeArgs[t[1]] ?? '?';
    case 'datatype': {
      const h = m.datatypeHandles[t[1]]!;
      const mod = m.moduleHandles[h.module]!;
      return `${mod.address}::${mod.name}::${h.name}${t[2].length ? `<${t[2].map((a) => sigString(m, a, typeArgs)).join(', ')}>` : ''}`;
    }
  }
}

/** The datatype a parameter names (through one reference), with its module and abilities. */
export function datatypeOf(m: CompiledModule, t: SigType): { module: string; address: string; name: string; abilities: number } | undefined {
  const inner = typeof t !== 'string' && (t[0] === 'ref' || t[0] === 'mut') ? t[1] : t;
  if (typeof inner === 'string' || inner[0] !== 'datatype') return undefined;
  const h = m.datatypeHandles[inner[1]]!;
  const mod = m.moduleHandles[h.module]!;
  return { module: mod.name, address: mod.address, name: h.name, abilities: h.abilities };
}

/** TxContext is supplied by the runtime, never by the caller. */
export function isTxContext(m: CompiledModule, t: SigType): boolean {
  const d = datatypeOf(m, t);
  return d !== undefined && d.name === 'TxContext' && d.module === 'tx_context' && /^0x0*2$/.test(d.address);
}

/** An object parameter: a `key` datatype, or a type parameter constrained by `key`. */
export function isObjectParam(m: CompiledModule, t: SigType, typeParams: readonly number[]): boolean {
  const inner = typeof t !== 'string' && (t[0] === 'ref' || t[0] === 'mut') ? t[1] : t;
  if (typeof inner !== 'string' && inner[0] === 'param') return ((typeParams[inner[1]] ?? 0) & Ability.key) !== 0;
  const d = datatypeOf(m, t);
  return d !== undefined && (d.abilities & Ability.key) !== 0;
}

/** `0x2::transfer::Receiving<T>` taken by value. */
export function isReceiving(m: CompiledModule, t: SigType): boolean {
  const d = datatypeOf(m, t);
  return d !== undefined && d.name === 'Receiving' && d.module === 'transfer' && typeof t !== 'string' && t[0] === 'datatype';
}
