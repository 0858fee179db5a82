// Check 4, control flow (2300s). In: function definitions past the bounds check. Out: each
// non-native function's basic blocks, stored in the context for the checks that follow.
//
// Spec:
// - A native function has no code; any other function has at least one instruction.
// - The last instruction is Ret, Abort, Branch or VariantSwitch: execution can never run off
//   the end of the code (a conditional branch at the end would fall through when not taken).
// - Every branch and switch target is an instruction of the function (also checked by bounds;
//   repeated here because the graph is built on it).
// Loops need not be reducible: every analysis here is a fixpoint over arbitrary graphs.

import { opcodeName } from '../bytecode/opcodes.js';
import { buildCfg } from './cfg.js';
import type { ModuleContext } from './context.js';
import { fail } from './failure.js';
import { isTerminator, jumpTargets } from './instr.js';
import { VERIFICATION_STATUSES as V } from './status.js';

export function checkControlFlow(cx: ModuleContext): void {
  for (const f of cx.functions()) {
    const code = f.def.code;
    if (f.def.native) {
      if (code.length > 0) fail(V.NATIVE_WITH_CODE, `native function ${f.name} has ${code.length} instructions`, f.at());
      continue;
    }
    if (code.length === 0) fail(V.EMPTY_CODE, `function ${f.name} has no code`, f.at());
    code.forEach((instr, offset) => {
      for (const t of jumpTargets(instr)) if (t < 0 || t >= code.length) fail(V.INVALID_BRANCH_TARGET, `target ${t} is outside the code`, f.at(offset));
    });
    const last = code[code.length - 1]!;
    if (!isTerminator(last[0])) {
      fail(V.FALL_THROUGH_END, `the last instruction, ${opcodeName(last[0])}, can fall through past the end of the code`, f.at(code.length - 1));
    }
    cx.cfgs[f.index] = buildCfg(code);
  }
}
