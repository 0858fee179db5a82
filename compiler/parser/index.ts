// Front-end entry: source text in, { ast, diagnostics } out. Never throws.
// (Placeholder signature while the parser is being written; replaced by the real implementation.)
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import type { SourceFile } from '../diagnostics/source.js';
import type { FileAst } from './ast.js';

export interface ParseResult {
  /** The tree; with syntax errors it holds what could be recovered. */
  ast: FileAst;
  diagnostics: Diagnostic[];
}

export declare function parseFile(file: SourceFile): ParseResult;
