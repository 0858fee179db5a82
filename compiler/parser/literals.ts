// Literal tokens -> values: numbers (`1_000u64`, `0xFFu8`), byte strings (`b"a\n"`) and hex
// strings (`x"00ff"`). Malformed literals are reported (E01003/E01005/E01006/E01007) and decode
// to a best-effort value so the rest of the file is still checked.

import type { IToken } from 'chevrotain';
import type { Reporter } from '../diagnostics/diagnostic.js';
import type { Span } from '../diagnostics/source.js';
import type { IntSuffix } from './ast.js';
import { tokenEnd } from './parser.js';

const INT_SUFFIXES = new Set(['u8', 'u16', 'u32', 'u64', 'u128', 'u256']);

function tokenSpan(t: IToken, file: string): Span {
  return { file, start: t.startOffset, end: tokenEnd(t) };
}

export interface DecodedNumber {
  value: bigint;
  hex: boolean;
  suffix?: IntSuffix;
}

/**
 * Splits a number token into value and suffix. The lexer keeps letters that follow digits in
 * the token, so `10u7` and `12abc` arrive whole and are rejected here with a precise label.
 * `u` is never a hex digit, so splitting hex digits from a suffix is unambiguous.
 */
export function decodeNumber(t: IToken, file: string, reporter: Reporter): DecodedNumber | undefined {
  const text = t.image;
  const hex = text.startsWith('0x');
  let i = hex ? 2 : 0;
  const digitRe = hex ? /[0-9a-fA-F_]/ : /[0-9_]/;
  while (i < text.length && digitRe.test(text[i]!)) i++;
  const digits = text.slice(hex ? 2 : 0, i).replace(/_/g, '');
  const suffix = text.slice(i);
  const span = tokenSpan(t, file);
  if (digits.length === 0) {
    reporter.add('E01007', span, { message: `invalid number literal \`${text}\``, label: hex ? 'expected hexadecimal digits after `0x`' : 'expected digits' });
    return undefined;
  }
  const value = BigInt((hex ? '0x' : '') + digits);
  if (suffix && !INT_SUFFIXES.has(suffix)) {
    reporter.add('E01007', span, {
      message: `invalid number literal \`${text}\``,
      label: /^u[0-9]+$/.test(suffix) ? `\`${suffix}\` is not an integer type` : `unexpected \`${suffix}\` after the digits`,
      notes: ['integer suffixes are u8, u16, u32, u64, u128 and u256'],
    });
    return { value, hex };
  }
  return { value, hex, ...(suffix ? { suffix: suffix as IntSuffix } : {}) };
}

/** Does a `b"..."` / `x"..."` token image end with a closing quote that is not escaped? */
export function isClosedString(image: string): boolean {
  if (image.length < 3 || !image.endsWith('"')) return false;
  // A final quote preceded by an odd run of backslashes is escaped, not closing.
  let k = image.length - 2;
  let slashes = 0;
  while (k >= 2 && image[k] === '\\') {
    slashes++;
    k--;
  }
  return slashes % 2 === 0;
}

/** The body between `b"` / `x"` and the closing quote (an unterminated one is reported elsewhere). */
function stringBody(t: IToken): string {
  return t.image.slice(2, isClosedString(t.image) ? -1 : undefined);
}

const SIMPLE_ESCAPES: Record<string, number> = { n: 10, r: 13, t: 9, '\\': 92, '0': 0, '"': 34 };

/** Bytes of a `b"..."` literal: ASCII as is, other characters as UTF-8, escapes decoded. */
export function decodeByteString(t: IToken, file: string, reporter: Reporter): number[] {
  const body = stringBody(t);
  const bytes: number[] = [];
  const enc = new TextEncoder();
  for (let i = 0; i < body.length; i++) {
    const c = body[i]!;
    if (c !== '\\') {
      const code = c.charCodeAt(0);
      if (code < 0x80) bytes.push(code);
      else {
        const s = String.fromCodePoint(body.codePointAt(i)!);
        bytes.push(...enc.encode(s));
        i += s.length - 1;
      }
      continue;
    }
    const e = body[i + 1];
    const start = t.startOffset + 2 + i;
    const simple = e === undefined ? undefined : SIMPLE_ESCAPES[e];
    if (simple !== undefined) {
      bytes.push(simple);
      i++;
    } else if (e === 'x') {
      const hh = body.slice(i + 2, i + 4);
      if (/^[0-9a-fA-F]{2}$/.test(hh)) {
        bytes.push(parseInt(hh, 16));
        i += 3;
      } else {
        reporter.add('E01005', { file, start, end: Math.min(start + 2 + hh.length, tokenEnd(t)) }, { message: 'invalid `\\x` escape', label: 'expected two hexadecimal digits' });
        i += 1;
      }
    } else {
      reporter.add('E01005', { file, start, end: Math.min(start + 2, tokenEnd(t)) }, {
        message: e === undefined ? 'invalid escape at the end of the string' : `invalid escape sequence \`\\${e}\``,
        label: 'unknown escape',
        notes: ['valid escapes are \\n \\r \\t \\\\ \\0 \\" and \\xHH'],
      });
      i++;
    }
  }
  return bytes;
}

/** Bytes of a `x"..."` literal: an even number of hex digits. */
export function decodeHexString(t: IToken, file: string, reporter: Reporter): number[] {
  const body = stringBody(t);
  const span = tokenSpan(t, file);
  if (!/^[0-9a-fA-F]*$/.test(body)) {
    reporter.add('E01006', span, { message: 'invalid hex string', label: 'only hexadecimal digits may appear here' });
    return [];
  }
  if (body.length % 2 !== 0) {
    reporter.add('E01006', span, { message: 'invalid hex string', label: `odd number of hex digits (${body.length})` });
    return [];
  }
  const out: number[] = [];
  for (let i = 0; i < body.length; i += 2) out.push(parseInt(body.slice(i, i + 2), 16));
  return out;
}
