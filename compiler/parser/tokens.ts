// Token definitions and the Chevrotain lexer: source text in, a token vector out.
//
// Design notes:
// - Only strict keywords are token types. Contextual words (`has`, `phantom`, `entry`, `macro`,
//   `mut`, `enum`, `match`, `vector`, `Self`, ...) are Identifiers that the parser tests by image,
//   because legacy Move code uses several of them as ordinary names.
// - `>` is always a single token so `vector<vector<u8>>` needs no token splitting; the parser
//   reads `>>` as two adjacent `>` tokens.
// - Malformed literals still lex as one token (an unterminated `b"...` runs to the end of the
//   file, a bad number suffix stays in the number) so the parser sees a sane stream; the literal
//   is validated, and diagnosed, when the AST is built.

import { createToken, Lexer, type CustomPatternMatcherFunc, type TokenType } from 'chevrotain';

export const Identifier = createToken({ name: 'Identifier', pattern: /\$?[a-zA-Z_][a-zA-Z0-9_]*/, label: 'an identifier' });

function keyword(word: string): TokenType {
  return createToken({ name: word[0]!.toUpperCase() + word.slice(1), pattern: word, longer_alt: Identifier, label: `\`${word}\`` });
}

export const STRICT_KEYWORDS = [
  'abort', 'acquires', 'as', 'break', 'const', 'continue', 'copy', 'else', 'false', 'friend', 'fun', 'if',
  'let', 'loop', 'module', 'move', 'native', 'public', 'return', 'struct', 'true', 'use', 'while',
] as const;

const kw = Object.fromEntries(STRICT_KEYWORDS.map((w) => [w, keyword(w)])) as Record<(typeof STRICT_KEYWORDS)[number], TokenType>;
export const Abort = kw.abort, Acquires = kw.acquires, As = kw.as, Break = kw.break, Const = kw.const;
export const Continue = kw.continue, Copy = kw.copy, Else = kw.else, False = kw.false, Friend = kw.friend;
export const Fun = kw.fun, If = kw.if, Let = kw.let, Loop = kw.loop, Module = kw.module, Move = kw.move;
export const Native = kw.native, Public = kw.public, Return = kw.return, Struct = kw.struct, True = kw.true;
export const Use = kw.use, While = kw.while;

// Scans a `b"..."` or `x"..."` literal up to its closing quote. As in Move, a string cannot
// span lines: without a closing quote it ends at the end of its line (reported later as
// unterminated), so the next line still parses. Escapes are skipped here, decoded later.
function quotedMatcher(prefix: string): CustomPatternMatcherFunc {
  return (text, offset) => {
    if (text.charCodeAt(offset) !== prefix.charCodeAt(0) || text.charCodeAt(offset + 1) !== 34 /* " */) return null;
    let i = offset + 2;
    while (i < text.length) {
      const c = text.charCodeAt(i);
      if (c === 10 || c === 13) break;
      if (c === 92 /* \ */ && i + 1 < text.length && text.charCodeAt(i + 1) !== 10 && text.charCodeAt(i + 1) !== 13) i += 2;
      else if (c === 34) return [text.slice(offset, i + 1)] as unknown as RegExpExecArray;
      else i++;
    }
    return [text.slice(offset, i)] as unknown as RegExpExecArray;
  };
}

export const ByteString = createToken({ name: 'ByteString', pattern: { exec: quotedMatcher('b') }, label: 'a byte string', line_breaks: true, start_chars_hint: ['b'] });
export const HexString = createToken({ name: 'HexString', pattern: { exec: quotedMatcher('x') }, label: 'a hex string', line_breaks: true, start_chars_hint: ['x'] });

// A number with whatever identifier characters follow it, so `10u7` and `12abc` are one token
// that the AST builder rejects with a precise message, instead of two confusing tokens.
export const NumberLit = createToken({ name: 'Number', pattern: /(?:0x[0-9a-fA-F_]*|[0-9][0-9_]*)(?:[a-zA-Z_][a-zA-Z0-9_]*)?/, label: 'a number' });

export const BlockLabel = createToken({ name: 'BlockLabel', pattern: /'[a-zA-Z_][a-zA-Z0-9_]*/, label: 'a label' });

export const WhiteSpace = createToken({ name: 'WhiteSpace', pattern: /[ \t\r\n\f\v\uFEFF]+/, group: Lexer.SKIPPED, line_breaks: true });
export const LineComment = createToken({ name: 'LineComment', pattern: /\/\/[^\n]*/, group: 'comments' });
/** End offset (exclusive) of the nested block comment starting at `offset`, or -1 if unterminated. */
export function blockCommentEnd(text: string, offset: number): number {
  let depth = 1;
  let i = offset + 2;
  while (i < text.length) {
    const c = text.charCodeAt(i);
    if (c === 47 && text.charCodeAt(i + 1) === 42) {
      depth++;
      i += 2;
    } else if (c === 42 && text.charCodeAt(i + 1) === 47) {
      depth--;
      i += 2;
      if (depth === 0) return i;
    } else i++;
  }
  return -1;
}

export const BlockComment = createToken({
  name: 'BlockComment',
  // Block comments nest, as in Move: `/* a /* b */ c */` is one comment. An unterminated one
  // runs to the end of the text (diagnosed later).
  pattern: {
    exec: (text: string, offset: number) => {
      if (text.charCodeAt(offset) !== 47 || text.charCodeAt(offset + 1) !== 42) return null;
      const end = blockCommentEnd(text, offset);
      return [text.slice(offset, end < 0 ? text.length : end)] as unknown as RegExpExecArray;
    },
  },
  line_breaks: true,
  start_chars_hint: ['/'],
  group: 'comments',
});

function punct(name: string, pattern: string | RegExp, label?: string): TokenType {
  return createToken({ name, pattern, label: label ?? `\`${typeof pattern === 'string' ? pattern : name}\`` });
}

export const ColonColon = punct('ColonColon', '::');
export const Colon = punct('Colon', ':');
export const Semicolon = punct('Semicolon', ';');
export const Comma = punct('Comma', ',');
export const DotDot = punct('DotDot', '..');
export const Dot = punct('Dot', '.');
export const LParen = punct('LParen', '(');
export const RParen = punct('RParen', ')');
export const LBracket = punct('LBracket', '[');
export const RBracket = punct('RBracket', ']');
export const LCurly = punct('LCurly', '{');
export const RCurly = punct('RCurly', '}');
export const LessLess = punct('LessLess', '<<');
export const LessEqual = punct('LessEqual', '<=');
export const Less = punct('Less', '<');
export const GreaterEqual = punct('GreaterEqual', '>=');
export const Greater = punct('Greater', '>');
export const EqualEqual = punct('EqualEqual', '==');
export const FatArrow = punct('FatArrow', '=>');
export const Equal = punct('Equal', '=');
export const BangEqual = punct('BangEqual', '!=');
export const Bang = punct('Bang', '!');
export const AmpAmp = punct('AmpAmp', '&&');
export const AmpMut = punct('AmpMut', /&mut(?![a-zA-Z0-9_])/, '`&mut`');
export const Amp = punct('Amp', '&');
export const PipePipe = punct('PipePipe', '||');
export const Pipe = punct('Pipe', '|');
export const Caret = punct('Caret', '^');
export const Plus = punct('Plus', '+');
export const Arrow = punct('Arrow', '->');
export const Minus = punct('Minus', '-');
export const Star = punct('Star', '*');
export const Slash = punct('Slash', '/');
export const Percent = punct('Percent', '%');
export const At = punct('At', '@');
export const Hash = punct('Hash', '#');

// Order matters: Chevrotain takes the first pattern that matches, so comments come before `/`,
// literals with a letter prefix before Identifier, and longer punctuation before its prefixes.
export const allTokens: TokenType[] = [
  WhiteSpace,
  BlockComment,
  LineComment,
  ByteString,
  HexString,
  ...Object.values(kw),
  Identifier,
  NumberLit,
  BlockLabel,
  ColonColon,
  Colon,
  Semicolon,
  Comma,
  DotDot,
  Dot,
  LParen,
  RParen,
  LBracket,
  RBracket,
  LCurly,
  RCurly,
  LessLess,
  LessEqual,
  Less,
  GreaterEqual,
  Greater,
  EqualEqual,
  FatArrow,
  Equal,
  BangEqual,
  Bang,
  AmpAmp,
  AmpMut,
  Amp,
  PipePipe,
  Pipe,
  Caret,
  Plus,
  Arrow,
  Minus,
  Star,
  Slash,
  Percent,
  At,
  Hash,
];

// Only offsets are tracked: lines and columns come from SourceFile when a diagnostic is shown,
// which keeps the hot lexing loop cheaper.
export const moveLexer = new Lexer(allTokens, { positionTracking: 'onlyOffset', ensureOptimizations: false });
