// Check 10c, module initializers (2900s). In: the module's functions. Out: `init` is the
// publish-time hook Sui expects, and nothing else can run it.
//
// Spec (Sui's entry-points rule for `init`), for a function named `init`:
// - it is private, not `entry`, has no type parameters and returns nothing;
// - it takes one or two parameters; the last is `&TxContext` or `&mut TxContext`
//   (0x2::tx_context::TxContext); with two, the first is the module's one-time witness by
//   value (see sui-one-time-witness.ts), which must then be a valid one-time witness;
// - no code of the module calls `init` (other modules cannot: it is private).
// In test mode, test functions may call `init`. The framework is exempt, as Sui exempts it.

import type { SigType } from '../bytecode/module.js';
import { Op } from '../bytecode/opcodes.js';
import type { ModuleContext } from './context.js';
import { fail } from './failure.js';
import { isDatatype, isTestFunction, TX_CONTEXT } from './framework-names.js';
import { num } from './instr.js';
import { isFrameworkAddress } from './module-key.js';
import { VERIFICATION_STATUSES as V } from './status.js';
import { showType } from './types.js';
import { witnessCandidate, witnessDefect } from './sui-one-time-witness.js';

export function checkInit(cx: ModuleContext): void {
  if (isFrameworkAddress(cx.self.address)) return;
  const m = cx.module;
  const init = cx.functions().find((f) => f.name === 'init');
  if (!init) return;
  const at = init.at();
  if (init.def.visibility !== 'private') fail(V.INIT_NOT_PRIVATE, `init is ${init.def.visibility}; it must be private`, at);
  if (init.def.entry) fail(V.INIT_IS_ENTRY, 'init cannot be an entry function', at);
  if (init.handle.typeParams.length > 0) fail(V.INIT_HAS_TYPE_PARAMS, 'init cannot have type parameters', at);
  if (init.handle.returns.length > 0) fail(V.INIT_RETURNS_VALUES, 'init cannot return values', at);
  const params = init.handle.params;
  if (params.length < 1 || params.length > 2 || !isTxContextRef(cx, params[params.length - 1]!)) {
    fail(V.INIT_BAD_PARAMS, `init takes (${params.map((p) => showType(m, p)).join(', ')}); expected ([witness,] &TxContext or &mut TxContext)`, at);
  }
  if (params.length === 2) {
    const first = params[0]!;
    const candidate = witnessCandidate(cx);
    const isWitness = candidate !== undefined && typeof first !== 'string' && first[0] === 'datatype' && first[1] === candidate.handle;
    if (!isWitness) fail(V.INIT_FIRST_PARAM_NOT_OTW, `init's first parameter is ${showType(m, first)}, not the one-time witness ${cx.self.name.toUpperCase()}`, at);
    const defect = witnessDefect(cx, candidate);
    if (defect) fail(V.OTW_INVALID, `${cx.self.name.toUpperCase()} is init's one-time witness, but ${defect}`, at);
  }
  for (const f of cx.functions()) {
    if (cx.options.testMode && isTestFunction(f.def.attributes)) continue;
    f.def.code.forEach((instr, offset) => {
      if (instr[0] === Op.Call && num(instr, 1) === init.def.handle) fail(V.INIT_CALLED, `${f.name} calls init; only publishing runs it`, f.at(offset));
    });
  }
}

function isTxContextRef(cx: ModuleContext, t: SigType): boolean {
  return typeof t !== 'string' && (t[0] === 'ref' || t[0] === 'mut') && isDatatype(cx, t[1], TX_CONTEXT);
}
