// Check 5, stack usage (2400s). In: functions with their basic blocks. Out: every block, taken
// alone, starts and ends with an empty stack and never pops what it did not push.
//
// Spec, for every basic block (reachable or not):
// - the stack is empty on entry;
// - no instruction pops more values than are on the block's stack (STACK_UNDERFLOW);
// - Ret finds exactly as many values as the function returns;
// - the stack is empty after the block's last instruction (values never flow across a join, so
//   the analyses after this one only track locals between blocks);
// - at most 1024 values are on the stack at once.
// Compilers keep values in locals across `if`/`&&` joins, as Move's compiler does.

import { Op, opcodeName } from '../bytecode/opcodes.js';
import type { ModuleContext } from './context.js';
import { fail } from './failure.js';
import { stackEffect } from './instr.js';
import { VERIFICATION_STATUSES as V } from './status.js';

export const MAX_STACK_HEIGHT = 1024;

export function checkStackUsage(cx: ModuleContext): void {
  for (const f of cx.functions()) {
    if (f.def.native) continue;
    const code = f.def.code;
    for (const block of f.cfg.blocks) {
      let height = 0;
      for (let offset = block.start; offset <= block.end; offset++) {
        const instr = code[offset]!;
        if (instr[0] === Op.Ret) {
          const want = f.handle.returns.length;
          if (height !== want) fail(V.RET_ARITY_MISMATCH, `Ret with ${height} values on the stack; ${f.name} returns ${want}`, f.at(offset));
          height = 0;
          continue;
        }
        const { pops, pushes } = stackEffect(cx, instr);
        if (pops > height) fail(V.STACK_UNDERFLOW, `${opcodeName(instr[0])} pops ${pops} values but the block has pushed ${height}`, f.at(offset));
        height += pushes - pops;
        if (height > MAX_STACK_HEIGHT) fail(V.STACK_TOO_DEEP, `${height} values on the stack`, f.at(offset));
      }
      if (height !== 0) fail(V.UNBALANCED_STACK, `the block ${block.start}..${block.end} leaves ${height} values on the stack`, f.at(block.end));
    }
  }
}
