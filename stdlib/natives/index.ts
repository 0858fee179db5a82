// The standard-library natives. In: nothing. Out: a NativeRegistry holding every native of std
// and sui: the pure ones, and the object natives (object, transfer, event, dynamic_field,
// tx_context; stdlib/natives/sui/), which find their per-transaction state in
// NativeContext.extensions (vm/execution/object-runtime.ts). test_scenario's natives register
// themselves on top with `register`.

import { NativeRegistry } from '../../vm/runtime/natives.js';
import { addressNatives } from './address.js';
import { bcsNatives } from './bcs.js';
import { debugNatives } from './debug.js';
import { hashNatives } from './hash.js';
import { stringNatives } from './string.js';
import { suiNatives } from './sui/index.js';
import { testUtilsNatives } from './test_utils.js';
import { typeNameNatives } from './type_name.js';
import { typesNatives } from './types.js';
import { unitTestNatives } from './unit_test.js';
import { vectorNatives } from './vector.js';

/** Adds the standard natives to `registry` (a new one by default) and returns it. */
export function registerStdlibNatives(registry: NativeRegistry = new NativeRegistry()): NativeRegistry {
  return registry
    .registerAll(vectorNatives)
    .registerAll(bcsNatives)
    .registerAll(hashNatives)
    .registerAll(stringNatives)
    .registerAll(typeNameNatives)
    .registerAll(debugNatives)
    .registerAll(unitTestNatives)
    .registerAll(addressNatives)
    .registerAll(typesNatives)
    .registerAll(testUtilsNatives)
    .registerAll(suiNatives);
}

export { formatValue } from './debug.js';
export { isOneTimeWitness } from './types.js';
