// Last-use moves: a function's code in, the same code with `CopyLoc x` turned into `MoveLoc x`
// where x is dead afterwards, out.
//
// Source code names a local without saying whether it is copied or moved; code generation copies
// every copyable value. Copying at the last use is wrong for a type with `copy` but not `drop`
// (the local would still hold a value at `Ret`) and wasteful for vectors. A backward liveness
// analysis over the control-flow graph finds the last uses on every path, as Move's compiler does.
//
// A local that is ever borrowed is only converted when it must be (no `drop`): a reference to
// it may still be live at the copy, and moving a borrowed local is illegal.

import { Op, type Instr } from '../../vm/bytecode/opcodes.js';

function successors(code: readonly Instr[], pc: number): number[] {
  const [op, a, b] = code[pc]!;
  switch (op) {
    case Op.Ret:
    case Op.Abort:
      return [];
    case Op.Branch:
      return [a as number];
    case Op.BrTrue:
    case Op.BrFalse:
      return [a as number, pc + 1];
    case Op.VariantSwitch:
      return [...(b as number[])];
    default:
      return pc + 1 < code.length ? [pc + 1] : [];
  }
}

export function moveLastUses(code: Instr[], localCount: number, mustMove: (local: number) => boolean): void {
  const n = code.length;
  const borrowed = new Set<number>();
  for (const [op, a] of code) if (op === Op.ImmBorrowLoc || op === Op.MutBorrowLoc) borrowed.add(a as number);
  // liveIn[pc] as a bit set per instruction; locals are few, so arrays of booleans are enough.
  const liveIn: Uint8Array[] = Array.from({ length: n }, () => new Uint8Array(localCount));
  const liveOut: Uint8Array[] = Array.from({ length: n }, () => new Uint8Array(localCount));
  let changed = true;
  while (changed) {
    changed = false;
    for (let pc = n - 1; pc >= 0; pc--) {
      const out = liveOut[pc]!;
      for (const s of successors(code, pc)) {
        const sin = liveIn[s];
        if (!sin) continue;
        for (let i = 0; i < localCount; i++) if (sin[i] && !out[i]) {
          out[i] = 1;
          changed = true;
        }
      }
      const inn = liveIn[pc]!;
      const [op, a] = code[pc]!;
      for (let i = 0; i < localCount; i++) {
        const used = (op === Op.CopyLoc || op === Op.MoveLoc || op === Op.ImmBorrowLoc || op === Op.MutBorrowLoc) && a === i;
        const killed = op === Op.StLoc && a === i;
        const v = used ? 1 : killed ? 0 : out[i]!;
        if (v !== inn[i]) {
          inn[i] = v;
          changed = true;
        }
      }
    }
  }
  for (let pc = 0; pc < n; pc++) {
    const [op, a] = code[pc]!;
    if (op !== Op.CopyLoc) continue;
    const local = a as number;
    if (liveOut[pc]![local]) continue;
    if (mustMove(local) || !borrowed.has(local)) code[pc] = [Op.MoveLoc, local];
  }
}
