// Move values as script output shows them. In: a run-time value (object contents) or BCS bytes
// (event contents), its type, datatype layouts from the chain's loaded packages, and the stable
// names. Out: text with field names, typed integers (`5u64`), ids and addresses by their stable
// names, strings as text; one line (events) or indented (view-object).

import type { DatatypeLayout } from '../../vm/runtime/natives.js';
import type { RuntimeType } from '../../vm/runtime/types.js';
import type { Value } from '../../vm/runtime/values.js';
import { deref } from '../../vm/runtime/values.js';
import type { Names } from './names.js';

export type LayoutOf = (t: RuntimeType) => DatatypeLayout | undefined;

const FRAMEWORK_TYPE = /^0x0*([12])$/;

function isType(t: RuntimeType, address: '1' | '2', module: string, name: string): boolean {
  return t.kind === 'datatype' && FRAMEWORK_TYPE.exec(t.address)?.[1] === address && t.module === module && t.name === name;
}

export function typeName(t: RuntimeType, names: Names): string {
  switch (t.kind) {
    case 'vector':
      return `vector<${typeName(t.elem, names)}>`;
    case 'datatype':
      return `${names.name(t.address)}::${t.module}::${t.name}${t.args.length ? `<${t.args.map((a) => typeName(a, names)).join(', ')}>` : ''}`;
    default:
      return t.kind;
  }
}

function utf8(bytes: Value): string {
  return new TextDecoder().decode(Uint8Array.from(bytes as number[]));
}

/** Formats `v` of type `t`; `indent` >= 0 lays structs out over lines, -1 keeps one line. */
export function formatValue(v: Value, t: RuntimeType, layout: LayoutOf, names: Names, indent = -1): string {
  v = deref(v);
  switch (t.kind) {
    case 'bool':
      return String(v);
    case 'address':
      return names.name(v as string);
    case 'vector': {
      const items = v as Value[];
      if (t.elem.kind === 'u8') return `x"${items.map((b) => Number(b).toString(16).padStart(2, '0')).join('')}"`;
      return `vector[${items.map((e) => formatValue(e, t.elem, layout, names, indent)).join(', ')}]`;
    }
    case 'datatype': {
      const fields = v as Value[];
      if (isType(t, '1', 'string', 'String') || isType(t, '1', 'ascii', 'String')) return JSON.stringify(utf8(deref(fields[0]!)));
      // UID { id: ID { bytes } } and ID { bytes } say no more than the id itself.
      if (isType(t, '2', 'object', 'UID')) return names.name(deref((deref(fields[0]!) as Value[])[0]!) as string);
      if (isType(t, '2', 'object', 'ID')) return names.name(deref(fields[0]!) as string);
      if (isType(t, '1', 'option', 'Option')) {
        const inner = deref(fields[0]!) as Value[];
        return inner.length === 0 ? 'none' : `some(${formatValue(inner[0]!, t.args[0]!, layout, names, indent)})`;
      }
      const l = layout(t);
      if (l === undefined) return `${typeName(t, names)} <no layout>`;
      let head = typeName(t, names);
      let shown = fields;
      let fieldList = l.kind === 'struct' ? l.fields : [];
      if (l.kind === 'enum') {
        const variant = l.variants[deref(fields[0]!) as number]!;
        head += `::${variant.name}`;
        shown = fields.slice(1);
        fieldList = variant.fields;
      }
      if (fieldList.length === 0) return head;
      const parts = fieldList.map((f, i) => `${f.name}: ${formatValue(shown[i]!, f.type, layout, names, indent < 0 ? -1 : indent + 1)}`);
      if (indent < 0) return `${head} { ${parts.join(', ')} }`;
      const pad = '    '.repeat(indent + 1);
      return `${head} {\n${parts.map((p) => `${pad}${p},\n`).join('')}${'    '.repeat(indent)}}`;
    }
    default:
      return `${String(v)}${t.kind}`;
  }
}

/** BCS bytes of type `t` as the run-time value the interpreter would hold. */
export function decodeBcs(bytes: Uint8Array, t: RuntimeType, layout: LayoutOf): Value {
  let pos = 0;
  const byte = (): number => {
    if (pos >= bytes.length) throw new Error('BCS bytes end early');
    return bytes[pos++]!;
  };
  const uint = (n: number): bigint => {
    let v = 0n;
    for (let i = 0; i < n; i++) v |= BigInt(byte()) << BigInt(8 * i);
    return v;
  };
  const uleb = (): number => {
    let v = 0;
    let shift = 0;
    for (;;) {
      const b = byte();
      v += (b & 0x7f) * 2 ** shift;
      if ((b & 0x80) === 0) return v;
      shift += 7;
    }
  };
  const read = (t: RuntimeType): Value => {
    switch (t.kind) {
      case 'bool':
        return byte() === 1;
      case 'u8':
        return byte();
      case 'u16':
        return Number(uint(2));
      case 'u32':
        return Number(uint(4));
      case 'u64': {
        const v = uint(8);
        return v <= BigInt(Number.MAX_SAFE_INTEGER) ? Number(v) : v;
      }
      case 'u128':
        return uint(16);
      case 'u256':
        return uint(32);
      case 'address': {
        let s = '0x';
        for (let i = 0; i < 32; i++) s += byte().toString(16).padStart(2, '0');
        return s;
      }
      case 'vector': {
        const n = uleb();
        const out: Value[] = [];
        for (let i = 0; i < n; i++) out.push(read(t.elem));
        return out;
      }
      case 'datatype': {
        const l = layout(t);
        if (l === undefined) throw new Error(`no layout for ${t.key}`);
        if (l.kind === 'struct') return l.fields.map((f) => read(f.type));
        const tag = uleb();
        const variant = l.variants[tag];
        if (variant === undefined) throw new Error(`variant ${tag} of ${t.key} does not exist`);
        return [tag, ...variant.fields.map((f) => read(f.type))];
      }
    }
  };
  return read(t);
}
