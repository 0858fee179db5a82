// Check 2, signatures (2100s). In: a module past the bounds check. Out: every type it writes
// down is well formed in its scope.
//
// Spec, for the types of function handles (scope: the handle's type parameters), struct and
// variant fields (scope: the datatype's type parameters), locals and the type operands of
// instructions (scope: the enclosing function's type parameters):
// - `['param', i]` names a type parameter of the scope;
// - a datatype is applied to exactly as many type arguments as its handle declares, and each
//   argument has the abilities the handle's constraint on that parameter asks for (a type
//   parameter of the scope has the abilities of its own constraint);
// - references appear only at the top of a parameter, return or local type: never inside a
//   vector, a datatype argument, a field, a type argument of an instruction, or a reference;
// - Call gives as many type arguments as the callee has type parameters, and each datatype
//   instruction as many as the datatype has.
// Instantiations at instructions are checked against constraints by the type-safety check.

import type { SigType } from '../bytecode/module.js';
import { Op, type Instr } from '../bytecode/opcodes.js';
import type { ModuleContext } from './context.js';
import { fail, type Location } from './failure.js';
import { datatypeOperand, num, typeOperand, typesOperand } from './instr.js';
import { VERIFICATION_STATUSES as V } from './status.js';
import { abilitiesOf, hasAbilities, showAbilities, showType } from './types.js';

type Position = 'top' | 'inner';

export function checkSignatures(cx: ModuleContext): void {
  const m = cx.module;
  const check = (t: SigType, scope: readonly number[], position: Position, what: string, at?: Location) => checkType(cx, t, scope, position, what, at);

  m.functionHandles.forEach((h) => {
    h.params.forEach((t, i) => check(t, h.typeParams, 'top', `parameter ${i} of ${h.name}`, { function: h.name }));
    h.returns.forEach((t, i) => check(t, h.typeParams, 'top', `return ${i} of ${h.name}`, { function: h.name }));
  });
  const fields = (handle: number, list: ReadonlyArray<{ name: string; type: SigType }>, owner: string) => {
    const scope = m.datatypeHandles[handle]!.typeParams.map((p) => p.constraints);
    for (const f of list) check(f.type, scope, 'inner', `field ${f.name} of ${owner}`);
  };
  for (const s of m.structs) fields(s.handle, s.fields, m.datatypeHandles[s.handle]!.name);
  for (const e of m.enums) for (const v of e.variants) fields(e.handle, v.fields, `${m.datatypeHandles[e.handle]!.name}::${v.name}`);

  for (const f of cx.functions()) {
    f.def.locals.forEach((t, i) => check(t, f.typeParams, 'top', `local ${f.paramCount + i}`, f.at()));
    f.def.code.forEach((instr, offset) => checkOperands(cx, instr, f.typeParams, f.at(offset)));
  }
}

function checkOperands(cx: ModuleContext, instr: Instr, scope: readonly number[], at: Location): void {
  const m = cx.module;
  switch (instr[0]) {
    case Op.Call: {
      const h = m.functionHandles[num(instr, 1)]!;
      const types = typesOperand(instr, 2);
      if (types.length !== h.typeParams.length) fail(V.INSTANTIATION_ARITY_MISMATCH, `${h.name} takes ${h.typeParams.length} type arguments, given ${types.length}`, at);
      types.forEach((t) => checkType(cx, t, scope, 'inner', `type argument of ${h.name}`, at));
      return;
    }
    case Op.VecPack:
    case Op.VecLen:
    case Op.VecImmBorrow:
    case Op.VecMutBorrow:
    case Op.VecPushBack:
    case Op.VecPopBack:
    case Op.VecUnpack:
    case Op.VecSwap:
      checkType(cx, typeOperand(instr, 1), scope, 'inner', 'vector element type', at);
      return;
  }
  const dh = datatypeOperand(instr);
  if (dh === undefined || instr[0] === Op.VariantSwitch) return;
  const handle = m.datatypeHandles[dh]!;
  const types = typesOperand(instr, instr[0] === Op.Pack || instr[0] === Op.Unpack ? 2 : 3);
  if (types.length !== handle.typeParams.length) fail(V.INSTANTIATION_ARITY_MISMATCH, `${handle.name} takes ${handle.typeParams.length} type arguments, given ${types.length}`, at);
  types.forEach((t) => checkType(cx, t, scope, 'inner', `type argument of ${handle.name}`, at));
}

function checkType(cx: ModuleContext, t: SigType, scope: readonly number[], position: Position, what: string, at?: Location): void {
  const m = cx.module;
  if (typeof t === 'string') return;
  switch (t[0]) {
    case 'param':
      if (t[1] >= scope.length) fail(V.TYPE_PARAM_OUT_OF_BOUNDS, `${what} names type parameter ${t[1]} of ${scope.length}`, at);
      return;
    case 'ref':
    case 'mut':
      if (position !== 'top') fail(V.REFERENCE_NOT_ALLOWED, `${what} has a reference where only values are allowed`, at);
      checkType(cx, t[1], scope, 'inner', what, at);
      return;
    case 'vector':
      checkType(cx, t[1], scope, 'inner', what, at);
      return;
    case 'datatype': {
      const handle = m.datatypeHandles[t[1]]!;
      if (t[2].length !== handle.typeParams.length) {
        fail(V.TYPE_ARITY_MISMATCH, `${what}: ${handle.name} takes ${handle.typeParams.length} type arguments, given ${t[2].length}`, at);
      }
      t[2].forEach((arg, i) => {
        checkType(cx, arg, scope, 'inner', what, at);
        const need = handle.typeParams[i]!.constraints;
        if (!hasAbilities(abilitiesOf(m, arg, scope), need)) {
          fail(V.SIGNATURE_CONSTRAINT_NOT_SATISFIED, `${what}: ${showType(m, arg)} does not have ${showAbilities(need)}, required by ${handle.name}`, at);
        }
      });
      return;
    }
  }
}
