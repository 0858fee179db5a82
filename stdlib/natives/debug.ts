// Natives of std::debug. In: a reference to any value and its type. Out: a line of text on the
// call's print sink (nothing when the caller gave none, as on chain). Strings print as text,
// vector<u8> as hex, structs with their field names.

import type { NativeContext, NativeFunction } from '../../vm/runtime/natives.js';
import { NativeFailure } from '../../vm/runtime/natives.js';
import type { RuntimeType } from '../../vm/runtime/types.js';
import { showType } from '../../vm/runtime/types.js';
import type { Value } from '../../vm/runtime/values.js';
import { deref } from '../../vm/runtime/values.js';
import { charge } from './util.js';

const M = '0x1::debug::';
const STD_ADDRESS = '0x' + '1'.padStart(64, '0');

function isStringType(t: RuntimeType): boolean {
  return t.kind === 'datatype' && t.name === 'String' && (t.module === 'string' || t.module === 'ascii') && t.address === STD_ADDRESS;
}

/** A readable rendering of `v`, typed by `t`. */
export function formatValue(ctx: NativeContext, v: Value, t: RuntimeType): string {
  v = deref(v);
  switch (t.kind) {
    case 'bool':
    case 'u8':
    case 'u16':
    case 'u32':
    case 'u64':
    case 'u128':
    case 'u256':
      return String(v);
    case 'address':
      return '@' + (v as string);
    case 'vector':
      if (t.elem.kind === 'u8') return '0x' + (v as number[]).map((b) => b.toString(16).padStart(2, '0')).join('');
      return '[' + (v as Value[]).map((e) => formatValue(ctx, e, t.elem)).join(', ') + ']';
    case 'datatype': {
      if (isStringType(t)) return JSON.stringify(new TextDecoder().decode(Uint8Array.from((v as Value[])[0] as number[])));
      const layout = ctx.layout(t);
      if (layout === undefined) return `${showType(t)} <no layout>`;
      const items = v as Value[];
      const fields = layout.kind === 'struct' ? layout.fields : (layout.variants[items[0] as number]?.fields ?? []);
      const offset = layout.kind === 'struct' ? 0 : 1;
      const name = layout.kind === 'struct' ? showType(t) : `${showType(t)}::${layout.variants[items[0] as number]?.name ?? '?'}`;
      if (fields.length === 0) return name;
      return `${name} { ${fields.map((f, i) => `${f.name}: ${formatValue(ctx, items[i + offset]!, f.type)}`).join(', ')} }`;
    }
  }
}

export const debugNatives: Record<string, NativeFunction> = {
  [M + 'print']: (ctx, [t], [v]) => {
    if (!charge(ctx, M + 'print')) return NativeFailure.outOfGas();
    ctx.print(`[debug] ${formatValue(ctx, v!, t!)}`);
    return [];
  },
  [M + 'print_stack_trace']: (ctx) => {
    if (!charge(ctx, M + 'print_stack_trace')) return NativeFailure.outOfGas();
    ctx.print(`[debug] call stack:\n${ctx.stackTrace().map((f, i) => `  ${i}: ${f}`).join('\n')}`);
    return [];
  },
};
