// The `//>` command lines of a `//# programmable` task, modelled on Sui's transactional tests.
// In: the text of the `//>` lines joined (commands end at `;`). Out: commands whose arguments
// are transaction Arguments and whose Move names are still unresolved text (named addresses
// are resolved by the runner). Pure: no chain.
//
//   commands := (command ';'?)*            a command may span several `//>` lines
//   command  := (digits ':')? body         the `N:` label is documentation; it must match N
//   body     := 'TransferObjects' '(' '[' args ']' ',' arg ')'
//             | 'SplitCoins' '(' arg ',' '[' args ']' ')'
//             | 'MergeCoins' '(' arg ',' '[' args ']' ')'
//             | 'MakeMoveVec' ('<' type '>')? '(' '[' args ']' ')'
//             | ADDR '::' MODULE '::' FUNCTION ('<' type (',' type)* '>')? '(' args ')'
//   arg      := 'Gas' | 'Input' '(' n ')' | 'Result' '(' n ')' | 'NestedResult' '(' n ',' n ')'

import type { Argument } from '../../vm/execution/transaction.js';
import { readAngle, ValueSyntaxError } from './values-syntax.js';

export type PtbCommand =
  | { kind: 'MoveCall'; address: string; module: string; function: string; typeArgs: string[]; args: Argument[] }
  | { kind: 'TransferObjects'; objects: Argument[]; address: Argument }
  | { kind: 'SplitCoins'; coin: Argument; amounts: Argument[] }
  | { kind: 'MergeCoins'; destination: Argument; sources: Argument[] }
  | { kind: 'MakeMoveVec'; type?: string; elements: Argument[] };

class Reader {
  pos = 0;
  constructor(readonly text: string) {}
  ws(): void {
    while (this.pos < this.text.length && /\s/.test(this.text[this.pos]!)) this.pos++;
  }
  at(s: string): boolean {
    this.ws();
    return this.text.startsWith(s, this.pos);
  }
  expect(s: string): void {
    if (!this.at(s)) throw new ValueSyntaxError(`expected \`${s}\` at \`${this.rest()}\``, this.pos);
    this.pos += s.length;
  }
  word(what: string): string {
    this.ws();
    const m = /^[A-Za-z_][A-Za-z0-9_]*|^0x[0-9a-fA-F]+/.exec(this.text.slice(this.pos));
    if (!m) throw new ValueSyntaxError(`expected ${what} at \`${this.rest()}\``, this.pos);
    this.pos += m[0].length;
    return m[0];
  }
  number(): number {
    this.ws();
    const m = /^[0-9]+/.exec(this.text.slice(this.pos));
    if (!m) throw new ValueSyntaxError(`expected a number at \`${this.rest()}\``, this.pos);
    this.pos += m[0].length;
    return Number(m[0]);
  }
  rest(): string {
    const r = this.text.slice(this.pos).trim();
    return r === '' ? 'the end' : r.length > 40 ? r.slice(0, 40) + '...' : r;
  }
}

function arg(r: Reader): Argument {
  const w = r.word('an argument (Gas, Input(i), Result(i), NestedResult(i, j))');
  if (w === 'Gas' || w === 'GasCoin') return 'GasCoin';
  r.expect('(');
  const i = r.number();
  let out: Argument;
  if (w === 'NestedResult') {
    r.expect(',');
    out = { NestedResult: [i, r.number()] };
  } else if (w === 'Input') out = { Input: i };
  else if (w === 'Result') out = { Result: i };
  else throw new ValueSyntaxError(`unknown argument \`${w}\` (expected Gas, Input(i), Result(i), NestedResult(i, j))`, r.pos);
  r.expect(')');
  return out;
}

/** `a, b, c` up to (not including) `close`. */
function args(r: Reader, close: string): Argument[] {
  const out: Argument[] = [];
  if (r.at(close)) return out;
  for (;;) {
    out.push(arg(r));
    if (r.at(close)) return out;
    r.expect(',');
  }
}

function list(r: Reader): Argument[] {
  r.expect('[');
  const out = args(r, ']');
  r.expect(']');
  return out;
}

/** Splits `A, B<C, D>` at top-level commas. */
function typeList(text: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let cur = '';
  for (const c of text) {
    if (c === '<') depth++;
    if (c === '>') depth--;
    if (c === ',' && depth === 0) {
      out.push(cur.trim());
      cur = '';
    } else cur += c;
  }
  if (cur.trim()) out.push(cur.trim());
  return out;
}

function command(r: Reader): PtbCommand {
  const first = r.word('a command');
  switch (first) {
    case 'TransferObjects': {
      r.expect('(');
      const objects = list(r);
      r.expect(',');
      const address = arg(r);
      r.expect(')');
      return { kind: 'TransferObjects', objects, address };
    }
    case 'SplitCoins':
    case 'MergeCoins': {
      r.expect('(');
      const coin = arg(r);
      r.expect(',');
      const rest = list(r);
      r.expect(')');
      return first === 'SplitCoins' ? { kind: 'SplitCoins', coin, amounts: rest } : { kind: 'MergeCoins', destination: coin, sources: rest };
    }
    case 'MakeMoveVec': {
      const type = r.at('<') ? readAngle(r) : undefined;
      r.expect('(');
      const elements = list(r);
      r.expect(')');
      return type === undefined ? { kind: 'MakeMoveVec', elements } : { kind: 'MakeMoveVec', type, elements };
    }
    default: {
      r.expect('::');
      const module = r.word('a module name');
      r.expect('::');
      const fn = r.word('a function name');
      const typeArgs = r.at('<') ? typeList(readAngle(r)) : [];
      r.expect('(');
      const a = args(r, ')');
      r.expect(')');
      return { kind: 'MoveCall', address: first, module, function: fn, typeArgs, args: a };
    }
  }
}

/** Parses the joined `//>` text into commands; throws ValueSyntaxError with the reason. */
export function parseCommands(text: string): PtbCommand[] {
  const r = new Reader(text);
  const out: PtbCommand[] = [];
  for (;;) {
    r.ws();
    if (r.pos >= text.length) return out;
    const label = /^([0-9]+)\s*:/.exec(text.slice(r.pos));
    if (label) {
      if (Number(label[1]) !== out.length) throw new ValueSyntaxError(`command label ${label[1]}: is command ${out.length}`, r.pos);
      r.pos += label[0].length;
    }
    out.push(command(r));
    if (!r.at(';') && r.pos < text.trimEnd().length) throw new ValueSyntaxError(`expected \`;\` between commands at \`${r.rest()}\``, r.pos);
    if (r.at(';')) r.pos++;
  }
}
