// Check 6, type safety (2500s). In: functions whose blocks have balanced stacks. Out: every
// reachable instruction gets operands of the types it needs, and every ability it relies on.
//
// Spec: an abstract interpretation over types. Each reachable block starts with an empty stack
// (check 5); locals have their declared types, so no join is needed. Per instruction:
// - loads push their type; CopyLoc needs `copy`; MoveLoc pushes the local's type; StLoc pops a
//   value of the local's type; borrows of a local push `&T`/`&mut T` and refuse a local whose
//   type is already a reference;
// - field borrows take `&S<τ>` (or `&mut`; MutBorrowField only `&mut`) of exactly the instance
//   the instruction names and push a reference to the field type instantiated with τ;
// - Call pops the callee's parameter types and pushes its return types, both instantiated with
//   the call's type arguments, which must satisfy the callee's constraints;
// - Pack/Unpack and the variant forms pop/push the field types of the named instance; the
//   by-reference unpacks push references of the mutability they are named for; VariantSwitch
//   takes a reference to an instance of the named enum;
// - ReadRef needs `copy`, WriteRef takes `&mut T` on top of a `T` and needs `drop`, FreezeRef
//   turns `&mut T` into `&T`; Pop, Eq and Neq need `drop`; Eq/Neq compare equal types;
// - arithmetic, bitwise and comparisons take two integers of one width (Shl/Shr: any integer and
//   a u8 shift); casts take any integer; Or/And/Not and conditional branches take bool; Abort
//   takes u64; Ret takes the declared return types; vector instructions take the element type
//   their operand names.
// One relaxation over exact matching: a `&mut T` is accepted where `&T` is expected (call
// arguments, Ret, StLoc, Eq/Neq), an implicit FreezeRef; reference safety treats it as one.

import type { SigType } from '../bytecode/module.js';
import { Op, opcodeName, type Instr } from '../bytecode/opcodes.js';
import type { FunctionView, ModuleContext } from './context.js';
import { fail } from './failure.js';
import { num, typeOperand, typesOperand } from './instr.js';
import { VERIFICATION_STATUSES as V, type VerificationStatus } from './status.js';
import { abilitiesOf, hasAbilities, isInteger, isReference, sameType, showAbilities, showType, substitute } from './types.js';
import { Ability } from '../bytecode/module.js';

/** `actual` may stand where `expected` is needed: equal, or `&mut T` for `&T`. */
export function assignable(actual: SigType, expected: SigType): boolean {
  if (sameType(actual, expected)) return true;
  return typeof actual !== 'string' && typeof expected !== 'string' && actual[0] === 'mut' && expected[0] === 'ref' && sameType(actual[1], expected[1]);
}

export function checkTypeSafety(cx: ModuleContext): void {
  for (const f of cx.functions()) {
    if (f.def.native) continue;
    for (const b of f.cfg.order) {
      const block = f.cfg.blocks[b]!;
      const stack: SigType[] = [];
      for (let offset = block.start; offset <= block.end; offset++) step(cx, f, f.def.code[offset]!, offset, stack);
    }
  }
}

function step(cx: ModuleContext, f: FunctionView, instr: Instr, offset: number, stack: SigType[]): void {
  const m = cx.module;
  const at = f.at(offset);
  const name = opcodeName(instr[0]);
  const show = (t: SigType) => showType(m, t);
  const abilities = (t: SigType) => abilitiesOf(m, t, f.typeParams);
  const need = (t: SigType, ability: number, status: VerificationStatus, why: string) => {
    if (!hasAbilities(abilities(t), ability)) fail(status, `${why}: ${show(t)} does not have ${showAbilities(ability)}`, at);
  };
  const pop = (): SigType => {
    const t = stack.pop();
    if (t === undefined) throw new Error('verifier: type stack underflow after the stack check');
    return t;
  };
  const popExpect = (expected: SigType, status: VerificationStatus, what: string) => {
    const t = pop();
    if (!assignable(t, expected)) fail(status, `${what}: expected ${show(expected)}, found ${show(t)}`, at);
  };
  const popInteger = (): SigType => {
    const t = pop();
    if (!isInteger(t)) fail(V.INTEGER_OP_TYPE_MISMATCH, `${name} expects an integer, found ${show(t)}`, at);
    return t;
  };
  const popBool = () => popExpect('bool', V.BOOLEAN_OP_TYPE_MISMATCH, name);
  const popRef = (mutable: boolean, status: VerificationStatus): SigType => {
    const t = pop();
    if (!isReference(t) || (mutable && t[0] !== 'mut')) fail(status, `${name} expects ${mutable ? '&mut' : 'a reference'}, found ${show(t)}`, at);
    return t[1];
  };
  const constraints = (targs: readonly SigType[], params: readonly number[], what: string) => {
    targs.forEach((t, i) => {
      const c = params[i] ?? 0;
      if (!hasAbilities(abilities(t), c)) fail(V.CONSTRAINT_NOT_SATISFIED, `type argument ${show(t)} of ${what} does not have ${showAbilities(c)}`, at);
    });
  };
  const datatypeInstance = (h: number, targs: readonly SigType[]): SigType => {
    constraints(
      targs,
      m.datatypeHandles[h]!.typeParams.map((p) => p.constraints),
      m.datatypeHandles[h]!.name,
    );
    return ['datatype', h, targs];
  };
  const local = (): SigType => f.localTypes[num(instr, 1)]!;

  switch (instr[0]) {
    case Op.Nop:
    case Op.Branch:
      return;
    case Op.Pop:
      need(pop(), Ability.drop, V.DROP_WITHOUT_DROP, 'Pop');
      return;
    case Op.Ret: {
      const returns = f.handle.returns;
      const values = stack.splice(stack.length - returns.length, returns.length);
      values.forEach((t, i) => {
        if (!assignable(t, returns[i]!)) fail(V.RET_TYPE_MISMATCH, `return ${i}: expected ${show(returns[i]!)}, found ${show(t)}`, at);
      });
      return;
    }
    case Op.BrTrue:
    case Op.BrFalse:
      popBool();
      return;
    case Op.LdU8:
    case Op.LdU16:
    case Op.LdU32:
    case Op.LdU64:
    case Op.LdU128:
    case Op.LdU256:
      stack.push((['u8', 'u16', 'u32', 'u64', 'u128', 'u256'] as const)[instr[0] - Op.LdU8]!);
      return;
    case Op.LdTrue:
    case Op.LdFalse:
      stack.push('bool');
      return;
    case Op.LdConst:
      stack.push(m.constants[num(instr, 1)]!.type);
      return;
    case Op.CopyLoc:
      need(local(), Ability.copy, V.COPY_WITHOUT_COPY, `CopyLoc ${num(instr, 1)}`);
      stack.push(local());
      return;
    case Op.MoveLoc:
      stack.push(local());
      return;
    case Op.StLoc:
      popExpect(local(), V.STLOC_TYPE_MISMATCH, `StLoc ${num(instr, 1)}`);
      return;
    case Op.ImmBorrowLoc:
    case Op.MutBorrowLoc: {
      const t = local();
      if (isReference(t)) fail(V.BORROW_LOC_REFERENCE, `${name} of local ${num(instr, 1)}, which holds a reference`, at);
      stack.push([instr[0] === Op.MutBorrowLoc ? 'mut' : 'ref', t]);
      return;
    }
    case Op.ImmBorrowField:
    case Op.MutBorrowField: {
      const h = num(instr, 1);
      const targs = typesOperand(instr, 3);
      const instance = datatypeInstance(h, targs);
      const mutable = instr[0] === Op.MutBorrowField;
      const inner = popRef(mutable, V.BORROW_FIELD_TYPE_MISMATCH);
      if (!sameType(inner, instance)) fail(V.BORROW_FIELD_TYPE_MISMATCH, `${name} expects a reference to ${show(instance)}, found one to ${show(inner)}`, at);
      const field = cx.struct(h).fields[num(instr, 2)]!;
      stack.push([mutable ? 'mut' : 'ref', substitute(field.type, targs)]);
      return;
    }
    case Op.Call: {
      const callee = m.functionHandles[num(instr, 1)]!;
      const targs = typesOperand(instr, 2);
      constraints(targs, callee.typeParams, callee.name);
      const params = callee.params.map((p) => substitute(p, targs));
      for (let i = params.length - 1; i >= 0; i--) popExpect(params[i]!, V.CALL_TYPE_MISMATCH, `argument ${i} of ${callee.name}`);
      for (const r of callee.returns) stack.push(substitute(r, targs));
      return;
    }
    case Op.Pack:
    case Op.PackVariant: {
      const h = num(instr, 1);
      const targs = typesOperand(instr, instr[0] === Op.Pack ? 2 : 3);
      const instance = datatypeInstance(h, targs);
      const fields = instr[0] === Op.Pack ? cx.struct(h).fields : cx.variant(h, num(instr, 2)).fields;
      for (let i = fields.length - 1; i >= 0; i--) popExpect(substitute(fields[i]!.type, targs), V.PACK_TYPE_MISMATCH, `field ${fields[i]!.name}`);
      stack.push(instance);
      return;
    }
    case Op.Unpack:
    case Op.UnpackVariant:
    case Op.UnpackVariantImmRef:
    case Op.UnpackVariantMutRef: {
      const h = num(instr, 1);
      const targs = typesOperand(instr, instr[0] === Op.Unpack ? 2 : 3);
      const instance = datatypeInstance(h, targs);
      const fields = instr[0] === Op.Unpack ? cx.struct(h).fields : cx.variant(h, num(instr, 2)).fields;
      let wrap: 'ref' | 'mut' | undefined;
      if (instr[0] === Op.UnpackVariantImmRef || instr[0] === Op.UnpackVariantMutRef) {
        wrap = instr[0] === Op.UnpackVariantMutRef ? 'mut' : 'ref';
        const inner = popRef(wrap === 'mut', V.UNPACK_TYPE_MISMATCH);
        if (!sameType(inner, instance)) fail(V.UNPACK_TYPE_MISMATCH, `${name} expects a reference to ${show(instance)}, found one to ${show(inner)}`, at);
      } else {
        popExpect(instance, V.UNPACK_TYPE_MISMATCH, name);
      }
      for (const fd of fields) {
        const t = substitute(fd.type, targs);
        stack.push(wrap ? [wrap, t] : t);
      }
      return;
    }
    case Op.VariantSwitch: {
      const h = num(instr, 1);
      const inner = popRef(false, V.VARIANT_SWITCH_TYPE_MISMATCH);
      if (typeof inner === 'string' || inner[0] !== 'datatype' || inner[1] !== h) {
        fail(V.VARIANT_SWITCH_TYPE_MISMATCH, `VariantSwitch on ${m.datatypeHandles[h]!.name} gets a reference to ${show(inner)}`, at);
      }
      return;
    }
    case Op.ReadRef: {
      const inner = popRef(false, V.REFERENCE_TYPE_MISMATCH);
      need(inner, Ability.copy, V.COPY_WITHOUT_COPY, 'ReadRef');
      stack.push(inner);
      return;
    }
    case Op.WriteRef: {
      const inner = popRef(true, V.REFERENCE_TYPE_MISMATCH);
      const value = pop();
      if (!sameType(value, inner)) fail(V.REFERENCE_TYPE_MISMATCH, `WriteRef of ${show(value)} through &mut ${show(inner)}`, at);
      need(inner, Ability.drop, V.DROP_WITHOUT_DROP, 'WriteRef destroys the old value');
      return;
    }
    case Op.FreezeRef:
      stack.push(['ref', popRef(true, V.REFERENCE_TYPE_MISMATCH)]);
      return;
    case Op.Add:
    case Op.Sub:
    case Op.Mul:
    case Op.Div:
    case Op.Mod:
    case Op.BitOr:
    case Op.BitAnd:
    case Op.Xor: {
      const b = popInteger();
      const a = popInteger();
      if (a !== b) fail(V.INTEGER_OP_TYPE_MISMATCH, `${name} of ${show(a)} and ${show(b)}`, at);
      stack.push(a);
      return;
    }
    case Op.Shl:
    case Op.Shr: {
      const amount = pop();
      if (amount !== 'u8') fail(V.SHIFT_AMOUNT_NOT_U8, `${name} by ${show(amount)}`, at);
      stack.push(popInteger());
      return;
    }
    case Op.Lt:
    case Op.Gt:
    case Op.Le:
    case Op.Ge: {
      const b = popInteger();
      const a = popInteger();
      if (a !== b) fail(V.INTEGER_OP_TYPE_MISMATCH, `${name} of ${show(a)} and ${show(b)}`, at);
      stack.push('bool');
      return;
    }
    case Op.Or:
    case Op.And:
      popBool();
      popBool();
      stack.push('bool');
      return;
    case Op.Not:
      popBool();
      stack.push('bool');
      return;
    case Op.Eq:
    case Op.Neq: {
      const b = frozen(pop());
      const a = frozen(pop());
      if (!sameType(a, b)) fail(V.EQUALITY_OP_TYPE_MISMATCH, `${name} of ${show(a)} and ${show(b)}`, at);
      need(a, Ability.drop, V.DROP_WITHOUT_DROP, name);
      stack.push('bool');
      return;
    }
    case Op.CastU8:
    case Op.CastU16:
    case Op.CastU32:
    case Op.CastU64:
    case Op.CastU128:
    case Op.CastU256:
      popInteger();
      stack.push((['u8', 'u16', 'u32', 'u64', 'u128', 'u256'] as const)[instr[0] - Op.CastU8]!);
      return;
    case Op.Abort: {
      const code = pop();
      if (code !== 'u64') fail(V.ABORT_CODE_NOT_U64, `Abort with ${show(code)}`, at);
      return;
    }
    case Op.VecPack: {
      const elem = typeOperand(instr, 1);
      for (let i = 0; i < num(instr, 2); i++) popExpect(elem, V.VECTOR_OP_TYPE_MISMATCH, `element of VecPack`);
      stack.push(['vector', elem]);
      return;
    }
    case Op.VecUnpack: {
      const elem = typeOperand(instr, 1);
      popExpect(['vector', elem], V.VECTOR_OP_TYPE_MISMATCH, 'VecUnpack');
      for (let i = 0; i < num(instr, 2); i++) stack.push(elem);
      return;
    }
    case Op.VecLen:
    case Op.VecImmBorrow:
    case Op.VecMutBorrow:
    case Op.VecPushBack:
    case Op.VecPopBack:
    case Op.VecSwap: {
      const elem = typeOperand(instr, 1);
      const vec: SigType = ['vector', elem];
      const op = instr[0];
      if (op === Op.VecSwap) {
        popExpect('u64', V.VECTOR_OP_TYPE_MISMATCH, 'second index of VecSwap');
        popExpect('u64', V.VECTOR_OP_TYPE_MISMATCH, 'first index of VecSwap');
      } else if (op === Op.VecImmBorrow || op === Op.VecMutBorrow) {
        popExpect('u64', V.VECTOR_OP_TYPE_MISMATCH, `index of ${name}`);
      }
      const pushed = op === Op.VecPushBack ? pop() : undefined;
      if (pushed !== undefined && !sameType(pushed, elem)) fail(V.VECTOR_OP_TYPE_MISMATCH, `VecPushBack of ${show(pushed)} onto vector<${show(elem)}>`, at);
      const mutable = op !== Op.VecLen && op !== Op.VecImmBorrow;
      const inner = popRef(mutable, V.VECTOR_OP_TYPE_MISMATCH);
      if (!sameType(inner, vec)) fail(V.VECTOR_OP_TYPE_MISMATCH, `${name} expects a reference to ${show(vec)}, found one to ${show(inner)}`, at);
      if (op === Op.VecLen) stack.push('u64');
      else if (op === Op.VecImmBorrow) stack.push(['ref', elem]);
      else if (op === Op.VecMutBorrow) stack.push(['mut', elem]);
      else if (op === Op.VecPopBack) stack.push(elem);
      return;
    }
    default:
      throw new Error(`verifier: type safety has no rule for opcode ${instr[0]}`);
  }
}

/** Eq/Neq compare references by value: `&mut T` and `&T` are comparable. */
function frozen(t: SigType): SigType {
  return typeof t !== 'string' && t[0] === 'mut' ? ['ref', t[1]] : t;
}
