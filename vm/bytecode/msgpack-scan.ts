// A framing check of MessagePack bytes before msgpackr unpacks them: bytes in, ok or the first
// problem (with its offset) out. It walks the value headers without building anything, so it is
// linear in the input and uses no recursion.
//
// Why: msgpackr decodes whatever it is given, including maps, dates, sets, regular expressions,
// typed arrays, errors and string bundles, and it recurses once per nesting level. The module
// format writes only arrays, strings, bins, booleans, nil, non-negative integers and big integers
// (extension 0x42); anything else is refused here, so msgpackr only ever sees that subset, and
// nesting is bounded before msgpackr could exhaust the stack.

import type { DecodingStatusName } from './decode-status.js';

export type ScanResult = { ok: true } | { ok: false; status: DecodingStatusName; offset: number; message: string };

/** msgpackr's big-integer extension type. */
const BIGINT_EXT = 0x42;
/** A u256 needs 33 bytes with msgpackr's sign byte; a little slack, but no huge integers to parse. */
const MAX_BIGINT_BYTES = 40;

export function scanMessagePack(b: Uint8Array, maxNesting: number): ScanResult {
  const end = b.length;
  // Elements still to read in each open array, innermost last.
  const open: number[] = [];
  let pos = 0;
  const problem = (status: DecodingStatusName, at: number, message: string): ScanResult => ({ ok: false, status, offset: at, message });
  const be = (at: number, n: number): number => {
    let v = 0;
    for (let i = 0; i < n; i++) v = v * 256 + b[at + i]!;
    return v;
  };

  for (;;) {
    if (pos >= end) return problem('MALFORMED', pos, 'unexpected end of data');
    const start = pos;
    const t = b[pos++]!;
    // Bytes of payload that follow the header, and the element count when this opens an array.
    let skip = 0;
    let items = -1;
    if (t <= 0x7f || t === 0xc0 || t === 0xc2 || t === 0xc3) {
      // positive fixint, nil, false, true
    } else if (t >= 0x90 && t <= 0x9f) items = t & 0x0f;
    else if (t >= 0xa0 && t <= 0xbf) skip = t & 0x1f;
    else if (t === 0xdc || t === 0xdd) {
      const n = t === 0xdc ? 2 : 4;
      if (pos + n > end) return problem('MALFORMED', start, 'array header cut short');
      items = be(pos, n);
      pos += n;
    } else if (t === 0xc4 || t === 0xc5 || t === 0xc6 || t === 0xd9 || t === 0xda || t === 0xdb) {
      const n = t === 0xc4 || t === 0xd9 ? 1 : t === 0xc5 || t === 0xda ? 2 : 4;
      if (pos + n > end) return problem('MALFORMED', start, 'length cut short');
      skip = be(pos, n);
      pos += n;
    } else if (t >= 0xcc && t <= 0xcf) skip = 1 << (t - 0xcc);
    else if (t === 0xd3) skip = 8;
    else if ((t >= 0xd4 && t <= 0xd8) || (t >= 0xc7 && t <= 0xc9)) {
      let len: number;
      if (t >= 0xd4) len = 1 << (t - 0xd4);
      else {
        const n = 1 << (t - 0xc7);
        if (pos + n > end) return problem('MALFORMED', start, 'extension header cut short');
        len = be(pos, n);
        pos += n;
      }
      if (pos >= end) return problem('MALFORMED', start, 'extension header cut short');
      const type = b[pos++]!;
      if (type !== BIGINT_EXT) return problem('DISALLOWED_VALUE', start, `MessagePack extension type ${type} is not part of the module format`);
      if (len === 0 || len > MAX_BIGINT_BYTES) return problem('DISALLOWED_VALUE', start, `a ${len}-byte big integer is not part of the module format`);
      skip = len;
    } else if (t === 0xc1) return problem('MALFORMED', start, 'byte 0xc1 is never used by MessagePack');
    else {
      const what = (t >= 0x80 && t <= 0x8f) || t === 0xde || t === 0xdf ? 'a map' : t === 0xca || t === 0xcb ? 'a float' : 'a negative or signed integer';
      return problem('DISALLOWED_VALUE', start, `${what} is not part of the module format`);
    }
    if (skip > end - pos) return problem('MALFORMED', start, 'value runs past the end of the data');
    pos += skip;

    if (items > 0) {
      // Every element takes at least one byte: a count beyond the data left is malformed, and
      // refusing it here keeps msgpackr from allocating for it.
      if (items > end - pos) return problem('MALFORMED', start, `array of ${items} elements runs past the end of the data`);
      if (open.length >= maxNesting) return problem('TOO_DEEP', start, `arrays nested deeper than ${maxNesting}`);
      open.push(items);
      continue;
    }
    // One value completed: close every array it completes.
    while (open.length > 0 && --open[open.length - 1]! === 0) open.pop();
    if (open.length === 0) break;
  }
  if (pos !== end) return problem('TRAILING_BYTES', pos, `${end - pos} bytes after the end of the module`);
  return { ok: true };
}
