// The Sui framework's natives that need the object runtime or cryptography. In: nothing. Out:
// their table by registered name, for stdlib/natives/index.ts.

import type { NativeFunction } from '../../../vm/runtime/natives.js';
import { cryptoNatives } from './crypto.js';
import { dynamicFieldNatives } from './dynamic_field.js';
import { eventNatives } from './event.js';
import { objectNatives } from './object.js';
import { transferNatives } from './transfer.js';
import { txContextNatives } from './tx_context.js';

export const suiNatives: Readonly<Record<string, NativeFunction>> = {
  ...objectNatives,
  ...transferNatives,
  ...eventNatives,
  ...dynamicFieldNatives,
  ...txContextNatives,
  ...cryptoNatives,
};

export { deriveDynamicFieldId } from './dynamic_field.js';
