// Front-end entry: a SourceFile in, { ast, diagnostics } out. Never throws: lexical and syntax
// errors become diagnostics, error recovery keeps going to report several errors per run, and an
// internal failure becomes an E00001 diagnostic rather than an exception.

import type { ILexingResult, IRecognitionException, IToken } from 'chevrotain';
import { EOF } from 'chevrotain';
import { type Diagnostic, Reporter } from '../diagnostics/diagnostic.js';
import type { SourceFile } from '../diagnostics/source.js';
import type { FileAst } from './ast.js';
import { MoveParser, tokenEnd } from './parser.js';
import { isClosedString } from './literals.js';
import { AstBuilder } from './to-ast.js';
import * as T from './tokens.js';

export interface ParseResult {
  /** The tree; with syntax errors it holds what could be recovered. */
  ast: FileAst;
  diagnostics: Diagnostic[];
}

/**
 * Deepest bracket nesting (and longest run of prefix operators) accepted. The parser is
 * recursive, so this bounds its stack use well below Node's default stack size.
 */
export const MAX_NESTING = 200;

let parser: MoveParser | undefined;

/** The parser is built once per process: Chevrotain's grammar analysis is the expensive part. */
function getParser(): MoveParser {
  parser ??= new MoveParser();
  return parser;
}

export function parseFile(file: SourceFile): ParseResult {
  const reporter = new Reporter();
  const empty: FileAst = { kind: 'File', span: { file: file.name, start: 0, end: file.text.length }, modules: [] };
  try {
    const lexed = T.moveLexer.tokenize(file.text);
    const tokens = withEndOffsets(lexed.tokens);
    reportLexicalErrors(lexed, file, reporter);
    const deep = tooDeep(tokens);
    if (deep) {
      reporter.add('E01009', { file: file.name, start: deep.startOffset, end: tokenEnd(deep) }, {
        message: `nesting deeper than ${MAX_NESTING} levels`,
        label: 'too deeply nested here',
      });
      return { ast: empty, diagnostics: reporter.diagnostics };
    }

    const p = getParser();
    p.input = tokens;
    const cst = p.file();
    // Lexical errors come first; parser errors right after them are usually their echo.
    const lexical = reporter.diagnostics.map((d) => ({ offset: d.primary.span.start, nextLineToo: d.code === 'E01003' }));
    const errorOffsets = [...lexical.map((l) => l.offset), ...reportSyntaxErrors(p.errors, file, reporter, lexical)];
    const ast = new AstBuilder(file.name, reporter, file.text, errorOffsets).buildFile(cst, file.text.length);
    return { ast, diagnostics: reporter.diagnostics };
  } catch (err) {
    // Deep right-nested chains without brackets (`return return ...`) can still exhaust the stack.
    if (err instanceof RangeError) {
      reporter.add('E01009', { file: file.name, start: 0, end: 0 }, { message: 'source nests too deeply to parse', label: 'simplify deeply nested expressions' });
    } else {
      reporter.add('E00001', { file: file.name, start: 0, end: 0 }, {
        message: `internal compiler error while parsing: ${err instanceof Error ? err.message : String(err)}`,
      });
    }
    return { ast: empty, diagnostics: reporter.diagnostics };
  }
}

/**
 * Characters no token matches, unterminated block comments, and strings without a closing quote
 * on their line. Malformed tokens still reach the parser, so it can go on.
 */
function reportLexicalErrors(lexed: ILexingResult, file: SourceFile, reporter: Reporter): void {
  for (const e of lexed.errors) {
    const ch = file.text.slice(e.offset, e.offset + e.length);
    reporter.add('E01001', { file: file.name, start: e.offset, end: e.offset + e.length }, {
      message: ch.length === 1 ? `unrecognized character \`${printable(ch)}\`` : `unrecognized characters \`${printable(ch)}\``,
      label: 'not part of any token',
    });
  }
  for (const c of lexed.groups['comments'] ?? []) {
    if (c.image.startsWith('/*') && T.blockCommentEnd(c.image, 0) < 0) {
      reporter.add('E01004', { file: file.name, start: c.startOffset, end: c.startOffset + 2 }, { label: 'comment starts here and never ends' });
    }
  }
  for (const t of lexed.tokens) {
    if ((t.tokenType === T.ByteString || t.tokenType === T.HexString) && !isClosedString(t.image)) {
      reporter.add('E01003', { file: file.name, start: t.startOffset, end: tokenEnd(t) }, { label: 'no closing `"` before the end of the line' });
    }
  }
}

/**
 * The lexer tracks start offsets only (cheaper); the parser's node locations need end offsets
 * too (inclusive, Chevrotain's convention). One pass over the tokens is far cheaper than
 * computing node ranges from their children afterwards.
 */
function withEndOffsets(tokens: IToken[]): IToken[] {
  for (const t of tokens) t.endOffset = t.startOffset + t.image.length - 1;
  return tokens;
}

function printable(s: string): string {
  return [...s].map((c) => (c.charCodeAt(0) < 0x20 ? `\\u{${c.charCodeAt(0).toString(16)}}` : c)).join('');
}

const OPENERS = new Set([T.LParen, T.LBracket, T.LCurly, T.Less, T.Pipe]);
const CLOSERS = new Set([T.RParen, T.RBracket, T.RCurly, T.Greater, T.Pipe]);
const PREFIXES = new Set([T.Bang, T.Amp, T.AmpMut, T.Star, T.Return, T.Abort, T.Break, T.If, T.While, T.Loop, T.Else, T.Minus]);

/** First token at which brackets, or a run of prefix operators, nest deeper than MAX_NESTING. */
function tooDeep(tokens: IToken[]): IToken | undefined {
  let depth = 0;
  let run = 0;
  for (const t of tokens) {
    const tt = t.tokenType;
    if (OPENERS.has(tt) && tt !== T.Pipe) depth++;
    else if (CLOSERS.has(tt) && tt !== T.Pipe) depth = Math.max(0, depth - 1);
    run = PREFIXES.has(tt) ? run + 1 : tt === T.LParen || tt === T.LCurly ? run : 0;
    if (depth > MAX_NESTING || run > MAX_NESTING) return t;
  }
  return undefined;
}

/**
 * Chevrotain's recognition errors -> E01002 (or E01008 at the end of the file). Returns the
 * offsets of the errors kept.
 *
 * Recovery resynchronizes and goes on, which finds later independent errors but also produces
 * follow-on errors from the first one. To keep the report useful, an error is kept only if it
 * is on a later line than the previous kept error, and "expected `module`" leftovers after an
 * earlier error are dropped: they are what remains once the recovered module has closed early.
 * Errors on the line of a lexical error (or the line after an unterminated string) are dropped
 * too: the bad token explains them.
 */
function reportSyntaxErrors(
  errors: IRecognitionException[],
  file: SourceFile,
  reporter: Reporter,
  lexical: ReadonlyArray<{ offset: number; nextLineToo: boolean }>,
): number[] {
  const kept: number[] = [];
  let lastLine = 0;
  const lexicalLines = lexical.map((l) => ({ line: file.position(l.offset).line, nextLineToo: l.nextLineToo }));
  for (const e of errors) {
    const tok = e.token;
    const atEof = tok.tokenType === EOF || Number.isNaN(tok.startOffset);
    const start = atEof ? file.text.length : tok.startOffset;
    const line = file.position(start).line;
    if (lexicalLines.some((l) => l.line === line || (l.nextLineToo && l.line + 1 === line))) continue;
    const rules = e.context?.ruleStack ?? [];
    const atFileLevel = rules.length > 0 && (rules[rules.length - 1] === 'file' || rules[rules.length - 1] === 'fileItem');
    const cascade = line <= lastLine || e.name === 'NotAllInputParsedException' || e.message.startsWith('expected end of file') || atFileLevel;
    if ((kept.length > 0 || lexical.length > 0) && cascade) continue;
    kept.push(start);
    lastLine = line;
    if (atEof) {
      reporter.add('E01008', { file: file.name, start, end: start }, { message: `unexpected end of file: ${e.message.replace(/, found end of file$/, '')}` });
    } else {
      reporter.add('E01002', { file: file.name, start, end: tokenEnd(tok) }, { message: e.message, label: 'unexpected here' });
    }
  }
  return kept;
}
