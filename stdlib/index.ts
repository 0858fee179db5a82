// The bundled standard library's sources: which packages exist, their addresses, and their
// `.move` files as SourceFiles. A Move.toml dependency on the Sui framework or MoveStdlib
// resolves here (compiler/package); nothing is ever fetched.
//
// Sources are read from this repository's stdlib/ folder, found from this module's location
// whether it runs from the TypeScript sources or from the compiled dist/ tree.

import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { SourceFile } from '../compiler/diagnostics/source.js';

export interface BundledPackage {
  /** The package name a manifest depends on. */
  name: 'MoveStdlib' | 'Sui';
  /** The named address its modules live at. */
  addressName: 'std' | 'sui';
  address: bigint;
  /** Folder under stdlib/. */
  folder: 'std' | 'sui';
  /** Bundled packages this one depends on. */
  dependsOn: Array<'MoveStdlib'>;
}

export const BUNDLED: readonly BundledPackage[] = [
  { name: 'MoveStdlib', addressName: 'std', address: 0x1n, folder: 'std', dependsOn: [] },
  { name: 'Sui', addressName: 'sui', address: 0x2n, folder: 'sui', dependsOn: ['MoveStdlib'] },
];

/** The repository's stdlib/ folder: the nearest ancestor of this file that holds stdlib/std. */
export function stdlibRoot(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  for (;;) {
    if (existsSync(join(dir, 'stdlib', 'std'))) return join(dir, 'stdlib');
    if (existsSync(join(dir, 'std')) && existsSync(join(dir, 'sui'))) return dir;
    const parent = dirname(dir);
    if (parent === dir) throw new Error('the bundled standard library (stdlib/) was not found next to the Deed installation');
    dir = parent;
  }
}

/**
 * The sources of one bundled package, sorted by name. Their display names are `[std]/vector.move`
 * and `[sui]/coin.move`, so diagnostics never show a path inside the Deed installation.
 */
export function bundledSources(folder: BundledPackage['folder']): SourceFile[] {
  const dir = join(stdlibRoot(), folder);
  return readdirSync(dir)
    .filter((f) => f.endsWith('.move'))
    .sort()
    .map((f) => new SourceFile(`[${folder}]/${f}`, readFileSync(join(dir, f), 'utf8')));
}
