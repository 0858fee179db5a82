// BCS serialization of run-time values. In: a value, its runtime type, and a way to find
// datatype layouts. Out: the canonical bytes (bcs::to_bytes, and later object contents).
//
// BCS (Binary Canonical Serialization): bool as one byte 0/1; unsigned integers little-endian
// in their full width; address as its 32 bytes; vector as a ULEB128 length then the elements;
// struct as its fields in order; enum as the ULEB128 variant index then that variant's fields.

import type { DatatypeLayout } from './natives.js';
import type { RuntimeType } from './types.js';
import type { Value } from './values.js';
import { deref } from './values.js';

export class BcsError extends Error {
  constructor(
    readonly reason: 'too_large' | 'layout',
    message: string,
  ) {
    super(message);
  }
}

class Writer {
  buf = new Uint8Array(64);
  len = 0;
  constructor(private readonly max: number) {}
  private room(n: number): void {
    if (this.len + n > this.max) throw new BcsError('too_large', `serialized value exceeds ${this.max} bytes`);
    if (this.len + n <= this.buf.length) return;
    let size = this.buf.length * 2;
    while (size < this.len + n) size *= 2;
    const next = new Uint8Array(size);
    next.set(this.buf.subarray(0, this.len));
    this.buf = next;
  }
  byte(b: number): void {
    this.room(1);
    this.buf[this.len++] = b;
  }
  uleb(n: number): void {
    do {
      let b = n & 0x7f;
      n = Math.floor(n / 128);
      if (n > 0) b |= 0x80;
      this.byte(b);
    } while (n > 0);
  }
  /** Little-endian unsigned integer of `bytes` bytes. */
  int(v: number | bigint, bytes: number): void {
    this.room(bytes);
    if (typeof v === 'number' && bytes <= 8) {
      // A safe integer: split into 32-bit halves to stay exact.
      let lo = v >>> 0;
      let hi = Math.floor(v / 0x100000000);
      for (let i = 0; i < bytes; i++) {
        if (i < 4) {
          this.buf[this.len++] = lo & 0xff;
          lo >>>= 8;
        } else {
          this.buf[this.len++] = hi & 0xff;
          hi >>>= 8;
        }
      }
      return;
    }
    let b = BigInt(v);
    for (let i = 0; i < bytes; i++) {
      this.buf[this.len++] = Number(b & 0xffn);
      b >>= 8n;
    }
  }
  bytes(hex: string): void {
    this.room(hex.length / 2);
    for (let i = 0; i < hex.length; i += 2) this.buf[this.len++] = parseInt(hex.slice(i, i + 2), 16);
  }
}

const WIDTH: Record<string, number> = { u8: 1, u16: 2, u32: 4, u64: 8, u128: 16, u256: 32 };

/** BCS bytes of `v` (references are followed). Throws BcsError. */
export function toBcs(v: Value, type: RuntimeType, layout: (t: RuntimeType) => DatatypeLayout | undefined, maxBytes: number): Uint8Array {
  const w = new Writer(maxBytes);
  const write = (val: Value, t: RuntimeType): void => {
    switch (t.kind) {
      case 'bool':
        w.byte(val === true ? 1 : 0);
        return;
      case 'address':
        w.bytes((val as string).slice(2));
        return;
      case 'vector': {
        const items = val as Value[];
        w.uleb(items.length);
        for (const e of items) write(e, t.elem);
        return;
      }
      case 'datatype': {
        const l = layout(t);
        if (l === undefined) throw new BcsError('layout', `no layout for ${t.key}`);
        const fields = val as Value[];
        if (l.kind === 'struct') {
          for (let i = 0; i < l.fields.length; i++) write(fields[i]!, l.fields[i]!.type);
        } else {
          const tag = fields[0] as number;
          const variant = l.variants[tag];
          if (variant === undefined) throw new BcsError('layout', `variant ${tag} of ${t.key} does not exist`);
          w.uleb(tag);
          for (let i = 0; i < variant.fields.length; i++) write(fields[i + 1]!, variant.fields[i]!.type);
        }
        return;
      }
      default:
        w.int(val as number | bigint, WIDTH[t.kind]!);
    }
  };
  write(deref(v), type);
  return w.buf.slice(0, w.len);
}
