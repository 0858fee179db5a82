// Types, handle references, ability lists and constant values as a listing writes them: a
// Cursor in, syntax (syntax.ts) out. Names stay unresolved; build.ts resolves them.
//
//   type        := prim | 'vector' '<' type '>' | '&' 'mut'? type | 'T' N | handleRef typeArgs?
//   typeArgs    := '<' type { ',' type } '>'
//   handleRef   := KIND '#' N | '?' KIND '#' N | moduleRef '::' name | name
//   moduleRef   := ADDRESS '::' name | 'module#' N | '?module#' N
//   abilities   := 'has' ability { ',' ability }
//   typeParams  := '<' ['phantom'] 'T'i [':' constraint] { ',' ... } '>'    (datatypes)
//   constraints := '<' 'T'i [':' constraint] { ',' ... } '>'                (functions)
//   constraint  := ability { '+' ability }
//   value       := 'true' | 'false' | N | '@' ADDRESS | 'x"' hex '"' | 'vector' '[' value,* ']'

import { Ability, ALL_ABILITIES, PRIM_TYPES, type ConstValue, type PrimType, type TypeParam } from '../module.js';
import type { Cursor } from './cursor.js';
import type { HandleRefSyn, ModuleRefSyn, TypeSyn } from './syntax.js';

const PARAM = /^T([0-9]+)$/;
/** Types nest no deeper than the codec accepts; deeper text is refused here, not by a stack overflow. */
const MAX_DEPTH = 32;

export function parseModuleRef(c: Cursor): ModuleRefSyn {
  const at = c.ws().at();
  const index = c.ref('module');
  if (index !== undefined) return { at, index };
  const address = c.address();
  c.expect('::', 'after the address');
  return { at, id: { address, name: c.name('a module name') } };
}

/** A handle reference: `kind#i`, a path `0x1::m::Name` / `module#2::Name`, or a bare name. */
export function parseHandleRef(c: Cursor, kind: 'datatype' | 'function'): HandleRefSyn {
  const at = c.ws().at();
  const index = c.ref(kind);
  if (index !== undefined) return { at, index };
  if (c.peekAddress() || c.peekRef() === 'module') {
    const module = parseModuleRef(c);
    c.expect('::');
    return { at, module, name: c.name(`a ${kind} name`) };
  }
  if (!c.peekName()) c.fail(`expected a ${kind}, found ${c.found()}`);
  return { at, name: c.name(`a ${kind} name`) };
}

export function parseType(c: Cursor, depth = 0): TypeSyn {
  if (depth > MAX_DEPTH) c.fail(`type nested deeper than ${MAX_DEPTH} levels`);
  if (c.eat('&')) {
    const mut = c.keyword('mut');
    return { k: 'ref', mut, inner: parseType(c, depth + 1) };
  }
  const id = c.peekIdent();
  if (id !== undefined && (PRIM_TYPES as readonly string[]).includes(id)) {
    c.pos += id.length;
    return { k: 'prim', name: id as PrimType };
  }
  if (id === 'vector') {
    const save = c.pos;
    c.pos += id.length;
    if (c.eat('<')) {
      const elem = parseType(c, depth + 1);
      c.expect('>', 'to close `vector<`');
      return { k: 'vector', elem };
    }
    c.pos = save;
  }
  const param = id === undefined ? null : PARAM.exec(id);
  if (param) {
    const start = c.pos;
    c.pos += id!.length;
    const n = BigInt(param[1]!);
    if (n > 0xffff_ffffn) c.fail('type parameter index out of range', start);
    return { k: 'param', index: Number(n) };
  }
  const ref = parseHandleRef(c, 'datatype');
  return { k: 'datatype', ref, args: parseTypeArgs(c, depth) };
}

/** `<T, U>` if present, else no arguments. */
export function parseTypeArgs(c: Cursor, depth = 0): TypeSyn[] {
  if (!c.eat('<')) return [];
  const args = [parseType(c, depth + 1)];
  while (c.eat(',')) args.push(parseType(c, depth + 1));
  c.expect('>', 'to close the type arguments');
  return args;
}

export function parseTypeList(c: Cursor, close: string): TypeSyn[] {
  const out: TypeSyn[] = [];
  if (c.eat(close)) return out;
  do out.push(parseType(c));
  while (c.eat(','));
  c.expect(close);
  return out;
}

function ability(c: Cursor): number {
  const start = c.ws().pos;
  const name = c.ident('an ability (copy, drop, store, key)');
  const bit = (Ability as Record<string, number>)[name];
  if (bit === undefined) c.fail(`unknown ability \`${name}\`; the abilities are copy, drop, store and key`, start);
  return bit;
}

/** `has copy, drop` if present, as ability bits. */
export function parseAbilities(c: Cursor): number {
  if (!c.keyword('has')) return 0;
  let bits = ability(c);
  while (c.eat(',')) bits |= ability(c);
  return bits & ALL_ABILITIES;
}

function constraint(c: Cursor): number {
  if (!c.eat(':')) return 0;
  let bits = ability(c);
  while (c.eat('+')) bits |= ability(c);
  return bits;
}

/** The i-th type parameter must be written `Ti`: parameters are positional. */
function paramName(c: Cursor, i: number): void {
  const start = c.ws().pos;
  const id = c.ident(`type parameter T${i}`);
  if (id !== `T${i}`) c.fail(`expected type parameter T${i}, found \`${id}\` (type parameters are numbered in order)`, start);
}

export function parseTypeParams(c: Cursor): TypeParam[] {
  const out: TypeParam[] = [];
  if (!c.eat('<')) return out;
  do {
    const phantom = c.keyword('phantom');
    paramName(c, out.length);
    out.push({ constraints: constraint(c), phantom });
  } while (c.eat(','));
  c.expect('>', 'to close the type parameters');
  return out;
}

export function parseConstraints(c: Cursor): number[] {
  const out: number[] = [];
  if (!c.eat('<')) return out;
  do {
    paramName(c, out.length);
    out.push(constraint(c));
  } while (c.eat(','));
  c.expect('>', 'to close the type parameters');
  return out;
}

/** `: T` or `: (T, U)` after a signature; nothing means no results. */
export function parseReturns(c: Cursor): TypeSyn[] {
  if (!c.eat(':')) return [];
  if (c.eat('(')) return parseTypeList(c, ')');
  return [parseType(c)];
}

const INT_BITS: Partial<Record<PrimType, number>> = { u8: 8, u16: 16, u32: 32, u64: 64, u128: 128, u256: 256 };

export function typeText(t: TypeSyn): string {
  switch (t.k) {
    case 'prim':
      return t.name;
    case 'vector':
      return `vector<${typeText(t.elem)}>`;
    case 'ref':
      return `&${t.mut ? 'mut ' : ''}${typeText(t.inner)}`;
    case 'param':
      return `T${t.index}`;
    case 'datatype':
      return 'a datatype';
  }
}

/** A literal of an integer type: number up to u32, bigint above, as the module format holds them. */
export function parseInteger(c: Cursor, prim: PrimType): number | bigint {
  const bits = INT_BITS[prim]!;
  const v = c.integer(`a ${prim}`, (1n << BigInt(bits)) - 1n);
  return bits <= 32 ? Number(v) : v;
}

/** A constant's value, read as its type says (constants hold primitives and vectors of them). */
export function parseConstValue(c: Cursor, t: TypeSyn, depth = 0): ConstValue {
  if (depth > MAX_DEPTH) c.fail('constant nested too deeply');
  const start = c.ws().pos;
  if (t.k === 'prim') {
    switch (t.name) {
      case 'bool':
        if (c.keyword('true')) return true;
        if (c.keyword('false')) return false;
        return c.fail(`expected true or false, found ${c.found()}`);
      case 'address':
        c.expect('@', 'before an address constant');
        return c.address();
      default:
        return parseInteger(c, t.name);
    }
  }
  if (t.k !== 'vector') return c.fail(`a constant cannot have type ${typeText(t)}: constants are primitives and vectors of them`, start);
  if (t.elem.k === 'prim' && t.elem.name === 'u8' && c.peek('x"')) {
    c.pos++;
    const hex = c.string();
    if (!/^([0-9a-fA-F]{2})*$/.test(hex)) c.fail('expected an even number of hex digits in x"..."', start);
    return Uint8Array.from(Buffer.from(hex, 'hex'));
  }
  if (!c.keyword('vector')) c.fail(`expected vector[...], found ${c.found()}`);
  c.expect('[');
  const items: ConstValue[] = [];
  if (!c.eat(']')) {
    do items.push(parseConstValue(c, t.elem, depth + 1));
    while (c.eat(','));
    c.expect(']', 'to close the vector');
  }
  // vector<u8> is held as bytes, however it is written.
  return t.elem.k === 'prim' && t.elem.name === 'u8' ? Uint8Array.from(items as number[]) : items;
}
