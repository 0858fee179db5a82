// Check 10d, one-time witness (2900s). In: the module's structs and code. Out: the witness that
// `init` receives can only have been made by the publisher.
//
// Spec (Sui's one-time-witness rule):
// - the candidate is the struct of this module named after the module in upper case
//   (`coin` -> `COIN`);
// - it is a one-time witness when it has exactly the `drop` ability, no type parameters, and no
//   fields or a single `bool` field; a candidate that misses these is an ordinary struct,
//   unless `init` takes it as its witness (then it is refused; see sui-init.ts);
// - no code packs a one-time witness: the only instance is the one publishing passes to `init`.
// In test mode, test functions may pack it (`init_for_testing` helpers), as Sui allows.
// The framework is exempt (`0x2::sui::SUI` is created by a system function, not by `init`).

import { Ability, type StructDef } from '../bytecode/module.js';
import { Op } from '../bytecode/opcodes.js';
import type { ModuleContext } from './context.js';
import { fail } from './failure.js';
import { isTestFunction } from './framework-names.js';
import { num } from './instr.js';
import { isFrameworkAddress } from './module-key.js';
import { VERIFICATION_STATUSES as V } from './status.js';

/** The struct named after the module in upper case, with its datatype handle, if any. */
export function witnessCandidate(cx: ModuleContext): StructDef | undefined {
  const name = cx.self.name.toUpperCase();
  return cx.module.structs.find((s) => cx.module.datatypeHandles[s.handle]!.name === name);
}

/** Why the candidate is not a valid one-time witness, or undefined if it is one. */
export function witnessDefect(cx: ModuleContext, s: StructDef): string | undefined {
  const handle = cx.module.datatypeHandles[s.handle]!;
  if (handle.abilities !== Ability.drop) return 'it must have exactly the drop ability';
  if (handle.typeParams.length > 0) return 'it must not have type parameters';
  if (s.fields.length > 1 || (s.fields.length === 1 && s.fields[0]!.type !== 'bool')) return 'it must have no fields or a single bool field';
  return undefined;
}

export function checkOneTimeWitness(cx: ModuleContext): void {
  if (isFrameworkAddress(cx.self.address)) return;
  const candidate = witnessCandidate(cx);
  if (!candidate || witnessDefect(cx, candidate) !== undefined) return;
  for (const f of cx.functions()) {
    if (cx.options.testMode && isTestFunction(f.def.attributes)) continue;
    f.def.code.forEach((instr, offset) => {
      if (instr[0] === Op.Pack && num(instr, 1) === candidate.handle) {
        fail(V.OTW_PACKED, `${f.name} packs the one-time witness ${cx.module.datatypeHandles[candidate.handle]!.name}; only publishing creates it`, f.at(offset));
      }
    });
  }
}
