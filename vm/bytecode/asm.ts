// The assembler: a bytecode listing in the disassembler's format (disasm.ts) in, a CompiledModule
// out, or every error found with its line and column. `assemble(disassemble(m))` gives back m
// exactly, so its encoding is byte for byte `encodeModule(m)`; that is how tests and users write
// hand-made, even malicious, modules for the verifier.
//
// Two passes (asm/): parse.ts reads each line into syntax, build.ts resolves names to indices
// through the naming rules the disassembler prints with (asm/symbols.ts). Never throws: an
// unexpected exception is reported as an internal error at line 1.

import type { CompiledModule } from './module.js';
import { buildModule } from './asm/build.js';
import { parseListing } from './asm/parse.js';

export interface AsmError {
  line: number;
  column: number;
  message: string;
}

export type AsmResult = { ok: true; module: CompiledModule } | { ok: false; errors: AsmError[] };

export function assemble(text: string): AsmResult {
  try {
    const parsed = parseListing(text);
    if (parsed.errors.length > 0) return failed(parsed.errors);
    const built = buildModule(parsed.listing);
    if (built.errors.length > 0) return failed(built.errors);
    return { ok: true, module: built.module };
  } catch (e) {
    return { ok: false, errors: [{ line: 1, column: 1, message: `internal assembler error: ${e instanceof Error ? e.message : String(e)}` }] };
  }
}

function failed(errors: readonly AsmError[]): AsmResult {
  const sorted = [...errors].sort((a, b) => a.line - b.line || a.column - b.column);
  return { ok: false, errors: sorted.map(({ line, column, message }) => ({ line, column, message })) };
}
