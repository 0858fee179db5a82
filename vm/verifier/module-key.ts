// Module identities as map keys, and the framework addresses that Sui's object rules exempt.
// In: a ModuleId. Out: `0x<64 hex>::name`, the key of the `deps` map given to verifyModule.

import type { ModuleId } from '../bytecode/module.js';

/** The key of a module in a dependency map: the canonical address, `::`, the name. */
export function moduleKeyOf(id: ModuleId): string {
  return `${id.address.toLowerCase()}::${id.name}`;
}

const hex = (n: number) => '0x' + n.toString(16).padStart(64, '0');

export const STD_ADDRESS = hex(1);
export const SUI_ADDRESS = hex(2);
export const SUI_SYSTEM_ADDRESS = hex(3);

/**
 * The packages published at genesis (std, sui, sui_system). Like Sui's own verifier and the
 * compiler, the object rules that only make sense for user code (private generics, fresh UIDs,
 * init and one-time witnesses) do not apply to them: the framework implements those rules.
 * Publishing never assigns these addresses to user packages.
 */
export function isFrameworkAddress(address: string): boolean {
  const a = address.toLowerCase();
  return a === STD_ADDRESS || a === SUI_ADDRESS || a === SUI_SYSTEM_ADDRESS;
}

export function sameModule(a: ModuleId, b: ModuleId): boolean {
  return a.address.toLowerCase() === b.address.toLowerCase() && a.name === b.name;
}
