// Check 10b, private generics (2900s). In: function bodies. Out: only a type's own module
// decides how its objects are transferred, shared, frozen or received, and which events of it
// are emitted.
//
// Spec (Sui's private-generics rule): a Call to 0x2::transfer::{transfer, freeze_object,
// share_object, receive, party_transfer} or 0x2::event::emit has as its type argument a
// datatype defined in the calling module (any instance of it). A type parameter, a primitive,
// a vector or another module's type is refused. The `public_*` transfer functions need
// `key + store` instead, which their signatures' constraints already demand.
// The framework (0x1, 0x2, 0x3) implements these functions and is exempt.

import { opcodeName, Op } from '../bytecode/opcodes.js';
import type { ModuleContext } from './context.js';
import { fail } from './failure.js';
import { isFunctionHandle, PRIVATE_GENERIC_FUNCTIONS } from './framework-names.js';
import { num, typesOperand } from './instr.js';
import { isFrameworkAddress } from './module-key.js';
import { VERIFICATION_STATUSES as V } from './status.js';
import { showType } from './types.js';

export function checkPrivateGenerics(cx: ModuleContext): void {
  if (isFrameworkAddress(cx.self.address)) return;
  for (const f of cx.functions()) {
    f.def.code.forEach((instr, offset) => {
      if (instr[0] !== Op.Call || !isFunctionHandle(cx, num(instr, 1), PRIVATE_GENERIC_FUNCTIONS)) return;
      const callee = cx.module.functionHandles[num(instr, 1)]!;
      const targ = typesOperand(instr, 2)[0];
      const own = targ !== undefined && typeof targ !== 'string' && targ[0] === 'datatype' && cx.isLocalDatatype(targ[1]);
      if (!own) {
        const shown = targ === undefined ? 'no type argument' : showType(cx.module, targ);
        fail(V.PRIVATE_GENERICS_FOREIGN_TYPE, `${opcodeName(instr[0])} ${cx.moduleOfFunction(num(instr, 1)).name}::${callee.name}<${shown}>: the type must be defined in this module (use the public_ variant for key + store types of other modules)`, f.at(offset));
      }
    });
  }
}
