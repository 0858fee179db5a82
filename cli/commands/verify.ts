// `deed verify FILE.mv... [--test]`: module files in, the verifier's verdict on each out. The
// files are verified together as one package (they may depend on each other) against the
// bundled standard library when they use it. Returns data; cli/main.ts prints it.
//
// Verdicts: `ok`; a file that cannot be read; bytes that do not decode (a decoding status,
// 1000s); or the verification status (2000s) with the module, function and instruction offset
// where the verifier refused. verifyPackage stops at the first refusal, so a rejected package
// reports one refused module.

import { readFileSync } from 'node:fs';
import { decodeModule } from '../../vm/bytecode/codec.js';
import { showModuleId, type CompiledModule } from '../../vm/bytecode/module.js';
import { moduleKeyOf, verifyPackage, type VerifyError } from '../../vm/verifier/index.js';
import { STD_ADDRESS, SUI_ADDRESS } from '../../vm/verifier/module-key.js';
import { readError } from './asm.js';

export interface Verdict {
  file: string;
  ok: boolean;
  /** Why it failed: `cannot read`, `not a module` (decoding) or `rejected` (verification). */
  failure?: 'read' | 'decode' | 'verify';
  name?: string;
  code?: number;
  /** `0x42::m::f at offset 3` */
  location?: string;
  message?: string;
}

export interface VerifyReport {
  ok: boolean;
  verdicts: Verdict[];
}

export interface VerifyFilesOptions {
  test?: boolean;
  /** Where the bundled library comes from (tests may pass a prepared map); compiled on demand. */
  bundled?: () => Promise<ReadonlyMap<string, CompiledModule>>;
}

export async function verifyFiles(files: readonly string[], options: VerifyFilesOptions = {}): Promise<VerifyReport> {
  const verdicts: Verdict[] = [];
  const modules: Array<{ file: string; module: CompiledModule }> = [];
  for (const file of files) {
    let bytes: Uint8Array;
    try {
      bytes = readFileSync(file);
    } catch (e) {
      verdicts.push({ file, ok: false, failure: 'read', message: readError(e) });
      continue;
    }
    const decoded = decodeModule(bytes);
    if (decoded.ok) modules.push({ file, module: decoded.module });
    else verdicts.push({ file, ok: false, failure: 'decode', ...decoded.status });
  }
  // A package with a missing or broken member cannot be verified as a whole.
  if (verdicts.length > 0) return { ok: false, verdicts };

  const own = new Set(modules.map(({ module }) => moduleKeyOf(module.moduleHandles[0]!)));
  const usesBundled = modules.some(({ module }) => module.moduleHandles.slice(1).some((id) => (id.address === STD_ADDRESS || id.address === SUI_ADDRESS) && !own.has(moduleKeyOf(id))));
  const deps = new Map<string, CompiledModule>();
  if (usesBundled) {
    // Modules given on the command line stand for themselves, even when they are library ones.
    for (const [key, m] of await (options.bundled ?? bundledModules)()) if (!own.has(key)) deps.set(key, m);
  }
  const result = verifyPackage(
    modules.map((x) => x.module),
    deps,
    { testMode: options.test ?? false },
  );
  if (result.ok) return { ok: true, verdicts: modules.map(({ file }) => ({ file, ok: true })) };
  return { ok: false, verdicts: [rejection(result.error, modules)] };
}

/** The refused module's file, and the error split into status, place and detail. */
function rejection(error: VerifyError, modules: ReadonlyArray<{ file: string; module: CompiledModule }>): Verdict {
  const self = (m: CompiledModule) => m.moduleHandles[0]!;
  // verifyModule names modules as `0x2::coin`, package ordering by their full key.
  const owner = modules.find(({ module }) => error.module !== undefined && (showModuleId(self(module)) === error.module || moduleKeyOf(self(module)) === error.module));
  const place = [error.module, error.function].filter((x) => x !== undefined).join('::');
  const location = place ? place + (error.offset !== undefined ? ` at offset ${error.offset}` : '') : undefined;
  const message = location && error.message.startsWith(`${location}: `) ? error.message.slice(location.length + 2) : error.message;
  return { file: owner?.file ?? modules.map((m) => m.file).join(', '), ok: false, failure: 'verify', name: error.name, code: error.code, ...(location ? { location } : {}), message };
}

/** One line per verdict: `FILE: ok`, or what went wrong and where. */
export function renderVerdict(v: Verdict): string {
  if (v.ok) return `${v.file}: ok`;
  switch (v.failure) {
    case 'read':
      return `${v.file}: cannot read: ${v.message}`;
    case 'decode':
      return `${v.file}: not a valid module: ${v.name} (${v.code}): ${v.message}`;
    default:
      return `${v.file}: ${v.name} (${v.code})${v.location ? ` in ${v.location}` : ''}: ${v.message}`;
  }
}

/**
 * The bundled std (0x1) and sui (0x2) modules, by moduleKeyOf. vm/ may not import the compiler,
 * so the CLI compiles a trivial module against the bundled library and keeps the library's part.
 */
export async function bundledModules(): Promise<ReadonlyMap<string, CompiledModule>> {
  const { compileSources } = await import('../../compiler/index.js');
  const { SourceFile } = await import('../../compiler/diagnostics/source.js');
  const probe = new SourceFile('<deed verify>', 'module 0x0::deed_verify_probe {}\n');
  const r = compileSources([{ source: probe, package: { name: 'deed_verify_probe', edition: '2024', addresses: new Map() } }], { std: true, sui: true });
  if (!r.modules) throw new Error(`the bundled library did not compile: ${r.diagnostics.map((d) => d.message).join('; ')}`);
  const out = new Map<string, CompiledModule>();
  for (const m of r.modules.values()) {
    const id = m.moduleHandles[0]!;
    if (id.address === STD_ADDRESS || id.address === SUI_ADDRESS) out.set(moduleKeyOf(id), m);
  }
  return out;
}
