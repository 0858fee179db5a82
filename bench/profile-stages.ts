// Profiling aid: times lexing, CST parsing and AST building separately. Not part of `npm run bench`.
import { generateSource } from './parse.js';
import { MoveParser } from '../compiler/parser/parser.js';
import { moveLexer } from '../compiler/parser/tokens.js';
import { AstBuilder } from '../compiler/parser/to-ast.js';
import { Reporter } from '../compiler/diagnostics/diagnostic.js';
const text = generateSource(10_000);
const p = new MoveParser();
for (let r = 0; r < 3; r++) {
  let t = performance.now();
  const lex = moveLexer.tokenize(text);
  const tl = performance.now() - t; t = performance.now();
  p.input = lex.tokens;
  const cst = p.file();
  const tp = performance.now() - t; t = performance.now();
  new AstBuilder('x', new Reporter(), text).buildFile(cst, text.length);
  const ta = performance.now() - t;
  console.log({ tl, tp, ta, errors: p.errors.length });
}
