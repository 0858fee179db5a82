// The run-time value model. In: nothing but JS primitives and arrays. Out: the `Value` type the
// interpreter, the natives and the host share, with copying, equality, abstract size, the u64
// helpers and builders for tests and tools.
//
// Representation, measured by bench/vm.ts (medians of 5 interleaved rounds on the shared 2-core
// dev box, which is noisy: compare ratios within a run). The "int-kernel" rows run one
// overflow-checked loop `s = s + i * 3; i = i + 1` in the interpreter's shape (operand stack,
// switch dispatch); the interpreter rows run the same loop as bytecode:
//
//   int-kernel u64 as bigint (all-bigint model)         ~8.7-9.0M iterations/s
//   int-kernel u64 dual: number below 2^53, else bigint ~10.8-11.0M iterations/s
//   int-kernel u32 as bigint / as number                ~11.6-12.1M / ~11.3-11.8M: a tie
//   interpreter, u64 loop (dual)                         ~80-115M instructions/s
//   interpreter, same loop on u128 (bigint)              ~59-80M instructions/s
//
// So u64, the type nearly every Move loop and index uses, is 1.3-1.6x faster as a number; the
// u128 row is what all-bigint would cost every u64 loop. For u8..u32 the arithmetic is a tie
// (V8 optimises small bigints), and numbers win on everything else: vector<u8> is a packed
// small-integer array instead of an array of heap bigints, bytes convert without BigInt(), and
// JS bitwise operators apply directly. Hence:
//
//   bool      JS boolean
//   u8..u32   JS number (a V8 small integer: no allocation, and `|`, `<<` work directly)
//   u64       JS number when <= 2^53 - 1, bigint otherwise. The form is canonical (a value always
//             has exactly one representation), so `===` is still equality, and `<` is exact
//             across the two forms. Almost every u64 in practice (counters, indices, balances
//             below 9e15) stays a number: no bigint allocation per add, and vector indexing needs
//             no conversion. The arithmetic falls back to bigint only when a result leaves the
//             safe range (see interpreter.ts).
//   u128/u256 always bigint (rare on hot paths; one form keeps them simple).
//   address   `0x` + 64 lowercase hex digits, the same text as ModuleId addresses.
//   vector    JS array of element values (vector<u8> included: a packed small-integer array).
//   struct    JS array of its field values in declaration order.
//   enum      JS array [variantIndex, ...fields of that variant].
//   &T/&mut T a Ref: a container (array) and an index in it. A local, a struct field and a
//             vector element are all "slot i of an array" (a frame's locals are an array too),
//             so one class covers them and writes go straight to the original location.
//
// Values carry no types: the loader proves the operand types of every typed instruction from
// the verified bytecode (infer.ts), and natives receive their type arguments.

/** A run-time value. Containers (arrays) are mutable and owned by exactly one place. */
export type Value = boolean | number | bigint | string | Value[] | Ref;

/** A reference: slot `i` of container `c` (locals array, struct, enum or vector). */
export class Ref {
  constructor(
    public readonly c: Value[],
    public readonly i: number,
  ) {}
}

export const MAX_SAFE = Number.MAX_SAFE_INTEGER;
export const U64_MAX = (1n << 64n) - 1n;
export const U128_MAX = (1n << 128n) - 1n;
export const U256_MAX = (1n << 256n) - 1n;

/** The canonical u64 form of an in-range integer: a number when safe, else a bigint. */
export function u64(v: number | bigint): number | bigint {
  if (typeof v === 'number') return v;
  return v <= 9007199254740991n ? Number(v) : v;
}

/** A u64 (either form) as a bigint. */
export function u64Big(v: Value): bigint {
  return typeof v === 'bigint' ? v : BigInt(v as number);
}

/** Any integer value as a bigint. */
export function intBig(v: Value): bigint {
  if (typeof v === 'bigint') return v;
  if (typeof v === 'number') return BigInt(v);
  throw new TypeError('not an integer value');
}

/** A u64 used as an index: a number, or -1 when it cannot index any array. */
export function u64Index(v: Value): number {
  return typeof v === 'number' ? v : -1;
}

/** Reads through a reference (values that are not references are returned unchanged). */
export function deref(v: Value): Value {
  return v instanceof Ref ? v.c[v.i]! : v;
}

/**
 * Cells visited by the last copyValue/valuesEqual/valueCells call. Module-level so the hot path
 * returns the copy itself without a result object; the interpreter reads it right after.
 */
export let lastCells = 0;

function copyContainer(a: Value[]): Value[] {
  const out = a.slice();
  lastCells += out.length + 1;
  for (let i = 0; i < out.length; i++) {
    const e = out[i];
    if (Array.isArray(e)) out[i] = copyContainer(e);
  }
  return out;
}

/** A deep copy (primitives are immutable and returned as they are). Sets `lastCells`. */
export function copyValue(v: Value): Value {
  lastCells = 1;
  return Array.isArray(v) ? copyContainer(v) : v;
}

function equalContainers(a: Value[], b: Value[]): boolean {
  lastCells += a.length + 1;
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) {
    const x = a[i]!;
    const y = b[i]!;
    if (x === y) continue;
    if (!Array.isArray(x) || !Array.isArray(y) || !equalContainers(x, y)) return false;
  }
  return true;
}

/**
 * Structural equality of two values of the same type; references compare what they point at,
 * as Move's `==` on references does. Sets `lastCells`.
 */
export function valuesEqual(a: Value, b: Value): boolean {
  lastCells = 1;
  if (a instanceof Ref) a = a.c[a.i]!;
  if (b instanceof Ref) b = b.c[b.i]!;
  if (a === b) return true;
  return Array.isArray(a) && Array.isArray(b) && equalContainers(a, b);
}

/** Abstract size in cells: 1 per primitive, 1 + contents per container. The unit gas charges. */
export function valueCells(v: Value): number {
  if (!Array.isArray(v)) return 1;
  let n = 1;
  for (const e of v) n += Array.isArray(e) ? valueCells(e) : 1;
  return n;
}

// --- Builders for tests, tools and hosts -------------------------------------------------------

function checkInt(v: number | bigint, max: bigint, what: string): bigint {
  const b = typeof v === 'bigint' ? v : Number.isInteger(v) ? BigInt(v) : -1n;
  if (b < 0n || b > max) throw new RangeError(`${String(v)} is not a ${what}`);
  return b;
}

/** Canonical address text from `0x...` hex (any length up to 64 digits) or a bigint. */
export function addressValue(a: string | bigint): string {
  if (typeof a === 'bigint') return '0x' + checkInt(a, U256_MAX, 'address').toString(16).padStart(64, '0');
  const bare = a.startsWith('0x') ? a.slice(2) : a;
  if (!/^[0-9a-fA-F]{1,64}$/.test(bare)) throw new RangeError(`${a} is not an address`);
  return '0x' + bare.toLowerCase().padStart(64, '0');
}

/** Builds values from plain JS, range-checking integers (throws RangeError on bad input). */
export const V = {
  bool: (b: boolean): Value => b,
  u8: (n: number | bigint): Value => Number(checkInt(n, 0xffn, 'u8')),
  u16: (n: number | bigint): Value => Number(checkInt(n, 0xffffn, 'u16')),
  u32: (n: number | bigint): Value => Number(checkInt(n, 0xffffffffn, 'u32')),
  u64: (n: number | bigint): Value => u64(checkInt(n, U64_MAX, 'u64')),
  u128: (n: number | bigint): Value => checkInt(n, U128_MAX, 'u128'),
  u256: (n: number | bigint): Value => checkInt(n, U256_MAX, 'u256'),
  address: (a: string | bigint): Value => addressValue(a),
  vector: (items: readonly Value[]): Value => items.slice(),
  /** vector<u8> from bytes, or from a string as UTF-8. */
  bytes: (b: Uint8Array | readonly number[] | string): Value => Array.from(typeof b === 'string' ? new TextEncoder().encode(b) : b),
  /** std::string::String / std::ascii::String: a struct holding its bytes. */
  string: (s: string): Value => [Array.from(new TextEncoder().encode(s))],
  struct: (...fields: Value[]): Value => fields,
  variant: (tag: number, ...fields: Value[]): Value => [tag, ...fields],
  /** A reference to a fresh slot holding `v` (for passing `&T`/`&mut T` arguments from a host). */
  ref: (v: Value): Ref => new Ref([v], 0),
};

/** vector<u8> value as bytes. */
export function bytesOf(v: Value): Uint8Array {
  const d = deref(v);
  if (!Array.isArray(d)) throw new TypeError('not a vector<u8>');
  return Uint8Array.from(d as number[]);
}

/** A plain-JS view of a value for tests and printing: containers as arrays, references as { ref }. */
export function toJs(v: Value): unknown {
  if (v instanceof Ref) return { ref: toJs(v.c[v.i]!) };
  if (Array.isArray(v)) return v.map(toJs);
  return v;
}
