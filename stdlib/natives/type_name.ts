// Natives of std::type_name. In: a type argument. Out: its Sui-format name as a TypeName value
// (`TypeName { name: ascii::String { bytes } }`, i.e. [[bytes]]), or its package address.
//
// Packages are never upgraded here, so defining and original IDs coincide: both are the address
// the type's module was published at. For a primitive type the address natives abort with 0
// (type_name's ENonModuleType), as there is no package to name.

import type { NativeFunction } from '../../vm/runtime/natives.js';
import { NativeFailure } from '../../vm/runtime/natives.js';
import { typeName } from '../../vm/runtime/types.js';
import { charge } from './util.js';

const M = '0x1::type_name::';
const E_NON_MODULE_TYPE = 0;

const nameOf =
  (name: string): NativeFunction =>
  (ctx, [t]) => {
    const text = typeName(t!);
    if (!charge(ctx, name, text.length)) return NativeFailure.outOfGas();
    const bytes: number[] = [];
    for (let i = 0; i < text.length; i++) bytes.push(text.charCodeAt(i));
    return [[[bytes]]];
  };

const packageOf =
  (name: string): NativeFunction =>
  (ctx, [t]) => {
    if (!charge(ctx, name)) return NativeFailure.outOfGas();
    return t!.kind === 'datatype' ? [t!.address] : NativeFailure.abort(E_NON_MODULE_TYPE);
  };

export const typeNameNatives: Record<string, NativeFunction> = {
  [M + 'with_defining_ids']: nameOf(M + 'with_defining_ids'),
  [M + 'with_original_ids']: nameOf(M + 'with_original_ids'),
  [M + 'defining_id']: packageOf(M + 'defining_id'),
  [M + 'original_id']: packageOf(M + 'original_id'),
};
