// Typed access to instruction operands, and each instruction's stack effect (how many values
// it pops and pushes). In: an instruction the bounds check has accepted. Out: numbers, types.
// The stack-usage check and the analyses share this table so they can never disagree.

import type { SigType } from '../bytecode/module.js';
import { Op, type Instr } from '../bytecode/opcodes.js';
import type { ModuleContext } from './context.js';

/** Operand k (1-based: operand 1 follows the opcode) as a number. */
export function num(instr: Instr, k: number): number {
  return instr[k] as number;
}

export function typesOperand(instr: Instr, k: number): readonly SigType[] {
  return instr[k] as readonly SigType[];
}

export function typeOperand(instr: Instr, k: number): SigType {
  return instr[k] as SigType;
}

export function offsetsOperand(instr: Instr, k: number): readonly number[] {
  return instr[k] as readonly number[];
}

/** The datatype handle an instruction names, for the instructions that name one. */
export function datatypeOperand(instr: Instr): number | undefined {
  switch (instr[0]) {
    case Op.ImmBorrowField:
    case Op.MutBorrowField:
    case Op.Pack:
    case Op.Unpack:
    case Op.PackVariant:
    case Op.UnpackVariant:
    case Op.UnpackVariantImmRef:
    case Op.UnpackVariantMutRef:
    case Op.VariantSwitch:
      return num(instr, 1);
    default:
      return undefined;
  }
}

export interface StackEffect {
  pops: number;
  pushes: number;
}

const FIXED: Readonly<Record<number, StackEffect>> = (() => {
  const e = (pops: number, pushes: number): StackEffect => ({ pops, pushes });
  const table: Record<number, StackEffect> = {
    [Op.Nop]: e(0, 0),
    [Op.Pop]: e(1, 0),
    [Op.BrTrue]: e(1, 0),
    [Op.BrFalse]: e(1, 0),
    [Op.Branch]: e(0, 0),
    [Op.LdU8]: e(0, 1),
    [Op.LdU16]: e(0, 1),
    [Op.LdU32]: e(0, 1),
    [Op.LdU64]: e(0, 1),
    [Op.LdU128]: e(0, 1),
    [Op.LdU256]: e(0, 1),
    [Op.LdTrue]: e(0, 1),
    [Op.LdFalse]: e(0, 1),
    [Op.LdConst]: e(0, 1),
    [Op.CopyLoc]: e(0, 1),
    [Op.MoveLoc]: e(0, 1),
    [Op.StLoc]: e(1, 0),
    [Op.ImmBorrowLoc]: e(0, 1),
    [Op.MutBorrowLoc]: e(0, 1),
    [Op.ImmBorrowField]: e(1, 1),
    [Op.MutBorrowField]: e(1, 1),
    [Op.VariantSwitch]: e(1, 0),
    [Op.ReadRef]: e(1, 1),
    [Op.WriteRef]: e(2, 0),
    [Op.FreezeRef]: e(1, 1),
    [Op.Not]: e(1, 1),
    [Op.Abort]: e(1, 0),
    [Op.VecLen]: e(1, 1),
    [Op.VecImmBorrow]: e(2, 1),
    [Op.VecMutBorrow]: e(2, 1),
    [Op.VecPushBack]: e(2, 0),
    [Op.VecPopBack]: e(1, 1),
    [Op.VecSwap]: e(3, 0),
  };
  for (let op: number = Op.Add; op <= Op.Ge; op++) if (op !== Op.Not) table[op] = e(2, 1);
  for (let op: number = Op.CastU8; op <= Op.CastU256; op++) table[op] = e(1, 1);
  return table;
})();

/** Pops and pushes of one instruction; Ret is handled by the callers (it ends the function). */
export function stackEffect(cx: ModuleContext, instr: Instr): StackEffect {
  const fixed = FIXED[instr[0]];
  if (fixed) return fixed;
  const m = cx.module;
  switch (instr[0]) {
    case Op.Call: {
      const h = m.functionHandles[num(instr, 1)]!;
      return { pops: h.params.length, pushes: h.returns.length };
    }
    case Op.Pack:
      return { pops: cx.struct(num(instr, 1)).fields.length, pushes: 1 };
    case Op.Unpack:
      return { pops: 1, pushes: cx.struct(num(instr, 1)).fields.length };
    case Op.PackVariant:
      return { pops: cx.variant(num(instr, 1), num(instr, 2)).fields.length, pushes: 1 };
    case Op.UnpackVariant:
    case Op.UnpackVariantImmRef:
    case Op.UnpackVariantMutRef:
      return { pops: 1, pushes: cx.variant(num(instr, 1), num(instr, 2)).fields.length };
    case Op.VecPack:
      return { pops: num(instr, 2), pushes: 1 };
    case Op.VecUnpack:
      return { pops: 1, pushes: num(instr, 2) };
    default:
      throw new Error(`verifier: no stack effect for opcode ${instr[0]}`);
  }
}

/** Instructions after which control never reaches the next instruction. */
export function isTerminator(op: number): boolean {
  return op === Op.Ret || op === Op.Abort || op === Op.Branch || op === Op.VariantSwitch;
}

/** Instructions that end a basic block: terminators and conditional branches. */
export function endsBlock(op: number): boolean {
  return isTerminator(op) || op === Op.BrTrue || op === Op.BrFalse;
}

/** Jump targets of an instruction (not counting fall-through). */
export function jumpTargets(instr: Instr): readonly number[] {
  switch (instr[0]) {
    case Op.BrTrue:
    case Op.BrFalse:
    case Op.Branch:
      return [num(instr, 1)];
    case Op.VariantSwitch:
      return offsetsOperand(instr, 2);
    default:
      return [];
  }
}
