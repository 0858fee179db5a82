// Transaction inputs from script values. In: parsed ArgValues, the stable names, the chain (for
// objects' current versions and owners) and, for `run`, the called function's signature. Out:
// Pure inputs typed by the parameter (`run`) or by the value itself (`programmable`: a bare
// integer is a u64, `5u8` a u8, "text" a String, x"..", b".." bytes), and object inputs with
// their current version; a shared object becomes a Shared input, mutable unless the parameter
// is `&T` or the value is written immshared(T,I); receiving(T,I) is a Receiving input.

import type { CompiledModule, SigType } from '../../vm/bytecode/module.js';
import { isObjectParam, isReceiving, sigString } from '../chain/signature-types.js';
import type { LocalChain } from '../../vm/execution/chain.js';
import type { PureValue, TransactionInput } from '../../vm/execution/transaction.js';
import { parseType, typeString, TypeTagError } from '../../vm/execution/type-tags.js';
import type { RuntimeType } from '../../vm/runtime/types.js';
import { ScriptError, type Names } from './names.js';
import type { ArgValue } from './values-syntax.js';

function describe(v: ArgValue): string {
  switch (v.kind) {
    case 'int':
      return `${v.value}${v.type ?? ''}`;
    case 'object':
      return `${v.mode}(${v.task},${v.index})`;
    case 'address':
      return `@${v.name}`;
    default:
      return v.kind;
  }
}

/** The id an address-like value names: `@A`, `@0x..`, `@pkg` or object(T,I). */
function idOf(v: ArgValue, names: Names): string | undefined {
  if (v.kind === 'address') return names.address(v.name);
  if (v.kind === 'object') return names.object(v.task, v.index);
  return undefined;
}

/** A value as the pure value `type` expects. */
export function pureFor(v: ArgValue, type: RuntimeType, names: Names): PureValue {
  const wrong = (): never => {
    throw new ScriptError(`${describe(v)} is not a ${typeString(type).replace(/0x0*([0-9a-f]+)::/g, (_m, h: string) => `0x${h}::`)}`);
  };
  switch (type.kind) {
    case 'bool':
      return v.kind === 'bool' ? v.value : wrong();
    case 'address':
      return idOf(v, names) ?? wrong();
    case 'vector':
      if (type.elem.kind === 'u8' && v.kind === 'bytes') return v.value.map((b) => BigInt(b));
      if (type.elem.kind === 'u8' && v.kind === 'string') return Array.from(new TextEncoder().encode(v.value), (b) => BigInt(b));
      if (v.kind !== 'vector') return wrong();
      return v.elems.map((e) => pureFor(e, type.elem, names));
    case 'datatype':
      if (type.name === 'String' && (type.module === 'string' || type.module === 'ascii')) return v.kind === 'string' ? v.value : v.kind === 'bytes' ? new TextDecoder().decode(Uint8Array.from(v.value)) : wrong();
      if (type.name === 'ID' && type.module === 'object') return idOf(v, names) ?? wrong();
      if (type.name === 'Option' && type.module === 'option') return v.kind === 'none' ? null : v.kind === 'some' ? pureFor(v.value, type.args[0]!, names) : pureFor(v, type.args[0]!, names);
      return wrong();
    default:
      if (v.kind !== 'int') return wrong();
      if (v.type !== undefined && v.type !== type.kind) throw new ScriptError(`${describe(v)} is a ${v.type}, the parameter is a ${type.kind}`);
      return v.value;
  }
}

/** The type a value has on its own (programmable inputs have no signature to read). */
function ownType(v: ArgValue): string {
  switch (v.kind) {
    case 'int':
      return v.type ?? 'u64';
    case 'bool':
      return 'bool';
    case 'address':
      return 'address';
    case 'string':
      return '0x1::string::String';
    case 'bytes':
      return 'vector<u8>';
    case 'some':
      return `0x1::option::Option<${ownType(v.value)}>`;
    case 'vector': {
      if (v.type !== undefined) return `vector<${v.type}>`;
      if (v.elems.length === 0) throw new ScriptError('an empty vector needs its element type: vector<T>[]');
      return `vector<${ownType(v.elems[0]!)}>`;
    }
    case 'none':
      throw new ScriptError('`none` as a programmable input needs its type: pass it to a `run` instead, or use some(...)');
    case 'object':
      throw new ScriptError('an object is not a pure value');
  }
}

function objectInput(v: Extract<ArgValue, { kind: 'object' }>, names: Names, chain: LocalChain, mutable: boolean): TransactionInput {
  const id = names.object(v.task, v.index);
  const obj = chain.getObject(id);
  if (obj === undefined) throw new ScriptError(`object(${v.task},${v.index}) is not live (deleted, or wrapped in another object)`);
  if (v.mode === 'receiving') return { Receiving: { id, version: obj.version } };
  if (typeof obj.owner === 'object' && 'Shared' in obj.owner) return { Shared: { id, mutable: mutable && v.mode !== 'immshared' } };
  return { Object: { id, version: obj.version } };
}

/** Inputs of a programmable transaction: values typed by themselves, objects by their owner. */
export function programmableInput(v: ArgValue, names: Names, chain: LocalChain, resolveType: (t: string) => string): TransactionInput {
  if (v.kind === 'object') return objectInput(v, names, chain, true);
  const text = ownType(v);
  let type: RuntimeType;
  try {
    type = parseType(resolveType(text));
  } catch (e) {
    if (e instanceof TypeTagError) throw new ScriptError(`bad type ${text}: ${e.message}`);
    throw e;
  }
  return { Pure: { type: typeString(type), value: pureFor(v, type, names) } };
}

// --- `run`: a function's signature decides ------------------------------------------------------

export interface Signature {
  module: CompiledModule;
  params: SigType[];
  typeParams: number[];
}

/** The input for argument `v` of parameter `p`. */
export function callInput(v: ArgValue, p: SigType, sig: Signature, typeArgs: readonly string[], names: Names, chain: LocalChain): TransactionInput {
  const receiving = isReceiving(sig.module, p);
  if (v.kind === 'object' && (receiving || isObjectParam(sig.module, p, sig.typeParams))) {
    return objectInput(receiving ? { ...v, mode: 'receiving' } : v, names, chain, !(typeof p !== 'string' && p[0] === 'ref'));
  }
  if (isObjectParam(sig.module, p, sig.typeParams) || receiving) throw new ScriptError(`${describe(v)} is not an object; this parameter takes one: object(T,I)`);
  const type = parseType(sigString(sig.module, p, typeArgs));
  return { Pure: { type: typeString(type), value: pureFor(v, type, names) } };
}
