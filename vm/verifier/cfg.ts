// Basic blocks of one function's code, built by the control-flow check and used by every later
// per-function check. A block starts at offset 0, at every jump target, and after every
// instruction that ends a block; it ends at a branch, Ret, Abort or VariantSwitch, or just
// before the next block. In: code whose branch targets are in range. Out: blocks, successors,
// predecessors, and the reachable blocks in reverse postorder (the order analyses visit them).

import type { Instr } from '../bytecode/opcodes.js';
import { endsBlock, isTerminator, jumpTargets } from './instr.js';

export interface BasicBlock {
  index: number;
  start: number;
  /** Offset of the last instruction, inclusive. */
  end: number;
  successors: readonly number[];
}

export interface Cfg {
  blocks: readonly BasicBlock[];
  predecessors: readonly (readonly number[])[];
  /** Reachable blocks from the entry block, in reverse postorder. */
  order: readonly number[];
  /** Block index by instruction offset. */
  blockAt: readonly number[];
}

export function buildCfg(code: readonly Instr[]): Cfg {
  const starts = new Set<number>([0]);
  code.forEach((instr, offset) => {
    for (const t of jumpTargets(instr)) starts.add(t);
    if (endsBlock(instr[0]) && offset + 1 < code.length) starts.add(offset + 1);
  });
  const sorted = [...starts].sort((a, b) => a - b);
  const blockAt: number[] = new Array<number>(code.length);
  const blocks: BasicBlock[] = sorted.map((start, index) => {
    const end = (sorted[index + 1] ?? code.length) - 1;
    for (let o = start; o <= end; o++) blockAt[o] = index;
    return { index, start, end, successors: [] };
  });
  for (const b of blocks) {
    const last = code[b.end]!;
    const targets = new Set<number>(jumpTargets(last));
    if (!isTerminator(last[0]) && b.end + 1 < code.length) targets.add(b.end + 1);
    b.successors = [...targets].map((t) => blockAt[t]!);
  }
  const predecessors: number[][] = blocks.map(() => []);
  for (const b of blocks) for (const s of b.successors) predecessors[s]!.push(b.index);
  return { blocks, predecessors, order: reversePostorder(blocks), blockAt };
}

function reversePostorder(blocks: readonly BasicBlock[]): number[] {
  const seen = new Set<number>();
  const post: number[] = [];
  // Iterative depth-first search: deep graphs must not overflow the JS stack.
  const stack: Array<[number, number]> = [[0, 0]];
  seen.add(0);
  while (stack.length > 0) {
    const top = stack[stack.length - 1]!;
    const succ = blocks[top[0]]!.successors;
    if (top[1] < succ.length) {
      const next = succ[top[1]++]!;
      if (!seen.has(next)) {
        seen.add(next);
        stack.push([next, 0]);
      }
    } else {
      post.push(top[0]);
      stack.pop();
    }
  }
  return post.reverse();
}
