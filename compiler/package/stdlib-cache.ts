// On-disk cache of the bundled standard library's parsed trees: its sources in, their ASTs out,
// parsed once per machine instead of once per build. Parsing is most of a cold build's cost;
// decoding the cached trees (Node's structured-clone serializer, which keeps bigints) is several
// times cheaper. msgpackr would decode faster still, but its optional native package cannot be
// installed from this project's registry, which breaks `npm ci`.
//
// The cache key hashes the library sources and the parser's own code, so any change to either
// misses. Entries are written atomically (temporary file, then rename); an unreadable,
// unwritable or corrupt cache is ignored and the library is parsed as usual.
// DEED_CACHE_DIR moves the cache; DEED_NO_CACHE=1 turns it off.

import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { deserialize, serialize } from 'node:v8';
import type { SourceFile } from '../diagnostics/source.js';
import type { FileAst } from '../parser/ast.js';

/** Bumped when the cached data's shape changes in a way the parser hash would not show. */
const FORMAT = 2;

let parserHash: string | undefined;

/** A hash of the parser's code (this build's files), so a changed parser never reads old trees. */
function parserFingerprint(): string {
  if (parserHash) return parserHash;
  const dir = join(dirname(fileURLToPath(import.meta.url)), '..', 'parser');
  const h = createHash('sha256');
  for (const f of readdirSync(dir).sort()) if (/\.(js|ts)$/.test(f)) h.update(f).update(readFileSync(join(dir, f)));
  parserHash = h.digest('hex');
  return parserHash;
}

function cacheDir(stdlibRoot: string): string {
  return process.env['DEED_CACHE_DIR'] ?? join(stdlibRoot, '..', 'node_modules', '.cache', 'deed');
}

export function cachedAsts(stdlibRoot: string, folder: string, sources: readonly SourceFile[], parse: (f: SourceFile) => FileAst): FileAst[] {
  if (process.env['DEED_NO_CACHE'] === '1') return sources.map(parse);
  let path: string | undefined;
  try {
    const h = createHash('sha256').update(`deed-stdlib-cache ${FORMAT}\n`).update(parserFingerprint());
    for (const s of sources) h.update(s.name).update('\0').update(s.text).update('\0');
    path = join(cacheDir(stdlibRoot), `${folder}-${h.digest('hex').slice(0, 32)}.v8`);
    if (existsSync(path)) {
      const asts = deserialize(readFileSync(path)) as FileAst[];
      if (Array.isArray(asts) && asts.length === sources.length) return asts;
    }
  } catch {
    // A damaged or unreadable entry is a miss: parse and try to rewrite it.
  }
  const asts = sources.map(parse);
  if (path) {
    try {
      mkdirSync(dirname(path), { recursive: true });
      const tmp = `${path}.${process.pid}.tmp`;
      writeFileSync(tmp, serialize(asts));
      renameSync(tmp, path);
    } catch {
      // Read-only installations simply do without the cache.
    }
  }
  return asts;
}
