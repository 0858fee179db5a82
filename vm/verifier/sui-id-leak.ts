// Check 10f, fresh UIDs (2900s). In: type-safe function bodies. Out: every object packed by
// the module gets a UID that no other object ever had.
//
// Spec (Sui's id-leak rule, in its current form): an abstract interpretation where each value
// is Fresh or Other. Only the results of the framework's UID constructors (0x2::object::new and
// the system ones, 0x2::test_scenario::new_object) are Fresh; everything else is Other: values
// unpacked from objects (or any datatype), parameters, results of any other call, reads through
// references. Locals hold what was stored into them (a join of Fresh and Other is Other).
// Pack of a `key` struct needs Fresh for its first field, the `id`: so an unpacked UID, or one
// stored in a local on any path, or one passed through a helper function, is refused. What
// code does with a UID otherwise (delete it, keep it in another struct) is not restricted.
// The framework is exempt: it implements the constructors.

import { Ability } from '../bytecode/module.js';
import { Op } from '../bytecode/opcodes.js';
import type { FunctionView, ModuleContext } from './context.js';
import { runForward } from './dataflow.js';
import { fail } from './failure.js';
import { FRESH_UID_FUNCTIONS, isFunctionHandle } from './framework-names.js';
import { num, stackEffect } from './instr.js';
import { isFrameworkAddress } from './module-key.js';
import { VERIFICATION_STATUSES as V } from './status.js';

const FRESH = 1;
const OTHER = 2;
type Value = typeof FRESH | typeof OTHER;
/** Per local: its value, or undefined while unassigned. */
type State = ReadonlyArray<Value | undefined>;

export function checkIdLeak(cx: ModuleContext): void {
  if (isFrameworkAddress(cx.self.address)) return;
  for (const f of cx.functions()) if (!f.def.native) checkFunction(cx, f);
}

function checkFunction(cx: ModuleContext, f: FunctionView): void {
  const code = f.def.code;
  const entry: State = f.localTypes.map((_, i) => (i < f.paramCount ? OTHER : undefined));
  runForward<State>(f.cfg, {
    entry,
    join: (a, b) => a.map((x, i) => (x === undefined ? b[i] : b[i] === undefined || b[i] === x ? x : OTHER)),
    equal: (a, b) => a.every((x, i) => x === b[i]),
    transfer(block, input) {
      const locals = [...input];
      const stack: Value[] = [];
      for (let offset = block.start; offset <= block.end; offset++) {
        const instr = code[offset]!;
        switch (instr[0]) {
          case Op.CopyLoc:
          case Op.MoveLoc:
            stack.push(locals[num(instr, 1)] ?? OTHER);
            break;
          case Op.StLoc:
            locals[num(instr, 1)] = stack.pop() ?? OTHER;
            break;
          case Op.Ret:
            stack.length = 0;
            break;
          case Op.Call: {
            const callee = cx.module.functionHandles[num(instr, 1)]!;
            stack.length -= callee.params.length;
            const made = isFunctionHandle(cx, num(instr, 1), FRESH_UID_FUNCTIONS) ? FRESH : OTHER;
            for (let k = 0; k < callee.returns.length; k++) stack.push(made);
            break;
          }
          case Op.Pack: {
            const h = num(instr, 1);
            const fields = cx.struct(h).fields.length;
            const isObject = (cx.module.datatypeHandles[h]!.abilities & Ability.key) !== 0;
            if (isObject && fields > 0 && stack[stack.length - fields] !== FRESH) {
              fail(V.ID_NOT_FRESH, `Pack of object ${cx.module.datatypeHandles[h]!.name} with a UID that may not come from object::new (unpacked from another object, a parameter, or a helper's result)`, f.at(offset));
            }
            stack.length -= fields;
            stack.push(OTHER);
            break;
          }
          default: {
            const { pops, pushes } = stackEffect(cx, instr);
            stack.length -= pops;
            for (let k = 0; k < pushes; k++) stack.push(OTHER);
          }
        }
      }
      return locals;
    },
  });
}
