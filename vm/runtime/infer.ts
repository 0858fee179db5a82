// Operand types of a verified function, for specialising instructions. In: a compiled module
// and one of its function definitions. Out: per instruction, the integer width its operands
// have (arithmetic) or whether they are primitives (equality), and which instructions are
// reachable.
//
// Values carry no type at run time (values.ts), so `Add` cannot tell a u8 from a u64 by looking
// at its operands. This pass replays the function over a stack of signature types, the way the
// verifier's type checker does, and records what each typed instruction will see. The module is
// already verified, so the first stack reaching an instruction is the only one; anything
// inconsistent throws (the loader turns that into a load error, never a crash at run time).

import type { CompiledModule, EnumDef, FunctionDef, SigType, StructDef } from '../bytecode/module.js';
import type { Instr } from '../bytecode/opcodes.js';
import { Op } from '../bytecode/opcodes.js';

/** Width index per integer type: the order of X's S/U64/B flavours and casts. */
export const WIDTHS = ['u8', 'u16', 'u32', 'u64', 'u128', 'u256'] as const;
export const BITS = [8, 16, 32, 64, 128, 256] as const;

export interface Inferred {
  /** Arithmetic: width index; equality: 1 when `===` suffices; otherwise -1. */
  readonly kind: Int8Array;
  readonly reached: Uint8Array;
}

export class InferError extends Error {}

function subst(t: SigType, args: readonly SigType[]): SigType {
  if (typeof t === 'string') return t;
  switch (t[0]) {
    case 'param': {
      const a = args[t[1]];
      if (a === undefined) throw new InferError(`type parameter ${t[1]} has no argument`);
      return a;
    }
    case 'vector':
      return ['vector', subst(t[1], args)];
    case 'ref':
      return ['ref', subst(t[1], args)];
    case 'mut':
      return ['mut', subst(t[1], args)];
    case 'datatype':
      return t[2].length === 0 ? t : ['datatype', t[1], t[2].map((x) => subst(x, args))];
  }
}

function widthOf(t: SigType | undefined): number {
  const w = typeof t === 'string' ? WIDTHS.indexOf(t as (typeof WIDTHS)[number]) : -1;
  if (w < 0) throw new InferError(`expected an integer operand, found ${JSON.stringify(t)}`);
  return w;
}

function isPrimitive(t: SigType | undefined): boolean {
  return typeof t === 'string';
}

function inner(t: SigType | undefined): SigType {
  if (t === undefined || typeof t === 'string' || (t[0] !== 'ref' && t[0] !== 'mut')) throw new InferError(`expected a reference, found ${JSON.stringify(t)}`);
  return t[1];
}

function vecElem(t: SigType): SigType {
  if (typeof t === 'string' || t[0] !== 'vector') throw new InferError(`expected a vector, found ${JSON.stringify(t)}`);
  return t[1];
}

export function inferOperandTypes(m: CompiledModule, def: FunctionDef): Inferred {
  const handle = m.functionHandles[def.handle];
  if (handle === undefined) throw new InferError(`function handle ${def.handle} out of range`);
  const code = def.code;
  const n = code.length;
  const kind = new Int8Array(n).fill(-1);
  const reached = new Uint8Array(n);
  const localTypes = [...handle.params, ...def.locals];
  const structs = new Map<number, StructDef>();
  const enums = new Map<number, EnumDef>();
  for (const s of m.structs) structs.set(s.handle, s);
  for (const e of m.enums) enums.set(e.handle, e);

  const structFields = (h: number, types: readonly SigType[]): SigType[] => {
    const s = structs.get(h);
    if (s === undefined) throw new InferError(`datatype handle ${h} is not a struct of this module`);
    return s.fields.map((f) => subst(f.type, types));
  };
  const variantFields = (h: number, v: number, types: readonly SigType[]): SigType[] => {
    const variant = enums.get(h)?.variants[v];
    if (variant === undefined) throw new InferError(`datatype handle ${h} variant ${v} is not an enum variant of this module`);
    return variant.fields.map((f) => subst(f.type, types));
  };
  const local = (i: number): SigType => {
    const t = localTypes[i];
    if (t === undefined) throw new InferError(`local ${i} out of range`);
    return t;
  };

  const entry: Array<SigType[] | undefined> = new Array(n);
  const work: number[] = [];
  const reach = (pc: number, stack: SigType[]): void => {
    if (pc < 0 || pc >= n) throw new InferError(`jump to ${pc} outside the function`);
    if (entry[pc] !== undefined) return;
    entry[pc] = stack;
    work.push(pc);
  };
  if (n > 0) reach(0, []);

  while (work.length > 0) {
    const pc = work.pop()!;
    reached[pc] = 1;
    const st = entry[pc]!.slice();
    const ins: Instr = code[pc]!;
    const pop = (): SigType => {
      const t = st.pop();
      if (t === undefined) throw new InferError(`stack underflow at ${pc}`);
      return t;
    };
    const popN = (k: number): void => {
      for (let i = 0; i < k; i++) pop();
    };
    let fallsThrough = true;
    switch (ins[0]) {
      case Op.Nop:
        break;
      case Op.Pop:
        pop();
        break;
      case Op.Ret:
      case Op.Abort:
        fallsThrough = false;
        break;
      case Op.BrTrue:
      case Op.BrFalse:
        pop();
        reach(ins[1] as number, st.slice());
        break;
      case Op.Branch:
        reach(ins[1] as number, st.slice());
        fallsThrough = false;
        break;
      case Op.LdU8:
        st.push('u8');
        break;
      case Op.LdU16:
        st.push('u16');
        break;
      case Op.LdU32:
        st.push('u32');
        break;
      case Op.LdU64:
        st.push('u64');
        break;
      case Op.LdU128:
        st.push('u128');
        break;
      case Op.LdU256:
        st.push('u256');
        break;
      case Op.LdTrue:
      case Op.LdFalse:
        st.push('bool');
        break;
      case Op.LdConst: {
        const c = m.constants[ins[1] as number];
        if (c === undefined) throw new InferError(`constant ${String(ins[1])} out of range`);
        st.push(c.type);
        break;
      }
      case Op.CopyLoc:
      case Op.MoveLoc:
        st.push(local(ins[1] as number));
        break;
      case Op.StLoc:
        pop();
        break;
      case Op.ImmBorrowLoc:
        st.push(['ref', local(ins[1] as number)]);
        break;
      case Op.MutBorrowLoc:
        st.push(['mut', local(ins[1] as number)]);
        break;
      case Op.ImmBorrowField:
      case Op.MutBorrowField: {
        pop();
        const f = structFields(ins[1] as number, ins[3] as readonly SigType[])[ins[2] as number];
        if (f === undefined) throw new InferError(`field ${String(ins[2])} out of range`);
        st.push(ins[0] === Op.ImmBorrowField ? ['ref', f] : ['mut', f]);
        break;
      }
      case Op.Call: {
        const fh = m.functionHandles[ins[1] as number];
        if (fh === undefined) throw new InferError(`function handle ${String(ins[1])} out of range`);
        const types = ins[2] as readonly SigType[];
        popN(fh.params.length);
        for (const r of fh.returns) st.push(subst(r, types));
        break;
      }
      case Op.Pack: {
        const types = ins[2] as readonly SigType[];
        popN(structFields(ins[1] as number, types).length);
        st.push(['datatype', ins[1] as number, types]);
        break;
      }
      case Op.Unpack:
        pop();
        st.push(...structFields(ins[1] as number, ins[2] as readonly SigType[]));
        break;
      case Op.PackVariant: {
        const types = ins[3] as readonly SigType[];
        popN(variantFields(ins[1] as number, ins[2] as number, types).length);
        st.push(['datatype', ins[1] as number, types]);
        break;
      }
      case Op.UnpackVariant:
        pop();
        st.push(...variantFields(ins[1] as number, ins[2] as number, ins[3] as readonly SigType[]));
        break;
      case Op.UnpackVariantImmRef:
      case Op.UnpackVariantMutRef: {
        pop();
        const wrap = ins[0] === Op.UnpackVariantImmRef ? 'ref' : 'mut';
        for (const f of variantFields(ins[1] as number, ins[2] as number, ins[3] as readonly SigType[])) st.push([wrap, f]);
        break;
      }
      case Op.VariantSwitch:
        pop();
        for (const target of ins[2] as readonly number[]) reach(target, st.slice());
        fallsThrough = false;
        break;
      case Op.ReadRef:
        st.push(inner(pop()));
        break;
      case Op.WriteRef:
        popN(2);
        break;
      case Op.FreezeRef:
        st.push(['ref', inner(pop())]);
        break;
      case Op.Add:
      case Op.Sub:
      case Op.Mul:
      case Op.Div:
      case Op.Mod:
      case Op.BitOr:
      case Op.BitAnd:
      case Op.Xor: {
        pop();
        const lhs = pop();
        kind[pc] = widthOf(lhs);
        st.push(lhs);
        break;
      }
      case Op.Shl:
      case Op.Shr: {
        pop();
        const lhs = pop();
        kind[pc] = widthOf(lhs);
        st.push(lhs);
        break;
      }
      case Op.Or:
      case Op.And:
        popN(2);
        st.push('bool');
        break;
      case Op.Not:
        pop();
        st.push('bool');
        break;
      case Op.Eq:
      case Op.Neq: {
        pop();
        kind[pc] = isPrimitive(pop()) ? 1 : 0;
        st.push('bool');
        break;
      }
      case Op.Lt:
      case Op.Gt:
      case Op.Le:
      case Op.Ge:
        popN(2);
        st.push('bool');
        break;
      case Op.CastU8:
      case Op.CastU16:
      case Op.CastU32:
      case Op.CastU64:
      case Op.CastU128:
      case Op.CastU256:
        pop();
        st.push(WIDTHS[ins[0] - Op.CastU8]!);
        break;
      case Op.VecPack:
        popN(ins[2] as number);
        st.push(['vector', ins[1] as SigType]);
        break;
      case Op.VecLen:
        pop();
        st.push('u64');
        break;
      case Op.VecImmBorrow:
      case Op.VecMutBorrow: {
        pop();
        const v = inner(pop());
        st.push([ins[0] === Op.VecImmBorrow ? 'ref' : 'mut', vecElem(v)]);
        break;
      }
      case Op.VecPushBack:
        popN(2);
        break;
      case Op.VecPopBack:
        st.push(vecElem(inner(pop())));
        break;
      case Op.VecUnpack: {
        const e = vecElem(pop());
        for (let i = 0; i < (ins[2] as number); i++) st.push(e);
        break;
      }
      case Op.VecSwap:
        popN(3);
        break;
      default:
        throw new InferError(`unknown opcode ${ins[0]} at ${pc}`);
    }
    if (fallsThrough) {
      if (pc + 1 >= n) throw new InferError(`control falls off the end of the function at ${pc}`);
      reach(pc + 1, st);
    }
  }
  return { kind, reached };
}
