// Type tags: Move types as text and as bytes. In: a type string as users and objects write it
// (`u64`, `vector<u8>`, `0x2::coin::Coin<0x2::sui::SUI>`, addresses short or full), or a runtime
// type. Out: the interned RuntimeType, the canonical object-type string (`0x` + 64 hex digits
// per address, arguments separated by a bare comma), and the BCS encoding of Sui's TypeTag
// (dynamic-field IDs hash it).
//
// Sui's TypeTag enum, in variant order (the BCS tag byte): bool 0, u8 1, u64 2, u128 3,
// address 4, signer 5, vector 6, struct 7, u16 8, u32 9, u256 10. A StructTag is the address
// (32 bytes), module and name (ULEB128 length + bytes) and the type arguments (a vector).

import type { PrimType } from '../bytecode/module.js';
import type { RuntimeType } from '../runtime/types.js';
import { T } from '../runtime/types.js';

const PRIMS: readonly string[] = ['bool', 'u8', 'u16', 'u32', 'u64', 'u128', 'u256', 'address'];

export class TypeTagError extends Error {}

const parsed = new Map<string, RuntimeType>();

/** Parses a Move type; throws TypeTagError with the reason. Results are cached (types are interned). */
export function parseType(text: string): RuntimeType {
  let t = parsed.get(text);
  if (t === undefined) {
    t = parseTypeText(text);
    if (parsed.size < 100_000) parsed.set(text, t);
  }
  return t;
}

function parseTypeText(text: string): RuntimeType {
  let pos = 0;
  const s = text;
  const ws = () => {
    while (pos < s.length && /\s/.test(s[pos]!)) pos++;
  };
  const ident = (): string => {
    ws();
    const m = /^[A-Za-z_][A-Za-z0-9_]*/.exec(s.slice(pos));
    if (!m) throw new TypeTagError(`expected a name at offset ${pos} of "${text}"`);
    pos += m[0].length;
    return m[0];
  };
  const expect = (c: string): void => {
    ws();
    if (s.slice(pos, pos + c.length) !== c) throw new TypeTagError(`expected "${c}" at offset ${pos} of "${text}"`);
    pos += c.length;
  };
  const args = (): RuntimeType[] => {
    const out: RuntimeType[] = [];
    expect('<');
    for (;;) {
      out.push(type());
      ws();
      if (s[pos] === ',') {
        pos++;
        continue;
      }
      expect('>');
      return out;
    }
  };
  const type = (): RuntimeType => {
    ws();
    const addr = /^0[xX][0-9a-fA-F]{1,64}/.exec(s.slice(pos));
    if (addr) {
      pos += addr[0].length;
      expect('::');
      const module = ident();
      expect('::');
      const name = ident();
      ws();
      const targs = s[pos] === '<' ? args() : [];
      return T.datatype({ address: '0x' + addr[0].slice(2).toLowerCase().padStart(64, '0'), name: module }, name, targs);
    }
    const word = ident();
    if (word === 'vector') {
      const a = args();
      if (a.length !== 1) throw new TypeTagError(`vector takes one type argument in "${text}"`);
      return T.vector(a[0]!);
    }
    if (PRIMS.includes(word)) return T.prim(word as PrimType);
    throw new TypeTagError(`unknown type "${word}" in "${text}" (datatypes are written 0xADDRESS::module::Name)`);
  };
  const t = type();
  ws();
  if (pos !== s.length) throw new TypeTagError(`unexpected "${s.slice(pos)}" after the type in "${text}"`);
  return t;
}

/** The canonical object-type string: `0x<64 hex>::coin::Coin<0x<64 hex>::sui::SUI>`. */
export function typeString(t: RuntimeType): string {
  switch (t.kind) {
    case 'vector':
      return `vector<${typeString(t.elem)}>`;
    case 'datatype':
      return `${t.address}::${t.module}::${t.name}${t.args.length === 0 ? '' : `<${t.args.map(typeString).join(',')}>`}`;
    default:
      return t.kind;
  }
}

const TAG: Record<string, number> = { bool: 0, u8: 1, u64: 2, u128: 3, address: 4, u16: 8, u32: 9, u256: 10 };

/** BCS of Sui's TypeTag for `t`. */
export function typeTagBcs(t: RuntimeType): Uint8Array {
  const out: number[] = [];
  const uleb = (n: number) => {
    do {
      let b = n & 0x7f;
      n = Math.floor(n / 128);
      if (n > 0) b |= 0x80;
      out.push(b);
    } while (n > 0);
  };
  const str = (x: string) => {
    const b = new TextEncoder().encode(x);
    uleb(b.length);
    for (const c of b) out.push(c);
  };
  const write = (x: RuntimeType): void => {
    if (x.kind === 'vector') {
      out.push(6);
      write(x.elem);
    } else if (x.kind === 'datatype') {
      out.push(7);
      const hex = x.address.slice(2);
      for (let i = 0; i < 64; i += 2) out.push(parseInt(hex.slice(i, i + 2), 16));
      str(x.module);
      str(x.name);
      uleb(x.args.length);
      for (const a of x.args) write(a);
    } else out.push(TAG[x.kind]!);
  };
  write(t);
  return Uint8Array.from(out);
}

const SUI = '0x' + '2'.padStart(64, '0');
const STD = '0x' + '1'.padStart(64, '0');

export const FRAMEWORK = { std: STD, sui: SUI } as const;

export function isDatatype(t: RuntimeType, address: string, module: string, name: string): t is Extract<RuntimeType, { kind: 'datatype' }> {
  return t.kind === 'datatype' && t.address === address && t.module === module && t.name === name;
}

/** The type `0x2::coin::Coin<0x2::sui::SUI>`. */
export const SUI_TYPE = T.datatype({ address: SUI, name: 'sui' }, 'SUI');
export const GAS_COIN_TYPE = T.datatype({ address: SUI, name: 'coin' }, 'Coin', [SUI_TYPE]);
export const TX_CONTEXT_TYPE = T.datatype({ address: SUI, name: 'tx_context' }, 'TxContext');
export const UPGRADE_CAP_TYPE = T.datatype({ address: SUI, name: 'package' }, 'UpgradeCap');
export const CLOCK_TYPE = T.datatype({ address: SUI, name: 'clock' }, 'Clock');
export const ID_TYPE = T.datatype({ address: SUI, name: 'object' }, 'ID');
export const STRING_TYPE = T.datatype({ address: STD, name: 'string' }, 'String');
export const ASCII_STRING_TYPE = T.datatype({ address: STD, name: 'ascii' }, 'String');

export function isCoin(t: RuntimeType): t is Extract<RuntimeType, { kind: 'datatype' }> {
  return isDatatype(t, SUI, 'coin', 'Coin') && t.args.length === 1;
}

export function isOption(t: RuntimeType): t is Extract<RuntimeType, { kind: 'datatype' }> {
  return isDatatype(t, STD, 'option', 'Option') && t.args.length === 1;
}

export function isReceiving(t: RuntimeType): t is Extract<RuntimeType, { kind: 'datatype' }> {
  return isDatatype(t, SUI, 'transfer', 'Receiving') && t.args.length === 1;
}

/** The address of an object value: its first field is `id: UID { id: ID { bytes } }`. */
export function objectIdOf(value: unknown): string {
  const v = value as unknown[][][];
  const id = v?.[0]?.[0]?.[0];
  if (typeof id !== 'string') throw new TypeError('not an object value (no UID first field)');
  return id;
}
