// Well-known framework types and functions the Sui rules refer to, recognised through handles
// (a module names them by address, module and name, like any other dependency). In: a module
// and a type or a function handle. Out: whether it is that framework item.

import type { SigType } from '../bytecode/module.js';
import type { ModuleContext } from './context.js';
import { STD_ADDRESS, SUI_ADDRESS } from './module-key.js';

export interface QualifiedName {
  address: string;
  module: string;
  name: string;
}

const q = (address: string, module: string, name: string): QualifiedName => ({ address, module, name });

export const UID = q(SUI_ADDRESS, 'object', 'UID');
export const ID = q(SUI_ADDRESS, 'object', 'ID');
export const TX_CONTEXT = q(SUI_ADDRESS, 'tx_context', 'TxContext');
export const RECEIVING = q(SUI_ADDRESS, 'transfer', 'Receiving');
export const CLOCK = q(SUI_ADDRESS, 'clock', 'Clock');
export const RANDOM = q(SUI_ADDRESS, 'random', 'Random');
export const STRING = q(STD_ADDRESS, 'string', 'String');
export const ASCII_STRING = q(STD_ADDRESS, 'ascii', 'String');
export const OPTION = q(STD_ADDRESS, 'option', 'Option');

/** Functions whose type argument must be a type of the calling module (Sui's private generics). */
export const PRIVATE_GENERIC_FUNCTIONS: readonly QualifiedName[] = [
  ...['transfer', 'freeze_object', 'share_object', 'receive', 'party_transfer'].map((f) => q(SUI_ADDRESS, 'transfer', f)),
  q(SUI_ADDRESS, 'event', 'emit'),
];

/** The functions that create a fresh UID: only their results may become an object's `id`. */
export const FRESH_UID_FUNCTIONS: readonly QualifiedName[] = [
  ...[
    'new',
    'new_uid_from_hash',
    'new_for_testing',
    'sui_system_state',
    'clock',
    'authenticator_state',
    'randomness_state',
    'sui_deny_list_object_id',
    'sui_accumulator_root_object_id',
    'sui_coin_registry_object_id',
    'bridge',
  ].map((f) => q(SUI_ADDRESS, 'object', f)),
  q(SUI_ADDRESS, 'test_scenario', 'new_object'),
];

export function isDatatypeHandle(cx: ModuleContext, h: number, n: QualifiedName): boolean {
  const handle = cx.module.datatypeHandles[h];
  if (!handle || handle.name !== n.name) return false;
  const m = cx.module.moduleHandles[handle.module]!;
  return m.address === n.address && m.name === n.module;
}

/** Whether `t` is an instance of the named datatype (any type arguments). */
export function isDatatype(cx: ModuleContext, t: SigType, n: QualifiedName): boolean {
  return typeof t !== 'string' && t[0] === 'datatype' && isDatatypeHandle(cx, t[1], n);
}

export function isFunctionHandle(cx: ModuleContext, h: number, names: readonly QualifiedName[]): boolean {
  const handle = cx.module.functionHandles[h];
  if (!handle) return false;
  const m = cx.module.moduleHandles[handle.module]!;
  return names.some((n) => n.name === handle.name && n.address === m.address && n.module === m.name);
}

/** Test code, by its attributes; only consulted in test mode. */
export function isTestFunction(attributes: ReadonlyArray<{ name: string }>): boolean {
  return attributes.some((a) => a.name === 'test' || a.name === 'test_only' || a.name === 'random_test');
}
