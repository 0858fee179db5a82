// Check 7, locals safety (2600s). In: type-correct functions. Out: no local is read after it
// was moved or before it was assigned, and no value without `drop` is silently lost.
//
// Spec: a forward dataflow analysis over the CFG. Each local is Available, Unavailable or
// MaybeAvailable (available on some paths into a block, not on others); parameters start
// Available, other locals Unavailable; a join of different states is MaybeAvailable.
// - CopyLoc, MoveLoc, ImmBorrowLoc and MutBorrowLoc need the local Available; MoveLoc makes it
//   Unavailable (a second MoveLoc is a use after move).
// - StLoc makes the local Available; if it was (Maybe)Available, the old value is destroyed, so
//   its type needs `drop`.
// - Ret destroys every local: each one still (Maybe)Available needs `drop` (an unconsumed
//   resource at return). Abort ends the transaction and discards everything; nothing to check.
//
//   Unavailable --StLoc--> Available --MoveLoc--> Unavailable
//          \__ join with the other __/  => MaybeAvailable

import { Ability } from '../bytecode/module.js';
import { Op } from '../bytecode/opcodes.js';
import type { FunctionView, ModuleContext } from './context.js';
import { runForward } from './dataflow.js';
import { fail } from './failure.js';
import { num } from './instr.js';
import { VERIFICATION_STATUSES as V, type VerificationStatus } from './status.js';
import { abilitiesOf, hasAbilities, showType } from './types.js';

const AVAILABLE = 0;
const UNAVAILABLE = 1;
const MAYBE = 2;
type LocalState = typeof AVAILABLE | typeof UNAVAILABLE | typeof MAYBE;
type State = readonly LocalState[];

export function checkLocalsSafety(cx: ModuleContext): void {
  for (const f of cx.functions()) if (!f.def.native) checkFunction(cx, f);
}

function checkFunction(cx: ModuleContext, f: FunctionView): void {
  const code = f.def.code;
  const hasDrop = f.localTypes.map((t) => hasAbilities(abilitiesOf(cx.module, t, f.typeParams), Ability.drop));
  const describe = (i: number) => `local ${i} (${showType(cx.module, f.localTypes[i]!)})`;
  const entry: State = f.localTypes.map((_, i) => (i < f.paramCount ? AVAILABLE : UNAVAILABLE));

  runForward<State>(f.cfg, {
    entry,
    join: (a, b) => a.map((s, i) => (s === b[i] ? s : MAYBE)),
    equal: (a, b) => a.every((s, i) => s === b[i]),
    transfer(block, input) {
      const state = [...input];
      for (let offset = block.start; offset <= block.end; offset++) {
        const instr = code[offset]!;
        const at = f.at(offset);
        const requireAvailable = (status: VerificationStatus, what: string) => {
          const i = num(instr, 1);
          if (state[i] !== AVAILABLE) fail(status, `${what} of ${describe(i)}, which ${state[i] === MAYBE ? 'may be' : 'is'} moved or unassigned`, at);
        };
        switch (instr[0]) {
          case Op.CopyLoc:
            requireAvailable(V.COPYLOC_UNAVAILABLE, 'CopyLoc');
            break;
          case Op.MoveLoc:
            requireAvailable(V.MOVELOC_UNAVAILABLE, 'MoveLoc');
            state[num(instr, 1)] = UNAVAILABLE;
            break;
          case Op.ImmBorrowLoc:
          case Op.MutBorrowLoc:
            requireAvailable(V.BORROWLOC_UNAVAILABLE, 'a borrow');
            break;
          case Op.StLoc: {
            const i = num(instr, 1);
            if (state[i] !== UNAVAILABLE && !hasDrop[i]) fail(V.STLOC_UNSAFE_TO_DESTROY, `StLoc overwrites ${describe(i)}, which ${state[i] === MAYBE ? 'may still hold' : 'holds'} a value without drop`, at);
            state[i] = AVAILABLE;
            break;
          }
          case Op.Ret:
            state.forEach((s, i) => {
              if (s !== UNAVAILABLE && !hasDrop[i]) fail(V.RET_UNSAFE_TO_DESTROY, `Ret leaves ${describe(i)} ${s === MAYBE ? 'perhaps ' : ''}holding a value without drop`, at);
            });
            break;
        }
      }
      return state;
    },
  });
}
