// `deed disasm FILE.mv`: a module file in, its bytecode listing (or the decoded module as JSON)
// out. Never throws: a missing file or bytes that are not a module give a one-line message.

import { readFileSync } from 'node:fs';
import { decodeModule } from '../../vm/bytecode/codec.js';
import { disassemble } from '../../vm/bytecode/disasm.js';

export type DisasmResult = { ok: true; output: string } | { ok: false; message: string };

export function disasmFile(file: string, options: { json?: boolean } = {}): DisasmResult {
  let bytes: Uint8Array;
  try {
    bytes = readFileSync(file);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    const why = code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'it is a directory' : code === 'EACCES' ? 'permission denied' : e instanceof Error ? e.message : String(e);
    return { ok: false, message: `cannot read ${file}: ${why}` };
  }
  const decoded = decodeModule(bytes);
  if (!decoded.ok) {
    const { name, code, message } = decoded.status;
    return { ok: false, message: `${file} is not a valid module: ${name} (${code}): ${message}` };
  }
  return { ok: true, output: options.json ? moduleJson(decoded.module) + '\n' : disassemble(decoded.module) };
}

/** JSON has no bigints or byte arrays: bigints become decimal strings, bytes arrays of numbers. */
export function moduleJson(module: unknown): string {
  return JSON.stringify(module, (_key, value: unknown) => {
    if (typeof value === 'bigint') return value.toString();
    if (value instanceof Uint8Array) return Array.from(value);
    return value;
  });
}
