// The bytecode verifier: a module (and the modules it depends on) in, ok or the first rule it
// breaks out. The only file that knows the order of the checks.
//
// Order, each check relying on the ones before it:
//   1. bounds and duplication       every index in range, every name unique      2000s
//   9a. datatype access              datatype instructions name own types only    2800s
//       (run early: the checks below need the field lists of those types)
//   2. signatures                    types well formed in their scope              2100s
//   3. datatype field abilities      declared abilities backed by fields           2200s
//   4. control flow                  no fall-through; builds basic blocks          2300s
//   5. stack usage                   balanced blocks, no underflow                 2400s
//   6. type safety                   operand types and abilities                   2500s
//   7. locals safety                 no use after move, no lost resources          2600s
//   8. reference safety              no dangling or conflicting references         2700s
//   9b. linking                      handles match dependencies; visibility        2850s
//   10. Sui object rules             objects, init, one-time witness, entry,
//                                    private generics, fresh UIDs                  2900s
//
// A VerifyFailure becomes `{ ok: false, error }`; any other exception is a verifier bug and
// becomes VERIFIER_INVARIANT_VIOLATION, so a hostile module can never crash the caller.

import { showModuleId, type CompiledModule } from '../bytecode/module.js';
import { INVARIANT_STATUSES } from '../status.js';
import { checkBounds } from './bounds.js';
import { ModuleContext, type VerifyOptions } from './context.js';
import { checkControlFlow } from './control-flow.js';
import { checkDatatypeAbilities } from './datatype-abilities.js';
import { checkDatatypeAccess } from './datatype-access.js';
import { VerifyFailure } from './failure.js';
import { moduleKeyOf } from './module-key.js';
import { checkLinking } from './linking.js';
import { checkLocalsSafety } from './locals-safety.js';
import { checkReferenceSafety } from './reference-safety.js';
import { checkSignatures } from './signatures.js';
import { checkStackUsage } from './stack-usage.js';
import { checkEntryPoints } from './sui-entry-points.js';
import { checkIdLeak } from './sui-id-leak.js';
import { checkInit } from './sui-init.js';
import { checkKeyStructs } from './sui-key-structs.js';
import { checkOneTimeWitness } from './sui-one-time-witness.js';
import { checkPrivateGenerics } from './sui-private-generics.js';
import { checkTypeSafety } from './type-safety.js';

import { orderPackage } from './package.js';
import type { VerifyError, VerifyResult } from './result.js';

export { moduleKeyOf } from './module-key.js';
export type { VerifyOptions } from './context.js';
export type { VerifyError, VerifyResult } from './result.js';
export { VERIFICATION_STATUSES } from './status.js';

type Check = (cx: ModuleContext) => void;

export const CHECKS: ReadonlyArray<readonly [string, Check]> = [
  ['bounds', checkBounds],
  ['datatype access', checkDatatypeAccess],
  ['signatures', checkSignatures],
  ['datatype abilities', checkDatatypeAbilities],
  ['control flow', checkControlFlow],
  ['stack usage', checkStackUsage],
  ['type safety', checkTypeSafety],
  ['locals safety', checkLocalsSafety],
  ['reference safety', checkReferenceSafety],
  ['linking', checkLinking],
  ['sui key structs', checkKeyStructs],
  ['sui init', checkInit],
  ['sui one-time witness', checkOneTimeWitness],
  ['sui entry points', checkEntryPoints],
  ['sui private generics', checkPrivateGenerics],
  ['sui id leak', checkIdLeak],
];

/**
 * Verifies one module. `deps` maps moduleKeyOf(id) to each module it refers to; without it the
 * linking check is skipped (the module is verified alone, trusting its handles).
 */
export function verifyModule(module: CompiledModule, deps?: ReadonlyMap<string, CompiledModule>, options: VerifyOptions = {}): VerifyResult {
  let stage = 'setup';
  let cx: ModuleContext | undefined;
  try {
    cx = new ModuleContext(module, deps, options);
    for (const [name, check] of CHECKS) {
      stage = name;
      check(cx);
    }
    return { ok: true };
  } catch (e) {
    const where = moduleName(module);
    if (e instanceof VerifyFailure) {
      const { status, detail, location } = e;
      const place = [where, location.function].filter((x) => x !== undefined).join('::');
      const offset = location.offset !== undefined ? ` at offset ${location.offset}` : '';
      const error: VerifyError = { code: status.code, name: status.name, message: `${place ? place + offset + ': ' : ''}${detail}` };
      if (where !== undefined) error.module = where;
      if (location.function !== undefined) error.function = location.function;
      if (location.offset !== undefined) error.offset = location.offset;
      return { ok: false, error };
    }
    const s = INVARIANT_STATUSES.VERIFIER_INVARIANT_VIOLATION;
    const error: VerifyError = { code: s.code, name: s.name, message: `verifier failed in the ${stage} check: ${e instanceof Error ? e.message : String(e)}` };
    if (where !== undefined) error.module = where;
    return { ok: false, error };
  }
}

/**
 * Verifies the modules of one package, which may depend on each other: in dependency order,
 * each against `deps` (the published modules they use) plus the package modules before it.
 */
export function verifyPackage(modules: readonly CompiledModule[], deps: ReadonlyMap<string, CompiledModule> = new Map(), options: VerifyOptions = {}): VerifyResult {
  let ordered: readonly CompiledModule[];
  try {
    const result = orderPackage(modules, deps);
    if (!Array.isArray(result)) return result as VerifyResult;
    ordered = result;
  } catch (e) {
    const s = INVARIANT_STATUSES.VERIFIER_INVARIANT_VIOLATION;
    return { ok: false, error: { code: s.code, name: s.name, message: `verifier failed ordering the package: ${e instanceof Error ? e.message : String(e)}` } };
  }
  const available = new Map(deps);
  for (const m of ordered) {
    const result = verifyModule(m, available, options);
    if (!result.ok) return result;
    available.set(moduleKeyOf(m.moduleHandles[0]!), m);
  }
  return { ok: true };
}

/** The module's display name, if its self handle is readable at all. */
function moduleName(module: CompiledModule): string | undefined {
  try {
    const id = module.moduleHandles[0];
    return id && typeof id.address === 'string' && typeof id.name === 'string' ? showModuleId(id) : undefined;
  } catch {
    return undefined;
  }
}
