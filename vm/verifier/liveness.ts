// Liveness of locals (backward dataflow): which locals may still be read (CopyLoc, MoveLoc,
// borrow) before being overwritten. In: a function with its CFG. Out: for each instruction,
// the live locals before and after it.
//
// The reference-safety check uses it to let a reference held in a local die at its last use,
// as a compiler's liveness pass would release it. Without it, a compiler would have to emit a
// MoveLoc+Pop for every reference local before the borrowed local is touched again; with it,
// dead references never block a later borrow, which is sound because they are never read.

import { Op } from '../bytecode/opcodes.js';
import type { FunctionView } from './context.js';
import { num } from './instr.js';

export interface Liveness {
  before: ReadonlyArray<ReadonlySet<number>>;
  after: ReadonlyArray<ReadonlySet<number>>;
}

export function liveness(f: FunctionView): Liveness {
  const code = f.def.code;
  const cfg = f.cfg;
  const liveIn: Array<Set<number>> = cfg.blocks.map(() => new Set());
  const before: Array<Set<number>> = code.map(() => new Set());
  const after: Array<Set<number>> = code.map(() => new Set());
  let changed = true;
  let rounds = 0;
  while (changed) {
    changed = false;
    if (++rounds > 10_000) throw new Error('verifier: liveness does not converge');
    // Postorder (reverse of the forward order) converges fastest for a backward problem.
    for (let k = cfg.order.length - 1; k >= 0; k--) {
      const block = cfg.blocks[cfg.order[k]!]!;
      const live = new Set<number>();
      for (const s of block.successors) for (const l of liveIn[s]!) live.add(l);
      for (let o = block.end; o >= block.start; o--) {
        after[o] = new Set(live);
        const instr = code[o]!;
        if (instr[0] === Op.StLoc) live.delete(num(instr, 1));
        else if (instr[0] === Op.CopyLoc || instr[0] === Op.MoveLoc || instr[0] === Op.ImmBorrowLoc || instr[0] === Op.MutBorrowLoc) live.add(num(instr, 1));
        before[o] = new Set(live);
      }
      const old = liveIn[block.index]!;
      if (live.size !== old.size || [...live].some((l) => !old.has(l))) {
        liveIn[block.index] = live;
        changed = true;
      }
    }
  }
  return { before, after };
}
