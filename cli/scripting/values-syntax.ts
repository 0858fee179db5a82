// Argument values as scripts write them. In: the text of one `--args`/`--inputs` value. Out: an
// ArgValue tree, or a message saying what is wrong. Pure: no chain, no names resolved yet.
//
//   value   := int | 'true' | 'false' | '@' NAME | '@' HEX
//            | ('object' | 'immshared' | 'receiving') '(' int ',' int ')'
//            | '"' text '"' | 'b"' text '"' | 'x"' hex '"'
//            | 'vector' ('<' type '>')? '[' (value (',' value)*)? ']'
//            | 'none' | 'some' '(' value ')'
//   int     := digits ('u8' | 'u16' | 'u32' | 'u64' | 'u128' | 'u256')?    (or 0x hex digits)

export type IntType = 'u8' | 'u16' | 'u32' | 'u64' | 'u128' | 'u256';

export type ArgValue =
  | { kind: 'int'; value: bigint; type?: IntType }
  | { kind: 'bool'; value: boolean }
  | { kind: 'address'; name: string }
  | { kind: 'object'; task: number; index: number; mode: 'object' | 'immshared' | 'receiving' }
  | { kind: 'string'; value: string }
  | { kind: 'bytes'; value: number[] }
  | { kind: 'vector'; elems: ArgValue[]; type?: string }
  | { kind: 'none' }
  | { kind: 'some'; value: ArgValue };

export class ValueSyntaxError extends Error {
  constructor(
    message: string,
    /** Where in the text the problem is, when known (for the script line of a `//>` error). */
    readonly offset?: number,
  ) {
    super(message);
  }
}

class Reader {
  pos = 0;
  constructor(readonly text: string) {}
  ws(): void {
    while (this.pos < this.text.length && /\s/.test(this.text[this.pos]!)) this.pos++;
  }
  peek(re: RegExp): RegExpExecArray | null {
    this.ws();
    const m = re.exec(this.text.slice(this.pos));
    return m && m.index === 0 ? m : null;
  }
  take(re: RegExp, what: string): string {
    const m = this.peek(re);
    if (!m) throw new ValueSyntaxError(`expected ${what} at \`${this.text.slice(this.pos) || 'the end'}\` in \`${this.text}\``);
    this.pos += m[0].length;
    return m[0];
  }
  eat(s: string): boolean {
    this.ws();
    if (!this.text.startsWith(s, this.pos)) return false;
    this.pos += s.length;
    return true;
  }
  done(): boolean {
    this.ws();
    return this.pos >= this.text.length;
  }
}

const INT = /^(0x[0-9a-fA-F]+|[0-9][0-9_]*)(u8|u16|u32|u64|u128|u256)?(?![\w])/;

function readInt(r: Reader): { value: bigint; type?: IntType } {
  const m = r.peek(INT)!;
  r.pos += m[0].length;
  const value = BigInt(m[1]!.replace(/_/g, ''));
  return m[2] ? { value, type: m[2] as IntType } : { value };
}

/** A type written inside `<...>`: everything up to the matching `>`. */
export function readAngle(r: { text: string; pos: number }): string {
  let depth = 0;
  const start = r.pos;
  for (; r.pos < r.text.length; r.pos++) {
    const c = r.text[r.pos];
    if (c === '<') depth++;
    else if (c === '>' && --depth === 0) {
      r.pos++;
      return r.text.slice(start + 1, r.pos - 1).trim();
    }
  }
  throw new ValueSyntaxError(`unclosed \`<\` in \`${r.text}\``);
}

function quoted(r: Reader): string {
  r.take(/^"/, '"');
  let out = '';
  for (;;) {
    const c = r.text[r.pos++];
    if (c === undefined) throw new ValueSyntaxError(`unclosed string in \`${r.text}\``);
    if (c === '"') return out;
    if (c === '\\') {
      const e = r.text[r.pos++];
      out += e === 'n' ? '\n' : e === 't' ? '\t' : (e ?? '');
    } else out += c;
  }
}

function value(r: Reader): ArgValue {
  r.ws();
  if (r.peek(INT)) return { kind: 'int', ...readInt(r) };
  if (r.eat('@')) return { kind: 'address', name: r.take(/^(0x[0-9a-fA-F]+|[A-Za-z_]\w*)/, 'an account name or 0x address after @') };
  const word = r.peek(/^[A-Za-z_]\w*/);
  if (word === null) {
    if (r.peek(/^"/)) return { kind: 'string', value: quoted(r) };
    throw new ValueSyntaxError(`expected a value at \`${r.text.slice(r.pos) || 'the end'}\` in \`${r.text}\``);
  }
  const w = word[0];
  if (w === 'b' && r.text[r.pos + 1] === '"') {
    r.pos++;
    return { kind: 'bytes', value: Array.from(new TextEncoder().encode(quoted(r))) };
  }
  if (w === 'x' && r.text[r.pos + 1] === '"') {
    r.pos++;
    const hex = quoted(r);
    if (!/^([0-9a-fA-F]{2})*$/.test(hex)) throw new ValueSyntaxError(`x"${hex}" is not an even number of hex digits`);
    return { kind: 'bytes', value: Array.from({ length: hex.length / 2 }, (_, i) => parseInt(hex.slice(2 * i, 2 * i + 2), 16)) };
  }
  r.pos += w.length;
  switch (w) {
    case 'true':
    case 'false':
      return { kind: 'bool', value: w === 'true' };
    case 'none':
      return { kind: 'none' };
    case 'some': {
      r.take(/^\(/, '(');
      const v = value(r);
      r.take(/^\)/, ')');
      return { kind: 'some', value: v };
    }
    case 'object':
    case 'immshared':
    case 'receiving': {
      r.take(/^\(/, `( after ${w}`);
      const task = Number(r.take(/^[0-9]+/, 'a task number'));
      r.take(/^,/, ',');
      const index = Number(r.take(/^[0-9]+/, 'an object index'));
      r.take(/^\)/, ')');
      return { kind: 'object', task, index, mode: w };
    }
    case 'vector': {
      r.ws();
      const type = r.text[r.pos] === '<' ? readAngle(r) : undefined;
      r.take(/^\[/, '[ after vector');
      const elems: ArgValue[] = [];
      if (!r.eat(']')) {
        for (;;) {
          elems.push(value(r));
          if (r.eat(']')) break;
          r.take(/^,/, ', or ]');
        }
      }
      return type === undefined ? { kind: 'vector', elems } : { kind: 'vector', elems, type };
    }
    default:
      throw new ValueSyntaxError(`unknown value \`${w}\` (values are integers like 5 or 5u8, true/false, @ACCOUNT, object(T,I), "text", x"hex", vector[...], none, some(...))`);
  }
}

/** Parses one whole value; trailing text is an error. */
export function parseValue(text: string): ArgValue {
  const r = new Reader(text);
  const v = value(r);
  if (!r.done()) throw new ValueSyntaxError(`unexpected \`${r.text.slice(r.pos)}\` after the value in \`${text}\``);
  return v;
}

/**
 * Splits a command line into words at spaces outside brackets, parentheses, angle brackets and
 * quotes, so `vector[1, 2]` and `object(2, 0)` stay one word each.
 */
export function splitWords(text: string): string[] {
  const out: string[] = [];
  let cur = '';
  let depth = 0;
  let quote = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quote) {
      cur += c;
      if (c === '\\') cur += text[++i] ?? '';
      else if (c === '"') quote = false;
      continue;
    }
    if (c === '"') quote = true;
    else if ('[(<'.includes(c)) depth++;
    else if (']),>'.includes(c) && c !== ',') depth = Math.max(0, depth - 1);
    if (/\s/.test(c) && depth === 0) {
      if (cur) out.push(cur);
      cur = '';
    } else cur += c;
  }
  if (cur) out.push(cur);
  return out;
}
