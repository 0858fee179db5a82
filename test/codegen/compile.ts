// Test helper: Move source in, its compiled modules (stdlib included) out, failing the test on
// any diagnostic error.

import { compileSources, type CompileResult } from '../../compiler/index.js';
import { renderDiagnostics } from '../../compiler/diagnostics/render.js';
import { SourceFile } from '../../compiler/diagnostics/source.js';
import type { CompiledModule } from '../../vm/bytecode/module.js';

export function compileMove(path: string, text: string, options: { test?: boolean; edition?: '2024' | 'legacy' } = {}): CompileResult & { modules: Map<string, CompiledModule> } {
  const addresses = new Map<string, bigint>([['std', 0x1n], ['sui', 0x2n], ['test', 0x42n]]);
  const r = compileSources([{ source: new SourceFile(path, text), package: { name: 'test', edition: options.edition ?? '2024', addresses } }], { std: true, sui: true }, { test: options.test ?? true });
  if (!r.ok || !r.modules) throw new Error(`${path} does not compile:\n${renderDiagnostics(r.diagnostics, r.sources, { color: false })}`);
  return r as CompileResult & { modules: Map<string, CompiledModule> };
}

export function isBundled(key: string): boolean {
  return key.startsWith('0x1::') || key.startsWith('0x2::');
}
