// A scanner over one line of a listing: the line's text in, tokens read on demand out. The
// listing is line-oriented and its lexical rules depend on the place (attribute values, `x"..."`
// bytes, `// 7:5-7:20` spans), so the parser asks for what it expects rather than tokenizing
// ahead. A mismatch throws a ListingError at the line and column, which the parser records
// before going on with the next line.

import { addressHex } from '../module.js';

/** Where something was written: 1-based line and column. */
export interface Pos {
  line: number;
  column: number;
}

export class ListingError {
  constructor(
    readonly line: number,
    readonly column: number,
    readonly message: string,
  ) {}
}

const IDENT = /[A-Za-z_][A-Za-z0-9_]*/y;
const WORD = /[A-Za-z_][A-Za-z0-9_-]*/y;
const DIGITS = /[0-9]+/y;
const HEX = /0x([0-9a-fA-F]+)/y;
const REF = /(\?)?([a-z]+)#([0-9]+)/y;

/** The largest index or count the format holds (the codec's bound). */
export const MAX_INDEX = 0xffff_ffff;

export class Cursor {
  pos = 0;

  constructor(
    readonly text: string,
    readonly line: number,
  ) {}

  at(pos = this.pos): Pos {
    return { line: this.line, column: pos + 1 };
  }

  fail(message: string, pos = this.pos): never {
    throw new ListingError(this.line, pos + 1, message);
  }

  ws(): this {
    while (this.pos < this.text.length && (this.text[this.pos] === ' ' || this.text[this.pos] === '\t')) this.pos++;
    return this;
  }

  /** True at the end of the line or at a `//` comment. */
  atEnd(): boolean {
    this.ws();
    return this.pos >= this.text.length || this.text.startsWith('//', this.pos);
  }

  peek(s: string): boolean {
    this.ws();
    return this.text.startsWith(s, this.pos);
  }

  /** Punctuation. `:` does not match the start of `::`. */
  eat(s: string): boolean {
    if (!this.peek(s)) return false;
    if (s === ':' && this.text.startsWith('::', this.pos)) return false;
    this.pos += s.length;
    return true;
  }

  expect(s: string, context?: string): void {
    if (!this.eat(s)) this.fail(`expected \`${s}\`${context ? ` ${context}` : ''}, found ${this.found()}`);
  }

  /** What is at the cursor, for messages. */
  found(): string {
    this.ws();
    if (this.pos >= this.text.length) return 'the end of the line';
    const m = /\S+/y;
    m.lastIndex = this.pos;
    const word = m.exec(this.text)?.[0] ?? '';
    return `\`${word.length > 24 ? word.slice(0, 24) + '...' : word}\``;
  }

  private match(re: RegExp): RegExpExecArray | null {
    this.ws();
    re.lastIndex = this.pos;
    return re.exec(this.text);
  }

  peekIdent(): string | undefined {
    const m = this.match(IDENT);
    return m && !this.text.startsWith('#', this.pos + m[0].length) ? m[0] : undefined;
  }

  ident(what: string): string {
    const id = this.peekIdent();
    if (id === undefined) this.fail(`expected ${what}, found ${this.found()}`);
    this.pos += id.length;
    return id;
  }

  /** A whole word (letters, digits, `_`, `-`), e.g. `owned-only`. */
  word(what: string): string {
    const m = this.match(WORD);
    if (!m) this.fail(`expected ${what}, found ${this.found()}`);
    this.pos += m[0].length;
    return m[0];
  }

  /** Consumes the keyword if it is the next whole word. */
  keyword(k: string): boolean {
    if (this.peekIdent() !== k) return false;
    this.pos += k.length;
    return true;
  }

  /** A name: an identifier, or a quoted string for any other text. */
  name(what: string): string {
    return this.peek('"') ? this.string() : this.ident(what);
  }

  peekName(): boolean {
    return this.peek('"') || this.peekIdent() !== undefined;
  }

  /** A JSON string literal. */
  string(): string {
    this.ws();
    const start = this.pos;
    if (this.text[start] !== '"') this.fail(`expected a quoted string, found ${this.found()}`);
    let p = start + 1;
    while (p < this.text.length && this.text[p] !== '"') p += this.text[p] === '\\' ? 2 : 1;
    if (p >= this.text.length) this.fail('unterminated string', start);
    let value: unknown;
    try {
      value = JSON.parse(this.text.slice(start, p + 1));
    } catch {
      this.fail('malformed string literal (strings use JSON escapes such as \\" and \\u00e9)', start);
    }
    this.pos = p + 1;
    return value as string;
  }

  /** An unsigned decimal integer, at most `max`. */
  integer(what: string, max: bigint): bigint {
    const m = this.match(DIGITS);
    if (!m) this.fail(`expected ${what}, found ${this.found()}`);
    const start = this.pos;
    const v = BigInt(m[0]);
    if (v > max) this.fail(`${what} ${m[0]} is out of range (the largest is ${max})`, start);
    this.pos += m[0].length;
    return v;
  }

  /** An index or count: an integer within the format's 32-bit range. */
  index(what: string): number {
    return Number(this.integer(what, BigInt(MAX_INDEX)));
  }

  peekDigit(): boolean {
    this.ws();
    const c = this.text.charCodeAt(this.pos);
    return c >= 48 && c <= 57;
  }

  /** `[i]`, the optional index annotation of a table entry: must be the entry's position. */
  indexAnnotation(expected: number, table: string): void {
    if (!this.peek('[')) return;
    const start = this.pos;
    this.pos++;
    const i = this.index('an index');
    this.expect(']');
    if (i !== expected) this.fail(`this is entry ${expected} of the ${table} table, but it is marked [${i}]; entries are numbered in order from 0`, start);
  }

  /** `kind#i` or `?kind#i` (an index written as such), for the given kind. */
  ref(kind: string): number | undefined {
    const m = this.match(REF);
    if (!m || m[2] !== kind) return undefined;
    const n = BigInt(m[3]!);
    if (n > BigInt(MAX_INDEX)) this.fail(`index ${m[3]} is out of range`);
    this.pos += m[0].length;
    return Number(n);
  }

  peekRef(): string | undefined {
    return this.match(REF)?.[2];
  }

  peekAddress(): boolean {
    return this.match(HEX) !== null;
  }

  /** `0x2` or a full 64-digit address, as the canonical `0x` + 64 lowercase hex digits. */
  address(): string {
    const m = this.match(HEX);
    if (!m) this.fail(`expected an address such as 0x2, found ${this.found()}`);
    const digits = m[1]!.replace(/^0+(?=.)/, '');
    if (digits.length > 64) this.fail('an address has at most 64 hex digits');
    this.pos += m[0].length;
    return addressHex(BigInt('0x' + digits));
  }

  /** The text of a trailing `//` comment, if the cursor is at one. */
  comment(): string | undefined {
    this.ws();
    if (!this.text.startsWith('//', this.pos)) return undefined;
    const text = this.text.slice(this.pos + 2);
    this.pos = this.text.length;
    return text;
  }

  /** Nothing but a comment may follow. */
  end(): void {
    if (!this.atEnd()) this.fail(`unexpected ${this.found()}`);
  }
}
