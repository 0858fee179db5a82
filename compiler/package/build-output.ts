// The build folder: a compiled package in, files on disk out, in Sui's layout:
//
//   build/<package>/bytecode_modules/<module>.mv
//   build/<package>/bytecode_modules/dependencies/<dependency>/<module>.mv
//
// The folder is written next to it and renamed into place, so an interrupted build never leaves
// a mix of old and new modules behind.

import { existsSync, mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import type { ModuleKey, ResolvedNames } from '../names/index.js';
import type { CompiledModule } from '../../vm/bytecode/module.js';
import { encodeModule } from '../../vm/bytecode/codec.js';

export interface BuildOutput {
  /** The package's own folder under build/. */
  dir: string;
  /** Every file written, relative to the package root. */
  files: string[];
}

export function writeBuildOutput(root: string, packageName: string, names: ResolvedNames, modules: ReadonlyMap<ModuleKey, CompiledModule>): BuildOutput {
  const dir = path.join(root, 'build', packageName);
  const staging = `${dir}.partial-${process.pid}`;
  rmSync(staging, { recursive: true, force: true });
  const files: string[] = [];
  for (const [key, module] of [...modules].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
    const entry = names.table.modules.get(key);
    if (!entry) continue;
    const owner = entry.unit.package.name;
    const rel = owner === packageName ? path.join('bytecode_modules', `${entry.name}.mv`) : path.join('bytecode_modules', 'dependencies', owner, `${entry.name}.mv`);
    const file = path.join(staging, rel);
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, encodeModule(module));
    files.push(path.join('build', packageName, rel));
  }
  mkdirSync(staging, { recursive: true });
  const old = `${dir}.old-${process.pid}`;
  if (existsSync(dir)) renameSync(dir, old);
  renameSync(staging, dir);
  rmSync(old, { recursive: true, force: true });
  return { dir, files };
}
