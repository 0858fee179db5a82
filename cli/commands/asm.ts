// `deed asm FILE [-o OUT.mv]`: a bytecode listing (the text `deed disasm` prints, perhaps edited
// by hand) in, a module file out; by default FILE with its extension replaced by `.mv`. Never
// throws: an unreadable file or a listing that does not assemble gives `file:line:col: message`
// lines.

import { readFileSync, writeFileSync } from 'node:fs';
import { extname } from 'node:path';
import { assemble } from '../../vm/bytecode/asm.js';
import { encodeModule } from '../../vm/bytecode/codec.js';

export type AsmFileResult = { ok: true; output: string; bytes: number } | { ok: false; errors: string[] };

/** `m.mvasm` -> `m.mv`, `m` -> `m.mv`. */
export function defaultOutput(file: string): string {
  const ext = extname(file);
  return (ext ? file.slice(0, -ext.length) : file) + '.mv';
}

export function asmFile(file: string, options: { out?: string } = {}): AsmFileResult {
  const out = options.out ?? defaultOutput(file);
  if (options.out === undefined && out === file) return { ok: false, errors: [`${file}: the listing already ends in .mv, so writing the module would overwrite it; choose the output with -o`] };
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (e) {
    return { ok: false, errors: [`cannot read ${file}: ${readError(e)}`] };
  }
  const r = assemble(text);
  if (!r.ok) return { ok: false, errors: r.errors.map((e) => `${file}:${e.line}:${e.column}: ${e.message}`) };
  let bytes: Uint8Array;
  try {
    bytes = encodeModule(r.module);
  } catch (e) {
    // The assembler checks every shape the codec needs, so this is a bug; still, say so plainly.
    return { ok: false, errors: [`${file}:1:1: the module cannot be encoded: ${e instanceof Error ? e.message : String(e)}`] };
  }
  try {
    writeFileSync(out, bytes);
  } catch (e) {
    return { ok: false, errors: [`cannot write ${out}: ${readError(e)}`] };
  }
  return { ok: true, output: out, bytes: bytes.length };
}

export function readError(e: unknown): string {
  const code = (e as NodeJS.ErrnoException).code;
  if (code === 'ENOENT') return 'no such file';
  if (code === 'EISDIR') return 'it is a directory';
  if (code === 'EACCES') return 'permission denied';
  return e instanceof Error ? e.message : String(e);
}
