// Check 3, datatype field abilities (2200s). In: struct and enum definitions with well-formed
// field types. Out: declared abilities are backed by the fields, and phantom parameters are
// really phantom.
//
// Spec:
// - A datatype that declares `copy`, `drop` or `store` needs the same ability of every field
//   type; `key` needs `store` of every field. The datatype's own type parameters count as
//   having every ability here: the requirement on them is checked at each instantiation, where
//   an argument lacking an ability removes it from the instance.
// - A phantom type parameter may appear in a field type only as an argument to a phantom
//   parameter of another datatype: never as the field type itself, never inside a vector,
//   never as a non-phantom argument, since any of those would make its abilities matter.

import { ALL_ABILITIES, type SigType } from '../bytecode/module.js';
import type { ModuleContext } from './context.js';
import { fail } from './failure.js';
import { VERIFICATION_STATUSES as V } from './status.js';
import { abilitiesOf, hasAbilities, requiredOfFields, showAbilities, showType } from './types.js';

export function checkDatatypeAbilities(cx: ModuleContext): void {
  const m = cx.module;
  const check = (handle: number, fields: ReadonlyArray<{ name: string; type: SigType }>, owner: string) => {
    const dh = m.datatypeHandles[handle]!;
    const allAbilities = dh.typeParams.map(() => ALL_ABILITIES);
    const phantom = new Set<number>(dh.typeParams.flatMap((p, i) => (p.phantom ? [i] : [])));
    const need = requiredOfFields(dh.abilities);
    for (const f of fields) {
      if (phantom.size > 0) checkPhantom(cx, f.type, phantom, `field ${f.name} of ${owner}`);
      const has = abilitiesOf(m, f.type, allAbilities);
      if (!hasAbilities(has, need)) {
        fail(V.FIELD_MISSING_ABILITY, `field ${f.name} of ${owner} has type ${showType(m, f.type)} with ${showAbilities(has)}, but ${owner} declares ${showAbilities(dh.abilities)} and so needs ${showAbilities(need)}`);
      }
    }
  };
  for (const s of m.structs) check(s.handle, s.fields, m.datatypeHandles[s.handle]!.name);
  for (const e of m.enums) for (const v of e.variants) check(e.handle, v.fields, `${m.datatypeHandles[e.handle]!.name}::${v.name}`);
}

function checkPhantom(cx: ModuleContext, t: SigType, phantom: ReadonlySet<number>, what: string): void {
  if (typeof t === 'string') return;
  switch (t[0]) {
    case 'param':
      if (phantom.has(t[1])) fail(V.INVALID_PHANTOM_POSITION, `${what} uses phantom type parameter T${t[1]} in a non-phantom position`);
      return;
    case 'vector':
    case 'ref':
    case 'mut':
      checkPhantom(cx, t[1], phantom, what);
      return;
    case 'datatype': {
      const handle = cx.module.datatypeHandles[t[1]]!;
      t[2].forEach((arg, i) => {
        if (!handle.typeParams[i]?.phantom) checkPhantom(cx, arg, phantom, what);
      });
    }
  }
}
