// Check 10e, entry functions (2900s). In: function signatures. Out: every `entry` function can
// be called by a transaction, and its results can be discarded by one.
//
// Spec (Sui's entry-points rule, in the form the compiler checks it):
// - each parameter is one of: a primitive, `0x1::string::String`, `0x1::ascii::String`,
//   `0x2::object::ID`, `0x1::option::Option<T>` or `vector<T>` of such pure values (also by
//   `&`/`&mut`), a type parameter without `key` (it stands for a pure value); an object (a
//   datatype instance with `key`, or a type parameter with `key`) by value, `&` or `&mut`; a
//   vector of objects by value; `0x2::transfer::Receiving<T>`;
// - `&TxContext` / `&mut TxContext` only as the last parameter, never by value;
// - `0x2::clock::Clock` and `0x2::random::Random` taken mutably or by value are allowed here,
//   as in Sui: such a function is uncallable (the compiler's W10001 lint says so) and a
//   transaction asking for those objects mutably is refused, but the module itself is sound;
// - no result is a reference, and every result has `drop` (a transaction drops them).

import { Ability, type SigType } from '../bytecode/module.js';
import type { FunctionView, ModuleContext } from './context.js';
import { fail } from './failure.js';
import { ASCII_STRING, ID, isDatatype, OPTION, RECEIVING, STRING, TX_CONTEXT } from './framework-names.js';
import { VERIFICATION_STATUSES as V } from './status.js';
import { abilitiesOf, hasAbilities, isReference, showType } from './types.js';

export function checkEntryPoints(cx: ModuleContext): void {
  for (const f of cx.functions()) {
    if (!f.def.entry) continue;
    const params = f.handle.params;
    params.forEach((p, i) => {
      const problem = paramProblem(cx, f, p, i === params.length - 1);
      if (problem) fail(V.ENTRY_INVALID_PARAM, `parameter ${i} of entry function ${f.name} has type ${showType(cx.module, p)}: ${problem}`, f.at());
    });
    f.handle.returns.forEach((r, i) => {
      if (isReference(r)) fail(V.ENTRY_INVALID_RETURN, `entry function ${f.name} returns a reference (result ${i})`, f.at());
      if (!hasAbilities(abilitiesOf(cx.module, r, f.typeParams), Ability.drop)) {
        fail(V.ENTRY_INVALID_RETURN, `entry function ${f.name} returns ${showType(cx.module, r)}, which does not have drop`, f.at());
      }
    });
  }
}

function paramProblem(cx: ModuleContext, f: FunctionView, t: SigType, last: boolean): string | undefined {
  const ref = isReference(t) ? t[0] : undefined;
  const inner = isReference(t) ? t[1] : t;
  if (isDatatype(cx, inner, TX_CONTEXT)) {
    if (!ref) return 'TxContext must be taken by reference';
    return last ? undefined : 'TxContext may only be the last parameter';
  }
  if (isPure(cx, f, inner) || isObject(cx, f, inner) || isDatatype(cx, inner, RECEIVING)) return undefined;
  if (typeof inner !== 'string' && inner[0] === 'vector' && isObject(cx, f, inner[1])) {
    return ref ? 'a vector of objects can only be passed by value' : undefined;
  }
  return 'a transaction cannot supply it (expected a pure value, an object, or Receiving<T>)';
}

function isPure(cx: ModuleContext, f: FunctionView, t: SigType): boolean {
  if (typeof t === 'string') return true;
  switch (t[0]) {
    case 'vector':
      return isPure(cx, f, t[1]);
    // No pure value has `key`: a type parameter without it may stand for one.
    case 'param':
      return (f.typeParams[t[1]]! & Ability.key) === 0;
    case 'datatype':
      if (isDatatype(cx, t, STRING) || isDatatype(cx, t, ASCII_STRING) || isDatatype(cx, t, ID)) return true;
      if (isDatatype(cx, t, OPTION)) return t[2].length === 1 && isPure(cx, f, t[2][0]!);
      return false;
    default:
      return false;
  }
}

function isObject(cx: ModuleContext, f: FunctionView, t: SigType): boolean {
  if (typeof t === 'string') return false;
  if (t[0] === 'param') return (f.typeParams[t[1]]! & Ability.key) !== 0;
  return t[0] === 'datatype' && (abilitiesOf(cx.module, t, f.typeParams) & Ability.key) !== 0;
}
