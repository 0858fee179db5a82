// Check 10a, Sui objects (2900s). In: datatype definitions. Out: every object has its identity
// where Sui's runtime looks for it.
//
// Spec (Sui's struct-with-key rule):
// - a struct with `key` has at least one field, and its first field is named `id` and has type
//   `0x2::object::UID` exactly (not positional, no type arguments);
// - an enum never has `key`: objects are structs.

import { Ability } from '../bytecode/module.js';
import type { ModuleContext } from './context.js';
import { fail } from './failure.js';
import { isDatatype, UID } from './framework-names.js';
import { VERIFICATION_STATUSES as V } from './status.js';
import { showType } from './types.js';

export function checkKeyStructs(cx: ModuleContext): void {
  const m = cx.module;
  for (const s of m.structs) {
    const handle = m.datatypeHandles[s.handle]!;
    if ((handle.abilities & Ability.key) === 0) continue;
    const first = s.fields[0];
    if (!first) fail(V.KEY_STRUCT_WITHOUT_ID, `object ${handle.name} has no fields; its first field must be id: UID`);
    const plainUid = isDatatype(cx, first.type, UID) && typeof first.type !== 'string' && first.type[0] === 'datatype' && first.type[2].length === 0;
    if (first.name !== 'id' || !plainUid) {
      fail(V.KEY_STRUCT_WITHOUT_ID, `the first field of object ${handle.name} is ${first.name}: ${showType(m, first.type)}, not id: 0x2::object::UID`);
    }
  }
  for (const e of m.enums) {
    const handle = m.datatypeHandles[e.handle]!;
    if ((handle.abilities & Ability.key) !== 0) fail(V.ENUM_WITH_KEY, `enum ${handle.name} declares key; only structs can be objects`);
  }
}
