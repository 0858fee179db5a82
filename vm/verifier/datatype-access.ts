// Check 9a, visibility within the module (2800–2849). Runs right after the bounds check: the
// stack and type checks need the field lists of the datatypes that instructions name, and only
// this module's datatypes have definitions here.
//
// Spec: Pack, Unpack, PackVariant, UnpackVariant, UnpackVariantImmRef, UnpackVariantMutRef,
// ImmBorrowField, MutBorrowField and VariantSwitch name a datatype handle of module 0. A module
// builds, destroys and looks inside only its own types; other modules go through its functions.

import type { ModuleContext } from './context.js';
import { fail } from './failure.js';
import { datatypeOperand } from './instr.js';
import { opcodeName } from '../bytecode/opcodes.js';
import { showModuleId } from '../bytecode/module.js';
import { VERIFICATION_STATUSES as V } from './status.js';

export function checkDatatypeAccess(cx: ModuleContext): void {
  for (const f of cx.functions()) {
    f.def.code.forEach((instr, offset) => {
      const h = datatypeOperand(instr);
      if (h === undefined || cx.isLocalDatatype(h)) return;
      const handle = cx.module.datatypeHandles[h]!;
      fail(V.DATATYPE_NOT_IN_MODULE, `${opcodeName(instr[0])} on ${showModuleId(cx.moduleOfDatatype(h))}::${handle.name}, which is not defined in this module`, f.at(offset));
    });
  }
}
