// A package directory in; the LoadedPackage graph (manifest, .move sources, local dependencies,
// which bundled libraries it needs, merged named addresses) and diagnostics out.
// Everything is read synchronously from disk and nothing is fetched: the Sui framework and
// MoveStdlib resolve to the bundled standard library, other dependencies must be local paths.
// The result is deterministic: sources are sorted by path, dependencies follow manifest order.

import * as fs from 'node:fs';
import * as path from 'node:path';
import { Reporter, type Diagnostic } from '../diagnostics/diagnostic.js';
import { SourceFile, type Span } from '../diagnostics/source.js';
import {
  formatAddress,
  locateManifestKey,
  parseManifest,
  type AddressTable,
  type Dependency,
  type Manifest,
} from './manifest.js';

export interface LoadOptions {
  /** Also compile `tests/`, the root's dev-dependencies and its dev-addresses. */
  test: boolean;
}

export interface LoadedPackage {
  /** Absolute path of the package directory. */
  root: string;
  /** Display path of its Move.toml (the `file` of spans into it). */
  manifestFile: string;
  /** The parsed manifest; `dependencies` also lists the implicit Sui and MoveStdlib, if any. */
  manifest: Manifest;
  /** The package's own `.move` files, sorted by path. */
  sources: SourceFile[];
  /** Local dependencies, in manifest order (dev-dependencies after, in test mode for the root). */
  dependencies: LoadedPackage[];
  /** Bundled libraries this package needs, directly or through its dependencies. */
  bundled: { sui: boolean; std: boolean };
  /** Its named addresses merged with those of everything it depends on. */
  addresses: AddressTable;
}

export interface LoadResult {
  /** Absent only when the root manifest is missing or unusable. */
  package?: LoadedPackage;
  diagnostics: Diagnostic[];
  /** Every file that was read (manifests and .move files), to register for rendering diagnostics. */
  sources: SourceFile[];
}

/** Fixed addresses of the bundled libraries, as on Sui. */
export const BUNDLED_ADDRESSES = { std: 0x1n, sui: 0x2n } as const;

export function loadPackage(root: string, options: LoadOptions): LoadResult {
  const loader = new Loader(options);
  const pkg = loader.load(path.resolve(root), undefined);
  const result: LoadResult = { diagnostics: loader.reporter.diagnostics, sources: loader.files };
  if (pkg) result.package = pkg;
  return result;
}

/** Every package of the graph, dependencies before dependents, each once. */
export function packagesInOrder(root: LoadedPackage): LoadedPackage[] {
  const out: LoadedPackage[] = [];
  const seen = new Set<LoadedPackage>();
  const visit = (p: LoadedPackage): void => {
    if (seen.has(p)) return;
    seen.add(p);
    for (const d of p.dependencies) visit(d);
    out.push(p);
  };
  visit(root);
  return out;
}

/** The .move files of a package and everything it depends on, dependencies first, each once. */
export function packageSources(pkg: LoadedPackage): SourceFile[] {
  return packagesInOrder(pkg).flatMap((p) => p.sources);
}

/** Path relative to the working directory with forward slashes, as diagnostics show it. */
export function displayPath(abs: string): string {
  const rel = path.relative(process.cwd(), abs);
  return rel === '' ? '.' : rel.split(path.sep).join('/');
}

/** Who asked for a package: the dependency entry and the manifest it is written in. */
interface Via {
  dep: Dependency;
  from: LoadedPackage;
}

/** Where a named address got its value, to name both sides of a conflict. */
interface Origin {
  value: bigint | null;
  pkg: string;
  /** Absent for the bundled libraries, which have no manifest to point into. */
  span?: Span;
}

class Loader {
  readonly reporter = new Reporter();
  readonly files: SourceFile[] = [];
  /** Packages already loaded, by real path, so a diamond shares one LoadedPackage. */
  private readonly loaded = new Map<string, LoadedPackage>();
  /** Real paths whose manifest failed, so their errors are reported once. */
  private readonly failed = new Set<string>();
  /** The chain of packages being loaded, for cycle detection. */
  private readonly stack: Array<{ real: string; name: string }> = [];
  private readonly origins = new Map<LoadedPackage, Map<string, Origin>>();
  private readonly conflicts = new Set<string>();

  constructor(private readonly options: LoadOptions) {}

  load(dir: string, via: Via | undefined): LoadedPackage | undefined {
    const isRoot = via === undefined;
    let real: string;
    try {
      real = fs.realpathSync(dir);
    } catch {
      if (isRoot) this.missingRootManifest(dir);
      else {
        this.reporter.add('E11006', this.depSpan(via), {
          message: `local dependency \`${via.dep.name}\` not found: ${displayPath(dir)} does not exist`,
          label: 'no such directory',
        });
      }
      return undefined;
    }

    const onStack = this.stack.findIndex((s) => s.real === real);
    if (onStack >= 0 && via) {
      const chain = [...this.stack.slice(onStack).map((s) => s.name), this.stack[onStack]!.name];
      this.reporter.add('E11008', this.depSpan(via), {
        message: `dependency cycle: ${chain.map((n) => `\`${n}\``).join(' -> ')}`,
        label: `\`${via.from.manifest.name}\` depends back on \`${this.stack[onStack]!.name}\``,
      });
      return undefined;
    }
    const done = this.loaded.get(real);
    if (done) return done;
    if (this.failed.has(real)) return undefined;

    const manifestPath = path.join(dir, 'Move.toml');
    const manifestFile = displayPath(manifestPath);
    let text: string;
    try {
      text = fs.readFileSync(manifestPath, 'utf8');
    } catch (e) {
      this.failed.add(real);
      if (isRoot) this.missingRootManifest(dir, e);
      else {
        this.reporter.add('E11001', this.depSpan(via), {
          message: `local dependency \`${via.dep.name}\` has no Move.toml in ${displayPath(dir)}${reason(e)}`,
          label: 'not a package',
        });
      }
      return undefined;
    }
    this.files.push(new SourceFile(manifestFile, text));
    const parsed = parseManifest(text, manifestFile);
    for (const d of parsed.diagnostics) this.reporter.report(d);
    if (!parsed.manifest) {
      this.failed.add(real);
      return undefined;
    }

    const manifest = withImplicitDependencies(parsed.manifest);
    const pkg: LoadedPackage = {
      root: dir,
      manifestFile,
      manifest,
      sources: this.collectSources(dir, manifest, manifestFile, text, isRoot && this.options.test),
      dependencies: [],
      bundled: { sui: false, std: false },
      addresses: new Map(),
    };

    this.stack.push({ real, name: manifest.name });
    const deps = isRoot && this.options.test ? [...manifest.dependencies, ...manifest.devDependencies] : manifest.dependencies;
    for (const dep of deps) {
      if (dep.kind === 'bundled-sui') pkg.bundled.sui = true;
      else if (dep.kind === 'bundled-std') pkg.bundled.std = true;
      else {
        const child = this.load(path.resolve(dir, dep.path ?? ''), { dep, from: pkg });
        if (child && !pkg.dependencies.includes(child)) pkg.dependencies.push(child);
      }
    }
    this.stack.pop();

    // The Sui framework depends on MoveStdlib, and whatever a dependency needs, its user gets too.
    if (pkg.bundled.sui) pkg.bundled.std = true;
    for (const child of pkg.dependencies) {
      pkg.bundled.sui ||= child.bundled.sui;
      pkg.bundled.std ||= child.bundled.std;
    }

    this.mergeAddresses(pkg, text, isRoot && this.options.test);
    this.loaded.set(real, pkg);
    return pkg;
  }

  private missingRootManifest(dir: string, e?: unknown): void {
    this.reporter.add('E11001', { file: 'Move.toml', start: 0, end: 0 }, {
      message: `no Move.toml in ${displayPath(dir)}${e === undefined ? ' (the directory does not exist)' : reason(e)}`,
      notes: ['`deed new NAME` creates a package'],
    });
  }

  private depSpan(via: Via): Span {
    return via.dep.span ?? { file: via.from.manifestFile, start: 0, end: 0 };
  }

  private collectSources(dir: string, manifest: Manifest, manifestFile: string, manifestText: string, test: boolean): SourceFile[] {
    const found = this.moveFiles(dir, 'sources');
    if (found.length === 0) {
      const span = locateManifestKey(manifestText, manifestFile, ['package'], 'name')?.value ?? { file: manifestFile, start: 0, end: 0 };
      this.reporter.add('W11002', span, {
        message: `package \`${manifest.name}\` has no .move files under sources/`,
        label: 'this package compiles to nothing',
      });
    }
    if (test) found.push(...this.moveFiles(dir, 'tests'));
    // Plain code-unit order, not locale order: the same on every machine.
    found.sort((a, b) => (a.rel < b.rel ? -1 : a.rel > b.rel ? 1 : 0));

    const sources: SourceFile[] = [];
    for (const { abs } of found) {
      const name = displayPath(abs);
      try {
        const file = new SourceFile(name, fs.readFileSync(abs, 'utf8'));
        sources.push(file);
        this.files.push(file);
      } catch (e) {
        this.reporter.add('E11007', { file: name, start: 0, end: 0 }, { message: `cannot read ${name}${reason(e)}` });
      }
    }
    return sources;
  }

  /** `.move` files under `dir/sub`, recursively, with root-relative forward-slash paths. */
  private moveFiles(dir: string, sub: string): Array<{ abs: string; rel: string }> {
    const out: Array<{ abs: string; rel: string }> = [];
    const visited = new Set<string>();
    const walk = (abs: string, rel: string): void => {
      let real: string;
      try {
        real = fs.realpathSync(abs);
      } catch {
        return; // a missing sources/ or tests/ simply holds nothing
      }
      if (visited.has(real)) return; // a symlink loop
      visited.add(real);
      let entries: fs.Dirent[];
      try {
        entries = fs.readdirSync(abs, { withFileTypes: true });
      } catch (e) {
        if ((e as NodeJS.ErrnoException).code === 'ENOTDIR') return;
        const name = displayPath(abs);
        this.reporter.add('E11007', { file: name, start: 0, end: 0 }, { message: `cannot read directory ${name}${reason(e)}` });
        return;
      }
      for (const entry of entries) {
        const childAbs = path.join(abs, entry.name);
        const childRel = `${rel}/${entry.name}`;
        let isDir = entry.isDirectory();
        if (entry.isSymbolicLink()) {
          try {
            isDir = fs.statSync(childAbs).isDirectory();
          } catch {
            isDir = false; // dangling: if it is named .move, reading it reports the problem
          }
        }
        if (isDir) walk(childAbs, childRel);
        else if (entry.name.endsWith('.move')) out.push({ abs: childAbs, rel: childRel });
      }
    };
    walk(path.join(dir, sub), sub);
    return out;
  }

  /**
   * The package's own table (plus dev-addresses in test mode), then each dependency's merged
   * table, then the bundled libraries. An unassigned "_" takes a value from anywhere; two
   * different values for one name are an error, and the one nearer the root is kept.
   */
  private mergeAddresses(pkg: LoadedPackage, text: string, dev: boolean): void {
    const merged = new Map<string, Origin>();
    const own = (table: AddressTable, section: string): void => {
      for (const [name, value] of table) {
        const span = locateManifestKey(text, pkg.manifestFile, [section], name)?.value ?? { file: pkg.manifestFile, start: 0, end: 0 };
        merged.set(name, { value, pkg: pkg.manifest.name, span });
      }
    };
    own(pkg.manifest.addresses, 'addresses');
    // dev-addresses exist to give test values, so in test mode they win over [addresses].
    if (dev) own(pkg.manifest.devAddresses, 'dev-addresses');

    for (const child of pkg.dependencies) {
      for (const [name, origin] of this.origins.get(child) ?? []) this.mergeOne(merged, name, origin);
    }
    if (pkg.bundled.std) this.mergeOne(merged, 'std', { value: BUNDLED_ADDRESSES.std, pkg: 'MoveStdlib' });
    if (pkg.bundled.sui) this.mergeOne(merged, 'sui', { value: BUNDLED_ADDRESSES.sui, pkg: 'Sui' });

    this.origins.set(pkg, merged);
    for (const [name, origin] of merged) pkg.addresses.set(name, origin.value);
  }

  private mergeOne(merged: Map<string, Origin>, name: string, incoming: Origin): void {
    const existing = merged.get(name);
    if (!existing || existing.value === null) {
      merged.set(name, incoming);
      return;
    }
    if (incoming.value === null || incoming.value === existing.value) return;

    // The same pair is met again at every level above where it first meets; say it once.
    const key = [name, existing.pkg, incoming.pkg].join('\u0000');
    if (this.conflicts.has(key)) return;
    this.conflicts.add(key);
    const [primary, other] = existing.span ? [existing, incoming] : [incoming, existing];
    const message =
      `named address \`${name}\` is assigned two values: ${formatAddress(existing.value)} in package ` +
      `\`${existing.pkg}\` and ${formatAddress(incoming.value)} in package \`${incoming.pkg}\``;
    this.reporter.add('E11005', primary.span ?? { file: '', start: 0, end: 0 }, {
      message,
      label: `${formatAddress(primary.value)} here`,
      secondary: other.span ? [{ span: other.span, message: `${formatAddress(other.value)} here` }] : [],
      notes: other.span ? [] : [`\`${name}\` is ${formatAddress(other.value)} in the bundled \`${other.pkg}\``],
    });
  }
}

/** Without any Sui or MoveStdlib dependency, both are implicit, as in current Sui. */
function withImplicitDependencies(manifest: Manifest): Manifest {
  if (!manifest.implicitDependencies) return manifest;
  if (manifest.dependencies.some((d) => d.kind !== 'local')) return manifest;
  const implicit: Dependency[] = [
    { name: 'Sui', kind: 'bundled-sui', source: 'implicit' },
    { name: 'MoveStdlib', kind: 'bundled-std', source: 'implicit' },
  ];
  return { ...manifest, dependencies: [...manifest.dependencies, ...implicit] };
}

function reason(e: unknown): string {
  const code = (e as NodeJS.ErrnoException | undefined)?.code;
  if (code === 'ENOENT') return '';
  if (code === 'EACCES' || code === 'EPERM') return ' (permission denied)';
  if (code === 'EISDIR') return ' (it is a directory)';
  return e instanceof Error ? ` (${e.message})` : '';
}
