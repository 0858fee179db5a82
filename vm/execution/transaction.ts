// Programmable transaction blocks (SPEC §3). In: a transaction as JSON text, as plain data (JSON
// or decoded msgpackr), or as TransactionData built in code. Out: validated, normalised
// TransactionData; its canonical msgpackr bytes; its digest (Blake2b-256 of those bytes, as base58
// text and raw bytes); and the JSON form for people. Malformed input gives a FormatIssue (a JSON
// path and the reason), never an exception.
//
// JSON form (integers up to u256 as JSON numbers or decimal strings; bytes as base64):
//   { "sender": "0x..", "gasBudget": "5000000", "gasPrice": 1000,
//     "gasPayment": [{ "id": "0x..", "version": 3, "digest": "base58" }],
//     "inputs": [{ "Pure": { "type": "u64", "value": "100" } },
//                { "Object": { "id": "0x..", "version": 4 } },        // version optional
//                { "Shared": { "id": "0x6", "mutable": false } },
//                { "Receiving": { "id": "0x..", "version": 2 } }],
//     "commands": [{ "MoveCall": { "package": "0x2", "module": "coin", "function": "split",
//                                  "typeArguments": ["0x2::sui::SUI"], "arguments": ["GasCoin", { "Input": 0 }] } },
//                  { "TransferObjects": { "objects": [{ "Result": 0 }], "address": { "Input": 1 } } },
//                  { "SplitCoins": { "coin": "GasCoin", "amounts": [{ "Input": 0 }] } },
//                  { "MergeCoins": { "destination": { "Input": 1 }, "sources": [{ "NestedResult": [0, 0] }] } },
//                  { "MakeMoveVec": { "type": "u64", "elements": [{ "Input": 0 }] } },   // type optional
//                  { "Publish": { "modules": ["base64.."], "dependencies": ["0x1", "0x2"] } }],
//     "expiration": 12 }                                                     // last epoch, optional
//
// Pure values are normalised against their declared type: integers become bigints (encoded in one
// form), addresses and IDs 64 hex digits, `vector<u8>` may be given as a UTF-8 string and becomes
// a byte array, `Option<T>` is `null` (none) or the value (some).

import type { Address, ObjectId } from '../objects/object.js';
import { normalizeAddress } from '../objects/object.js';
import type { RuntimeType } from '../runtime/types.js';
import type { Value } from '../runtime/values.js';
import { blake2b256, bytesEqual, decodeCanonical, encodeCanonical, fromBase64, toBase58, toBase64 } from './canonical.js';
import { ASCII_STRING_TYPE, ID_TYPE, isOption, parseType, STRING_TYPE, typeString, TypeTagError } from './type-tags.js';

export type PureValue = null | boolean | bigint | string | PureValue[];

export type TransactionInput =
  | { Pure: { type: string; value: PureValue } }
  | { Object: { id: ObjectId; version?: number } }
  | { Shared: { id: ObjectId; mutable: boolean } }
  | { Receiving: { id: ObjectId; version: number } };

export type Argument = 'GasCoin' | { Input: number } | { Result: number } | { NestedResult: [number, number] };

export interface MoveCallCommand {
  package: ObjectId;
  module: string;
  function: string;
  typeArguments: string[];
  arguments: Argument[];
}

export type Command =
  | { MoveCall: MoveCallCommand }
  | { TransferObjects: { objects: Argument[]; address: Argument } }
  | { SplitCoins: { coin: Argument; amounts: Argument[] } }
  | { MergeCoins: { destination: Argument; sources: Argument[] } }
  | { MakeMoveVec: { type?: string; elements: Argument[] } }
  | { Publish: { modules: Uint8Array[]; dependencies: ObjectId[] } };

export interface GasPaymentRef {
  id: ObjectId;
  version: number;
  /** Checked against the coin when present. */
  digest?: string;
}

export interface TransactionData {
  sender: Address;
  gasBudget: bigint;
  gasPrice: bigint;
  gasPayment: GasPaymentRef[];
  inputs: TransactionInput[];
  commands: Command[];
  /** The last epoch in which the transaction may execute. */
  expiration?: number;
}

export interface FormatIssue {
  /** JSON path of the offending value, e.g. `$.commands[2].MoveCall.typeArguments[0]`. */
  path: string;
  message: string;
}

export type Parsed<T> = { ok: true; value: T } | { ok: false; error: FormatIssue };

export const TX_LIMITS = {
  maxInputs: 2048,
  maxCommands: 1024,
  maxArguments: 512,
  maxTypeArguments: 16,
  maxEncodedBytes: 4 << 20,
  maxPureVectorLength: 1 << 16,
} as const;

const U64_MAX = (1n << 64n) - 1n;

class Issue extends Error {
  constructor(
    readonly path: string,
    message: string,
  ) {
    super(message);
  }
}

const fail = (path: string, message: string): never => {
  throw new Issue(path, message);
};

function isRecord(v: unknown): v is Record<string, unknown> {
  return v !== null && typeof v === 'object' && !Array.isArray(v) && !(v instanceof Uint8Array);
}

function record(v: unknown, path: string, allowed: readonly string[], required: readonly string[] = allowed): Record<string, unknown> {
  if (!isRecord(v)) fail(path, `expected an object with ${required.map((k) => `"${k}"`).join(', ')}`);
  const r = v as Record<string, unknown>;
  for (const k of Object.keys(r)) if (!allowed.includes(k)) fail(`${path}.${k}`, `unknown field (expected one of ${allowed.join(', ')})`);
  for (const k of required) if (r[k] === undefined) fail(`${path}.${k}`, 'missing');
  return r;
}

/** A one-key object `{ Tag: body }`; returns the tag and the body. */
function tagged(v: unknown, path: string, tags: readonly string[]): [string, unknown] {
  if (!isRecord(v) || Object.keys(v).length !== 1) fail(path, `expected an object with exactly one of ${tags.join(', ')}`);
  const [tag, body] = Object.entries(v as Record<string, unknown>)[0]!;
  if (!tags.includes(tag)) fail(path, `unknown "${tag}" (expected one of ${tags.join(', ')})`);
  return [tag, body];
}

function array(v: unknown, path: string, max: number): unknown[] {
  if (!Array.isArray(v)) fail(path, 'expected an array');
  const a = v as unknown[];
  if (a.length > max) fail(path, `at most ${max} entries allowed, got ${a.length}`);
  return a;
}

/** An unsigned integer given as a number, a decimal string or a bigint. */
export function parseUint(v: unknown, path: string, max: bigint): bigint {
  let n: bigint;
  if (typeof v === 'bigint') n = v;
  else if (typeof v === 'number') {
    if (!Number.isSafeInteger(v)) fail(path, `${v} is not an exact integer (write large integers as decimal strings)`);
    n = BigInt(v);
  } else if (typeof v === 'string' && /^[0-9]+$/.test(v) && v.length <= 80) n = BigInt(v);
  else return fail(path, `expected an unsigned integer (a number or a decimal string), got ${JSON.stringify(v)}`);
  if (n < 0n || n > max) fail(path, `${n} is out of range (0 ..= ${max})`);
  return n;
}

function version(v: unknown, path: string): number {
  return Number(parseUint(v, path, BigInt(Number.MAX_SAFE_INTEGER)));
}

function address(v: unknown, path: string): string {
  if (typeof v !== 'string') return fail(path, 'expected an address: 0x followed by up to 64 hex digits');
  try {
    return normalizeAddress(v);
  } catch {
    return fail(path, `"${v}" is not an address (0x followed by up to 64 hex digits)`);
  }
}

function identifier(v: unknown, path: string): string {
  if (typeof v !== 'string' || !/^[A-Za-z_][A-Za-z0-9_]*$/.test(v)) fail(path, 'expected a Move identifier');
  return v as string;
}

function typeText(v: unknown, path: string): string {
  if (typeof v !== 'string') return fail(path, 'expected a type, e.g. "u64" or "0x2::sui::SUI"');
  try {
    return typeString(parseType(v));
  } catch (e) {
    return fail(path, e instanceof TypeTagError ? e.message : String(e));
  }
}

function index(v: unknown, path: string): number {
  if (typeof v !== 'number' && typeof v !== 'bigint') fail(path, 'expected an index (a non-negative integer)');
  return Number(parseUint(v, path, 0xffffn));
}

// --- Pure values ---------------------------------------------------------------------------------

const INT_MAX: Record<string, bigint> = { u8: 0xffn, u16: 0xffffn, u32: 0xffff_ffffn, u64: U64_MAX, u128: (1n << 128n) - 1n, u256: (1n << 256n) - 1n };

/** Whether a transaction may pass a value of type `t` as a pure argument. */
export function isPureType(t: RuntimeType): boolean {
  switch (t.kind) {
    case 'vector':
      return isPureType(t.elem);
    case 'datatype':
      return t === STRING_TYPE || t === ASCII_STRING_TYPE || t === ID_TYPE || (isOption(t) && isPureType(t.args[0]!));
    default:
      return true;
  }
}

/** Normalises a JSON-ish value against a pure type (see the file comment). */
export function normalizePure(t: RuntimeType, v: unknown, path: string): PureValue {
  switch (t.kind) {
    case 'bool':
      if (typeof v !== 'boolean') fail(path, 'expected true or false');
      return v as boolean;
    case 'address':
      return address(v, path);
    case 'vector': {
      if (t.elem.kind === 'u8' && typeof v === 'string') return Array.from(new TextEncoder().encode(v), (b) => BigInt(b));
      if (t.elem.kind === 'u8' && v instanceof Uint8Array) return Array.from(v, (b) => BigInt(b));
      return array(v, path, TX_LIMITS.maxPureVectorLength).map((e, i) => normalizePure(t.elem, e, `${path}[${i}]`));
    }
    case 'datatype': {
      if (t === STRING_TYPE || t === ASCII_STRING_TYPE) {
        if (typeof v !== 'string') fail(path, 'expected a string');
        if (t === ASCII_STRING_TYPE && !/^[\x00-\x7f]*$/.test(v as string)) fail(path, 'an ASCII string may only hold characters 0-127');
        return v as string;
      }
      if (t === ID_TYPE) return address(v, path);
      if (isOption(t)) return v === null ? null : normalizePure(t.args[0]!, v, path);
      return fail(path, 'not a pure type');
    }
    default:
      return parseUint(v, path, INT_MAX[t.kind]!);
  }
}

/** The runtime value of a normalised pure value of type `t`. */
export function pureToValue(t: RuntimeType, v: PureValue): Value {
  switch (t.kind) {
    case 'bool':
    case 'address':
      return v as boolean | string;
    case 'u8':
    case 'u16':
    case 'u32':
      return Number(v as bigint);
    case 'u64': {
      const n = v as bigint;
      return n <= BigInt(Number.MAX_SAFE_INTEGER) ? Number(n) : n;
    }
    case 'u128':
    case 'u256':
      return v as bigint;
    case 'vector':
      return (v as PureValue[]).map((e) => pureToValue(t.elem, e));
    case 'datatype':
      if (t === STRING_TYPE || t === ASCII_STRING_TYPE) return [Array.from(new TextEncoder().encode(v as string))];
      if (t === ID_TYPE) return [v as string];
      // Option<T> { vec: vector<T> }
      return [v === null ? [] : [pureToValue(t.args[0]!, v)]];
  }
}

// --- Transaction ---------------------------------------------------------------------------------

function argument(v: unknown, path: string, inputs: number, command: number): Argument {
  if (v === 'GasCoin') return 'GasCoin';
  const [tag, body] = tagged(v, path, ['Input', 'Result', 'NestedResult']);
  if (tag === 'NestedResult') {
    const pair = array(body, `${path}.NestedResult`, 2);
    if (pair.length !== 2) fail(`${path}.NestedResult`, 'expected [command index, result index]');
    const i = index(pair[0], `${path}.NestedResult[0]`);
    if (i >= command) fail(`${path}.NestedResult[0]`, `command ${i} is not before command ${command}`);
    return { NestedResult: [i, index(pair[1], `${path}.NestedResult[1]`)] };
  }
  const i = index(body, `${path}.${tag}`);
  if (tag === 'Input') {
    if (i >= inputs) fail(`${path}.Input`, `there are ${inputs} inputs`);
    return { Input: i };
  }
  if (i >= command) fail(`${path}.Result`, `command ${i} is not before command ${command}`);
  return { Result: i };
}

function args(v: unknown, path: string, inputs: number, command: number): Argument[] {
  return array(v, path, TX_LIMITS.maxArguments).map((a, i) => argument(a, `${path}[${i}]`, inputs, command));
}

function input(v: unknown, path: string): TransactionInput {
  const [tag, body] = tagged(v, path, ['Pure', 'Object', 'Shared', 'Receiving']);
  const p = `${path}.${tag}`;
  switch (tag) {
    case 'Pure': {
      const r = record(body, p, ['type', 'value']);
      const type = typeText(r['type'], `${p}.type`);
      const t = parseType(type);
      if (!isPureType(t)) fail(`${p}.type`, `${type} cannot be a pure input (primitives, vectors, strings, ID and Option of those only)`);
      if (!('value' in r) || (r['value'] === null && !isOption(t))) fail(`${p}.value`, 'missing');
      return { Pure: { type, value: normalizePure(t, r['value'], `${p}.value`) } };
    }
    case 'Object': {
      const r = record(body, p, ['id', 'version'], ['id']);
      const o: { id: string; version?: number } = { id: address(r['id'], `${p}.id`) };
      if (r['version'] !== undefined && r['version'] !== null) o.version = version(r['version'], `${p}.version`);
      return { Object: o };
    }
    case 'Shared': {
      const r = record(body, p, ['id', 'mutable']);
      if (typeof r['mutable'] !== 'boolean') fail(`${p}.mutable`, 'expected true or false');
      return { Shared: { id: address(r['id'], `${p}.id`), mutable: r['mutable'] as boolean } };
    }
    default: {
      const r = record(body, p, ['id', 'version']);
      return { Receiving: { id: address(r['id'], `${p}.id`), version: version(r['version'], `${p}.version`) } };
    }
  }
}

function moduleBytes(v: unknown, path: string): Uint8Array {
  if (v instanceof Uint8Array) return Uint8Array.from(v);
  if (typeof v === 'string') {
    const b = fromBase64(v);
    if (b !== undefined && b.length > 0) return b;
  }
  return fail(path, 'expected a module as base64 text');
}

function command(v: unknown, path: string, inputs: number, at: number): Command {
  const [tag, body] = tagged(v, path, ['MoveCall', 'TransferObjects', 'SplitCoins', 'MergeCoins', 'MakeMoveVec', 'Publish']);
  const p = `${path}.${tag}`;
  switch (tag) {
    case 'MoveCall': {
      const r = record(body, p, ['package', 'module', 'function', 'typeArguments', 'arguments'], ['package', 'module', 'function']);
      return {
        MoveCall: {
          package: address(r['package'], `${p}.package`),
          module: identifier(r['module'], `${p}.module`),
          function: identifier(r['function'], `${p}.function`),
          typeArguments: array(r['typeArguments'] ?? [], `${p}.typeArguments`, TX_LIMITS.maxTypeArguments).map((t, i) => typeText(t, `${p}.typeArguments[${i}]`)),
          arguments: args(r['arguments'] ?? [], `${p}.arguments`, inputs, at),
        },
      };
    }
    case 'TransferObjects': {
      const r = record(body, p, ['objects', 'address']);
      const objects = args(r['objects'], `${p}.objects`, inputs, at);
      if (objects.length === 0) fail(`${p}.objects`, 'transfer at least one object');
      return { TransferObjects: { objects, address: argument(r['address'], `${p}.address`, inputs, at) } };
    }
    case 'SplitCoins': {
      const r = record(body, p, ['coin', 'amounts']);
      const amounts = args(r['amounts'], `${p}.amounts`, inputs, at);
      if (amounts.length === 0) fail(`${p}.amounts`, 'split at least one amount');
      return { SplitCoins: { coin: argument(r['coin'], `${p}.coin`, inputs, at), amounts } };
    }
    case 'MergeCoins': {
      // The JSON form names the destination `coin` (as the issue's format does); `destination`,
      // Sui's own field name, is accepted too.
      const r = record(body, p, ['coin', 'destination', 'sources'], ['sources']);
      const key = r['coin'] !== undefined ? 'coin' : 'destination';
      if (r[key] === undefined) fail(`${p}.coin`, 'missing');
      if (r['coin'] !== undefined && r['destination'] !== undefined) fail(`${p}.destination`, 'give the destination once, as "coin"');
      const sources = args(r['sources'], `${p}.sources`, inputs, at);
      if (sources.length === 0) fail(`${p}.sources`, 'merge at least one coin');
      return { MergeCoins: { destination: argument(r[key], `${p}.${key}`, inputs, at), sources } };
    }
    case 'MakeMoveVec': {
      const r = record(body, p, ['type', 'elements'], ['elements']);
      const elements = args(r['elements'], `${p}.elements`, inputs, at);
      const c: { type?: string; elements: Argument[] } = { elements };
      if (r['type'] !== undefined && r['type'] !== null) c.type = typeText(r['type'], `${p}.type`);
      else if (elements.length === 0) fail(`${p}.type`, 'an empty vector needs its element type');
      return { MakeMoveVec: c };
    }
    default: {
      const r = record(body, p, ['modules', 'dependencies']);
      const modules = array(r['modules'], `${p}.modules`, 256).map((m, i) => moduleBytes(m, `${p}.modules[${i}]`));
      if (modules.length === 0) fail(`${p}.modules`, 'publish at least one module');
      return { Publish: { modules, dependencies: array(r['dependencies'], `${p}.dependencies`, 256).map((d, i) => address(d, `${p}.dependencies[${i}]`)) } };
    }
  }
}

function transaction(v: unknown): TransactionData {
  const r = record(v, '$', ['sender', 'gasBudget', 'gasPrice', 'gasPayment', 'inputs', 'commands', 'expiration'], ['sender', 'gasBudget', 'gasPrice', 'commands']);
  const sender = address(r['sender'], '$.sender');
  const gasBudget = parseUint(r['gasBudget'], '$.gasBudget', U64_MAX);
  const gasPrice = parseUint(r['gasPrice'], '$.gasPrice', U64_MAX);
  const inputs = array(r['inputs'] ?? [], '$.inputs', TX_LIMITS.maxInputs).map((x, i) => input(x, `$.inputs[${i}]`));
  const commands = array(r['commands'], '$.commands', TX_LIMITS.maxCommands).map((c, i) => command(c, `$.commands[${i}]`, inputs.length, i));
  if (commands.length === 0) fail('$.commands', 'a transaction has at least one command');
  const gasPayment = array(r['gasPayment'] ?? [], '$.gasPayment', 256).map((g, i) => {
    const p = `$.gasPayment[${i}]`;
    const o = record(g, p, ['id', 'version', 'digest'], ['id', 'version']);
    const ref: GasPaymentRef = { id: address(o['id'], `${p}.id`), version: version(o['version'], `${p}.version`) };
    if (o['digest'] !== undefined && o['digest'] !== null) {
      if (typeof o['digest'] !== 'string' || !/^[1-9A-HJ-NP-Za-km-z]{32,44}$/.test(o['digest'])) fail(`${p}.digest`, 'expected a base58 object digest');
      ref.digest = o['digest'] as string;
    }
    return ref;
  });
  const tx: TransactionData = {
    sender,
    gasBudget,
    gasPrice,
    gasPayment,
    inputs,
    commands,
  };
  if (r['expiration'] !== undefined && r['expiration'] !== null) tx.expiration = version(r['expiration'], '$.expiration');
  return tx;
}

function guard<T>(f: () => T): Parsed<T> {
  try {
    return { ok: true, value: f() };
  } catch (e) {
    if (e instanceof Issue) return { ok: false, error: { path: e.path, message: e.message } };
    return { ok: false, error: { path: '$', message: `malformed transaction: ${e instanceof Error ? e.message : String(e)}` } };
  }
}

/** Validates and normalises a transaction given as plain data (the JSON form, or decoded bytes). */
export function parseTransaction(v: unknown): Parsed<TransactionData> {
  return guard(() => transaction(v));
}

/** Parses the JSON text form. */
export function parseTransactionJson(text: string): Parsed<TransactionData> {
  let v: unknown;
  try {
    v = JSON.parse(text);
  } catch (e) {
    return { ok: false, error: { path: '$', message: `not JSON: ${e instanceof Error ? e.message : String(e)}` } };
  }
  return parseTransaction(v);
}

/** Plain data with bytes and bigints, ready for canonical encoding. */
function toPlain(tx: TransactionData): unknown {
  return tx;
}

/** Canonical bytes. Throws on a transaction that does not validate (build them with parse or by the types). */
export function encodeTransaction(tx: TransactionData): Uint8Array {
  // Normalise first, so that a hand-built transaction (u64 as number or string) encodes the same.
  const checked = parseTransaction(toPlain(tx));
  if (!checked.ok) throw new Error(`invalid transaction at ${checked.error.path}: ${checked.error.message}`);
  return encodeCanonical(checked.value);
}

/** Decodes canonical bytes; non-canonical bytes are refused. */
export function decodeTransaction(bytes: Uint8Array): Parsed<TransactionData> {
  return guard(() => {
    const tx = transaction(decodeCanonical(bytes));
    if (!bytesEqual(encodeCanonical(tx), bytes)) fail('$', 'the bytes are not the canonical encoding of the transaction');
    return tx;
  });
}

export interface TransactionDigest {
  /** base58 */
  text: string;
  bytes: Uint8Array;
}

export function digestOfBytes(bytes: Uint8Array): TransactionDigest {
  const d = blake2b256(bytes);
  return { text: toBase58(d), bytes: d };
}

export function transactionDigest(tx: TransactionData): TransactionDigest {
  return digestOfBytes(encodeTransaction(tx));
}

/** JSON form: bigints as decimal strings, bytes as base64. */
export function transactionToJson(tx: TransactionData): unknown {
  return jsonable(tx);
}

export function jsonable(v: unknown): unknown {
  if (typeof v === 'bigint') return v.toString();
  if (v instanceof Uint8Array) return toBase64(v);
  if (Array.isArray(v)) return v.map(jsonable);
  if (v !== null && typeof v === 'object') {
    const out: Record<string, unknown> = {};
    for (const [k, x] of Object.entries(v)) if (x !== undefined) out[k] = jsonable(x);
    return out;
  }
  return v;
}

/** The object IDs a transaction names as inputs (not gas), for schedulers and tools. */
export function inputObjectIds(tx: TransactionData): ObjectId[] {
  const out: ObjectId[] = [];
  for (const i of tx.inputs) {
    if ('Object' in i) out.push(i.Object.id);
    else if ('Shared' in i) out.push(i.Shared.id);
    else if ('Receiving' in i) out.push(i.Receiving.id);
  }
  return out;
}
