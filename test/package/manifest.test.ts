// Move.toml parsing and package loading: manifest text or fixture directories in, asserted
// manifests, package graphs, source lists and diagnostic codes/messages out.

import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import type { Diagnostic } from '../../compiler/diagnostics/diagnostic.js';
import { SourceFile } from '../../compiler/diagnostics/source.js';
import {
  loadPackage,
  packageSources,
  parseAddressLiteral,
  parseManifest,
  type LoadedPackage,
  type Manifest,
} from '../../compiler/package/index.js';

const FIXTURES = path.join(path.dirname(fileURLToPath(import.meta.url)), 'fixtures');
const fixture = (...parts: string[]): string => path.join(FIXTURES, ...parts);
const display = (abs: string): string => path.relative(process.cwd(), abs).split(path.sep).join('/');

const codes = (ds: readonly Diagnostic[]): string[] => ds.map((d) => d.code);
const only = (ds: readonly Diagnostic[], code: string): Diagnostic => {
  const found = ds.filter((d) => d.code === code);
  expect(found, `expected one ${code} in ${JSON.stringify(codes(ds))}`).toHaveLength(1);
  return found[0]!;
};
const spanText = (text: string, d: Diagnostic): string => text.slice(d.primary.span.start, d.primary.span.end);

function parseOk(text: string): Manifest {
  const r = parseManifest(text, 'Move.toml');
  expect(r.diagnostics).toEqual([]);
  expect(r.manifest).toBeDefined();
  return r.manifest!;
}

const PKG = '[package]\nname = "p"\n';

describe('parseManifest', () => {
  it('reads the manifest that `sui move new` writes, mapping the git Sui dependency to the bundled one', () => {
    const text = fs.readFileSync(fixture('basic', 'Move.toml'), 'utf8');
    const m = parseOk(text);
    expect(m.name).toBe('basic');
    expect(m.edition).toBe('2024');
    expect(m.editionText).toBe('2024.beta');
    expect(m.addresses).toEqual(new Map([['basic', 0n]]));
    expect(m.devAddresses).toEqual(new Map([['basic', 0xb0bn]]));
    expect(m.dependencies).toHaveLength(1);
    const sui = m.dependencies[0]!;
    expect(sui).toMatchObject({ name: 'Sui', kind: 'bundled-sui', source: 'git' });
    expect(sui.path).toBeUndefined();
    expect(text.slice(sui.span!.start, sui.span!.end)).toBe('Sui');
    expect(m.devDependencies).toEqual([]);
    expect(m.implicitDependencies).toBe(true);
  });

  describe('editions', () => {
    it.each([
      ['"2024"', '2024'],
      ['"2024.beta"', '2024'],
      ['"2024.alpha"', '2024'],
      ['"legacy"', 'legacy'],
    ])('edition = %s is %s', (written, edition) => {
      const m = parseOk(`${PKG}edition = ${written}\n`);
      expect(m.edition).toBe(edition);
      expect(m.editionText).toBe(JSON.parse(written));
    });

    it('no edition means legacy', () => {
      const m = parseOk(PKG);
      expect(m.edition).toBe('legacy');
      expect(m.editionText).toBeUndefined();
    });

    it('rejects other editions with E11004 at the value', () => {
      const text = `${PKG}edition = "2099" # the future\n`;
      const r = parseManifest(text, 'Move.toml');
      const d = only(r.diagnostics, 'E11004');
      expect(d.severity).toBe('error');
      expect(d.message).toContain('"2099"');
      expect(spanText(text, d)).toBe('"2099"');
      expect(parseManifest(`${PKG}edition = 2024\n`, 'Move.toml').diagnostics.map((x) => x.code)).toEqual(['E11004']);
    });
  });

  describe('named addresses', () => {
    it('accepts hex of up to 32 bytes and "_"', () => {
      const max = '0x' + 'f'.repeat(64);
      const m = parseOk(`${PKG}[addresses]\nzero = "0x0"\nsui = "0x2"\nalice = "0xA11CE"\nfree = "_"\nmax = "${max}"\n`);
      expect(m.addresses).toEqual(
        new Map<string, bigint | null>([
          ['zero', 0n],
          ['sui', 2n],
          ['alice', 0xa11cen],
          ['free', null],
          ['max', (1n << 256n) - 1n],
        ]),
      );
    });

    it('parseAddressLiteral checks prefix, digits and length', () => {
      expect(parseAddressLiteral('0x' + '0'.repeat(63) + '1')).toEqual({ ok: true, value: 1n });
      expect(parseAddressLiteral('_')).toEqual({ ok: true, value: null });
      const over = parseAddressLiteral('0x1' + '0'.repeat(64));
      expect(over.ok).toBe(false);
      expect(!over.ok && over.reason).toContain('longer than 32 bytes');
      expect(parseAddressLiteral('0x').ok).toBe(false);
      expect(parseAddressLiteral('2').ok).toBe(false);
      expect(parseAddressLiteral('0xZZ').ok).toBe(false);
      expect(parseAddressLiteral('0X2').ok).toBe(false);
    });

    it('reports each invalid address with E11005 at its value and keeps the valid ones', () => {
      const overflow = '"0x1' + '0'.repeat(64) + '"';
      const text = `${PKG}[addresses]\ngood = "0x1"\nbig = ${overflow}\nnohex = "0xG1"\nbare = "12"\nnumber = 5\n\n[dev-addresses]\ndev = "oops"\n`;
      const r = parseManifest(text, 'Move.toml');
      expect(codes(r.diagnostics)).toEqual(['E11005', 'E11005', 'E11005', 'E11005', 'E11005']);
      const [big, nohex, bare, num, dev] = r.diagnostics as [Diagnostic, Diagnostic, Diagnostic, Diagnostic, Diagnostic];
      expect(big.message).toContain('`big`');
      expect(big.message).toContain('longer than 32 bytes');
      expect(spanText(text, big)).toBe(overflow);
      expect(nohex.message).toContain('not a hexadecimal number');
      expect(bare.message).toContain('must start with `0x`');
      expect(num.message).toContain('must be a string');
      expect(spanText(text, num)).toBe('5');
      expect(dev.message).toContain('`dev`');
      expect(spanText(text, dev)).toBe('"oops"');
      expect(r.manifest!.addresses).toEqual(new Map([['good', 1n]]));
      expect(r.manifest!.devAddresses.size).toBe(0);
    });
  });

  describe('syntax and shape', () => {
    it('reports invalid TOML as E11002 at the position smol-toml gives', () => {
      const text = '[package]\nname = "p"\nedition = \n';
      const r = parseManifest(text, 'pkg/Move.toml');
      expect(r.manifest).toBeUndefined();
      const d = only(r.diagnostics, 'E11002');
      expect(d.message).toMatch(/^Move\.toml is not valid TOML: /);
      expect(d.message).not.toContain('\n');
      expect(d.primary.span.file).toBe('pkg/Move.toml');
      expect(new SourceFile('Move.toml', text).position(d.primary.span.start).line).toBe(3);
    });

    it('maps line and column with CRLF line ends too', () => {
      const text = '[package]\r\nname = "p"\r\nversion = "1"\r\nname = "q"\r\n';
      const d = only(parseManifest(text, 'Move.toml').diagnostics, 'E11002');
      const pos = new SourceFile('Move.toml', text).position(d.primary.span.start);
      expect(pos.line).toBe(4);
      expect(text.slice(d.primary.span.start, d.primary.span.start + 4)).toBe('name');
      expect(d.message).toContain('redefine');
    });

    it('reports sections of the wrong shape as E11002', () => {
      const r1 = parseManifest(`${PKG}addresses = 3\n`, 'Move.toml');
      expect(r1.diagnostics.map((d) => [d.code, d.message])).toEqual([
        // `addresses = 3` under [package] is an unknown package key, not the section.
        ['W11001', 'unknown key `addresses` in [package]'],
      ]);
      const r2 = parseManifest(`addresses = 3\n${PKG}`, 'Move.toml');
      expect(only(r2.diagnostics, 'E11002').message).toContain('`addresses` must be a table');
      const r3 = parseManifest(`package = "p"\n`, 'Move.toml');
      expect(only(r3.diagnostics, 'E11002').message).toContain('`package` must be a table');
      const r4 = parseManifest(`${PKG}[dependencies]\nFoo = "1.0"\n`, 'Move.toml');
      expect(only(r4.diagnostics, 'E11002').message).toContain('dependency `Foo` must be a table');
      const r5 = parseManifest(`${PKG}implicit-dependencies = "no"\n`, 'Move.toml');
      expect(only(r5.diagnostics, 'E11002').message).toContain('true or false');
    });

    it('reports a missing [package] or name as E11003', () => {
      const r1 = parseManifest('[addresses]\na = "0x1"\n', 'Move.toml');
      expect(r1.manifest).toBeUndefined();
      const missing = only(r1.diagnostics, 'E11003');
      expect(missing.message).toContain('no [package] section');
      expect(missing.primary.span).toEqual({ file: 'Move.toml', start: 0, end: 0 });
      const text = '[package]\nversion = "1.0.0"\n';
      const r2 = parseManifest(text, 'Move.toml');
      expect(r2.manifest).toBeUndefined();
      const d = only(r2.diagnostics, 'E11003');
      expect(d.message).toContain('no `name`');
      expect(spanText(text, d)).toBe('package');
      expect(only(parseManifest('[package]\nname = ""\n', 'Move.toml').diagnostics, 'E11003').message).toContain(
        'non-empty string',
      );
    });

    it('warns W11001 on unknown sections and [package] keys, and accepts the known ones', () => {
      const known =
        '[package]\nname = "p"\nversion = "1.0.0"\nedition = "2024"\nauthors = ["a"]\nlicense = "MIT"\n' +
        'published-at = "0x5"\nflavor = "sui"\nimplicit-dependencies = true\n[environments]\ntestnet = "4c78adac"\n';
      parseOk(known);
      const text = `${PKG}colour = "blue"\n\n[profile.release]\nopt = 3\n`;
      const r = parseManifest(text, 'Move.toml');
      expect(r.manifest?.name).toBe('p');
      expect(codes(r.diagnostics)).toEqual(['W11001', 'W11001']);
      const [section, key] = r.diagnostics as [Diagnostic, Diagnostic];
      expect(section.severity).toBe('warning');
      expect(section.message).toBe('unknown section `profile` in Move.toml');
      expect(spanText(text, section)).toBe('profile');
      expect(key.message).toBe('unknown key `colour` in [package]');
      expect(spanText(text, key)).toBe('colour');
    });

    it('points at the value, at the enclosing key inside inline tables, else at offset 0', () => {
      const r = parseManifest('[package]\nname = "p"\nedition = "1999"\n', 'x/Move.toml');
      expect(r.diagnostics[0]!.primary.span).toEqual({ file: 'x/Move.toml', start: 31, end: 37 });
      const inline = parseManifest('package = { name = "p", edition = "1999" }\n', 'Move.toml');
      // The edition sits inside an inline table: the span points at its enclosing `package`.
      expect(inline.diagnostics.map((d) => d.code)).toEqual(['E11004']);
      expect(inline.diagnostics[0]!.primary.span).toEqual({ file: 'Move.toml', start: 0, end: 7 });
    });
  });

  describe('dependencies', () => {
    const deps = (body: string): { manifest?: Manifest; diagnostics: Diagnostic[] } =>
      parseManifest(`${PKG}[dependencies]\n${body}`, 'Move.toml');

    it('maps Sui and MoveStdlib to the bundled library whatever their source', () => {
      const r = deps(
        'Sui = { local = "../sui/crates/sui-framework/packages/sui-framework" }\n' +
          'MoveStdlib = { git = "https://github.com/MystenLabs/sui.git", subdir = "crates/sui-framework/packages/move-stdlib", rev = "main" }\n' +
          'Std = { local = "../anything" }\n' +
          'sui = { r.mvr = "@mysten/sui" }\n',
      );
      expect(r.diagnostics).toEqual([]);
      expect(r.manifest!.dependencies.map((d) => [d.name, d.kind, d.source])).toEqual([
        ['Sui', 'bundled-sui', 'local'],
        ['MoveStdlib', 'bundled-std', 'git'],
        ['Std', 'bundled-std', 'local'],
        ['sui', 'bundled-sui', 'mvr'],
      ]);
    });

    it('maps by path when the name is not the framework\'s', () => {
      const r = deps(
        'Framework = { git = "https://github.com/MystenLabs/sui.git", subdir = "crates/sui-framework/packages/sui-framework", rev = "v1" }\n' +
          'Stdlib = { git = "https://example.com/fork.git", subdir = "packages/move-stdlib/", rev = "v1" }\n' +
          'Vendored = { local = "vendor/sui-framework" }\n' +
          'VendoredStd = { local = "vendor/move-stdlib/" }\n',
      );
      expect(r.diagnostics).toEqual([]);
      expect(r.manifest!.dependencies.map((d) => [d.name, d.kind, d.source])).toEqual([
        ['Framework', 'bundled-sui', 'git'],
        ['Stdlib', 'bundled-std', 'git'],
        ['Vendored', 'bundled-sui', 'local'],
        ['VendoredStd', 'bundled-std', 'local'],
      ]);
    });

    it('keeps other local dependencies as written, for the loader to resolve', () => {
      const text = `${PKG}[dependencies]\nFoo = { local = "../foo" }\n\n[dev-dependencies]\nHelper = { local = "test-helpers", override = true }\n`;
      const m = parseOk(text);
      expect(m.dependencies).toMatchObject([{ name: 'Foo', kind: 'local', path: '../foo', source: 'local' }]);
      expect(m.devDependencies).toMatchObject([{ name: 'Helper', kind: 'local', path: 'test-helpers', source: 'local' }]);
      const foo = m.dependencies[0]!.span!;
      expect(text.slice(foo.start, foo.end)).toBe('Foo');
    });

    it('reports git and mvr dependencies that would need fetching as E11006, naming them', () => {
      const text =
        `${PKG}[dependencies]\n` +
        'DeepBook = { git = "https://github.com/MystenLabs/deepbookv3.git", subdir = "packages/deepbook", rev = "main" }\n' +
        'Pyth = { r.mvr = "@pyth/core" }\n' +
        'Weird = { version = "1" }\n';
      const r = parseManifest(text, 'Move.toml');
      expect(codes(r.diagnostics)).toEqual(['E11006', 'E11006', 'W11001', 'E11006']);
      const [deepbook, pyth, unknown, weird] = r.diagnostics as [Diagnostic, Diagnostic, Diagnostic, Diagnostic];
      expect(deepbook.message).toBe(
        'dependency `DeepBook` comes from the git repository https://github.com/MystenLabs/deepbookv3.git, and Deed never fetches packages',
      );
      expect(spanText(text, deepbook)).toBe('DeepBook');
      expect(pyth.message).toContain('`Pyth`');
      expect(pyth.message).toContain('@pyth/core');
      expect(weird.message).toContain('dependency `Weird` gives no source');
      expect(unknown.message).toBe('unknown key `version` in dependency `Weird`');
      expect(spanText(text, unknown)).toBe('Weird');
      expect(r.manifest!.dependencies).toEqual([]);
    });

    it('reads [dependencies.Name] tables like inline ones', () => {
      const text = `${PKG}[dependencies.Sui]\ngit = "https://github.com/MystenLabs/sui.git"\nsubdir = "crates/sui-framework/packages/sui-framework"\nrev = "x"\n`;
      const m = parseOk(text);
      expect(m.dependencies).toMatchObject([{ name: 'Sui', kind: 'bundled-sui', source: 'git' }]);
      const span = m.dependencies[0]!.span!;
      expect(text.slice(span.start, span.end)).toBe('Sui');
    });

    it('reads implicit-dependencies = false', () => {
      expect(parseOk(`${PKG}implicit-dependencies = false\n`).implicitDependencies).toBe(false);
    });
  });
});

describe('loadPackage', () => {
  const temps: string[] = [];
  const temp = (): string => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'deed-pkg-'));
    temps.push(dir);
    return dir;
  };
  afterAll(() => {
    for (const dir of temps) fs.rmSync(dir, { recursive: true, force: true });
  });

  it('collects sources/ recursively in path order, named relative to the working directory', () => {
    const r = loadPackage(fixture('basic'), { test: false });
    expect(r.diagnostics).toEqual([]);
    const pkg = r.package!;
    expect(pkg.root).toBe(fixture('basic'));
    expect(pkg.manifestFile).toBe(display(fixture('basic', 'Move.toml')));
    expect(pkg.sources.map((s) => s.name)).toEqual(
      ['sources/alpha.move', 'sources/nested/mid.move', 'sources/zeta.move'].map((p) => display(fixture('basic', p))),
    );
    expect(pkg.sources[0]!.text).toContain('module basic::alpha;');
    // Every file read is handed back for rendering: the manifest first, then the sources.
    expect(r.sources.map((s) => s.name)).toEqual([pkg.manifestFile, ...pkg.sources.map((s) => s.name)]);
    expect(pkg.bundled).toEqual({ sui: true, std: true });
    expect(pkg.dependencies).toEqual([]);
    expect(pkg.addresses).toEqual(new Map([['basic', 0n], ['std', 1n], ['sui', 2n]]));
  });

  it('adds tests/ and dev-addresses in test mode', () => {
    const pkg = loadPackage(fixture('basic'), { test: true }).package!;
    expect(pkg.sources.map((s) => s.name)).toEqual(
      ['sources/alpha.move', 'sources/nested/mid.move', 'sources/zeta.move', 'tests/basic_tests.move'].map((p) =>
        display(fixture('basic', p)),
      ),
    );
    expect(pkg.addresses.get('basic')).toBe(0xb0bn);
  });

  it('makes Sui and MoveStdlib implicit when none is listed, unless turned off', () => {
    const dir = temp();
    fs.mkdirSync(path.join(dir, 'sources'));
    fs.writeFileSync(path.join(dir, 'sources', 'm.move'), 'module p::m;\n');
    fs.writeFileSync(path.join(dir, 'Move.toml'), `${PKG}[dependencies]\nFoo = { local = "foo" }\n`);
    fs.mkdirSync(path.join(dir, 'foo', 'sources'), { recursive: true });
    fs.writeFileSync(path.join(dir, 'foo', 'Move.toml'), '[package]\nname = "Foo"\nimplicit-dependencies = false\n');
    fs.writeFileSync(path.join(dir, 'foo', 'sources', 'f.move'), 'module foo::f;\n');

    const r = loadPackage(dir, { test: false });
    expect(r.diagnostics).toEqual([]);
    const pkg = r.package!;
    expect(pkg.manifest.dependencies.map((d) => [d.name, d.kind, d.source])).toEqual([
      ['Foo', 'local', 'local'],
      ['Sui', 'bundled-sui', 'implicit'],
      ['MoveStdlib', 'bundled-std', 'implicit'],
    ]);
    expect(pkg.bundled).toEqual({ sui: true, std: true });
    const foo = pkg.dependencies[0]!;
    expect(foo.manifest.dependencies).toEqual([]);
    expect(foo.bundled).toEqual({ sui: false, std: false });
    expect(foo.addresses.size).toBe(0);
    expect(pkg.addresses).toEqual(new Map([['std', 1n], ['sui', 2n]]));
  });

  it('does not add implicit dependencies when MoveStdlib alone is listed', () => {
    const dir = temp();
    fs.writeFileSync(path.join(dir, 'Move.toml'), `${PKG}[dependencies]\nMoveStdlib = { local = "../move-stdlib" }\n`);
    fs.mkdirSync(path.join(dir, 'sources'));
    fs.writeFileSync(path.join(dir, 'sources', 'm.move'), 'module p::m;\n');
    const pkg = loadPackage(dir, { test: false }).package!;
    expect(pkg.manifest.dependencies.map((d) => d.source)).toEqual(['local']);
    expect(pkg.bundled).toEqual({ sui: false, std: true });
  });

  it('loads a chain of local dependencies and merges their named addresses', () => {
    const r = loadPackage(fixture('chain', 'app'), { test: false });
    expect(r.diagnostics).toEqual([]);
    const app = r.package!;
    expect(app.dependencies.map((d) => d.manifest.name)).toEqual(['LibA']);
    const libA = app.dependencies[0]!;
    expect(libA.root).toBe(fixture('chain', 'lib_a'));
    expect(libA.dependencies.map((d) => d.manifest.name)).toEqual(['LibB']);
    const libB = libA.dependencies[0]!;
    expect(libB.dependencies).toEqual([]);

    // lib_b gets the implicit library; lib_a turned it off but inherits it from lib_b;
    // app lists only MoveStdlib itself.
    expect(libB.bundled).toEqual({ sui: true, std: true });
    expect(libA.manifest.dependencies.map((d) => d.source)).toEqual(['local']);
    expect(libA.bundled).toEqual({ sui: true, std: true });
    expect(app.manifest.dependencies.map((d) => [d.name, d.kind])).toEqual([
      ['LibA', 'local'],
      ['MoveStdlib', 'bundled-std'],
    ]);
    expect(app.bundled).toEqual({ sui: true, std: true });

    expect(libA.addresses.get('lib_a')).toBeNull();
    expect(app.addresses).toEqual(
      new Map([['app', 0n], ['lib_a', 0xa11cen], ['lib_b', 0xbn], ['std', 1n], ['sui', 2n]]),
    );
    expect(packageSources(app).map((s) => path.basename(s.name))).toEqual(['b.move', 'a.move', 'app.move']);
    expect(r.sources.map((s) => path.basename(s.name))).toEqual([
      'Move.toml',
      'app.move',
      'Move.toml',
      'a.move',
      'Move.toml',
      'b.move',
    ]);
  });

  it('shares one LoadedPackage between two paths to the same dependency', () => {
    const dir = temp();
    const pkgAt = (sub: string, name: string, deps: string): void => {
      fs.mkdirSync(path.join(dir, sub, 'sources'), { recursive: true });
      fs.writeFileSync(path.join(dir, sub, 'Move.toml'), `[package]\nname = "${name}"\n[dependencies]\n${deps}`);
      fs.writeFileSync(path.join(dir, sub, 'sources', `${sub}.move`), `module ${sub}::${sub};\n`);
    };
    pkgAt('top', 'Top', 'L = { local = "../left" }\nR = { local = "../right" }\n');
    pkgAt('left', 'Left', 'B = { local = "../bottom" }\n');
    pkgAt('right', 'Right', 'B = { local = "../bottom/" }\n');
    pkgAt('bottom', 'Bottom', '');
    const r = loadPackage(path.join(dir, 'top'), { test: false });
    expect(r.diagnostics).toEqual([]);
    const [left, right] = r.package!.dependencies as [LoadedPackage, LoadedPackage];
    expect(left.dependencies[0]).toBe(right.dependencies[0]);
    expect(packageSources(r.package!).map((s) => path.basename(s.name))).toEqual([
      'bottom.move',
      'left.move',
      'right.move',
      'top.move',
    ]);
  });

  it('reports a dependency cycle as E11008 at the dependency that closes it', () => {
    const r = loadPackage(fixture('cycle', 'x'), { test: false });
    const d = only(r.diagnostics, 'E11008');
    expect(d.message).toBe('dependency cycle: `X` -> `Y` -> `X`');
    expect(d.primary.span.file).toBe(display(fixture('cycle', 'y', 'Move.toml')));
    const yText = fs.readFileSync(fixture('cycle', 'y', 'Move.toml'), 'utf8');
    expect(spanText(yText, d)).toBe('X');
    expect(d.primary.message).toBe('`Y` depends back on `X`');
    expect(r.package!.dependencies.map((p) => p.manifest.name)).toEqual(['Y']);
    expect(r.package!.dependencies[0]!.dependencies).toEqual([]);
  });

  it('reports a self-dependency as a cycle', () => {
    const dir = temp();
    fs.mkdirSync(path.join(dir, 'sources'));
    fs.writeFileSync(path.join(dir, 'sources', 'm.move'), 'module p::m;\n');
    fs.writeFileSync(path.join(dir, 'Move.toml'), `${PKG}[dependencies]\nMe = { local = "." }\n`);
    expect(only(loadPackage(dir, { test: false }).diagnostics, 'E11008').message).toBe('dependency cycle: `p` -> `p`');
  });

  it('reports a missing local dependency as E11006', () => {
    const r = loadPackage(fixture('missing-dep'), { test: false });
    const d = only(r.diagnostics, 'E11006');
    expect(d.message).toBe(
      `local dependency \`Gone\` not found: ${display(fixture('does-not-exist'))} does not exist`,
    );
    expect(d.primary.span.file).toBe(display(fixture('missing-dep', 'Move.toml')));
    expect(r.package!.dependencies).toEqual([]);
  });

  it('reports a local dependency without Move.toml as E11001 at the dependency', () => {
    const r = loadPackage(fixture('not-a-package', 'root'), { test: false });
    const d = only(r.diagnostics, 'E11001');
    expect(d.message).toBe(`local dependency \`Plain\` has no Move.toml in ${display(fixture('not-a-package', 'plain'))}`);
    expect(d.primary.span.file).toBe(display(fixture('not-a-package', 'root', 'Move.toml')));
  });

  it('reports a missing root manifest as E11001 at Move.toml 0..0', () => {
    const r = loadPackage(fixture('no-manifest'), { test: false });
    expect(r.package).toBeUndefined();
    expect(r.sources).toEqual([]);
    const d = only(r.diagnostics, 'E11001');
    expect(d.primary.span).toEqual({ file: 'Move.toml', start: 0, end: 0 });
    expect(d.message).toBe(`no Move.toml in ${display(fixture('no-manifest'))}`);
    const gone = only(loadPackage(fixture('nowhere'), { test: false }).diagnostics, 'E11001');
    expect(gone.message).toContain('does not exist');
  });

  it('passes manifest errors through and gives no package for an unusable root manifest', () => {
    const dir = temp();
    fs.writeFileSync(path.join(dir, 'Move.toml'), '[package\nname = "p"\n');
    const r = loadPackage(dir, { test: false });
    expect(r.package).toBeUndefined();
    expect(codes(r.diagnostics)).toEqual(['E11002']);
    expect(r.sources.map((s) => s.name)).toEqual([display(path.join(dir, 'Move.toml'))]);
  });

  it('warns W11002 when sources/ holds no .move file', () => {
    const r = loadPackage(fixture('empty'), { test: true });
    const d = only(r.diagnostics, 'W11002');
    expect(d.severity).toBe('warning');
    expect(d.message).toBe('package `empty` has no .move files under sources/');
    expect(d.primary.span.file).toBe(display(fixture('empty', 'Move.toml')));
    expect(r.package!.sources).toEqual([]);
  });

  it('reports an unreadable source file as E11007', () => {
    const dir = temp();
    fs.mkdirSync(path.join(dir, 'sources'));
    fs.writeFileSync(path.join(dir, 'Move.toml'), PKG);
    fs.writeFileSync(path.join(dir, 'sources', 'ok.move'), 'module p::ok;\n');
    fs.symlinkSync(path.join(dir, 'nowhere.move'), path.join(dir, 'sources', 'broken.move'));
    const r = loadPackage(dir, { test: false });
    const d = only(r.diagnostics, 'E11007');
    const name = display(path.join(dir, 'sources', 'broken.move'));
    expect(d.message).toBe(`cannot read ${name}`);
    expect(d.primary.span).toEqual({ file: name, start: 0, end: 0 });
    expect(r.package!.sources.map((s) => path.basename(s.name))).toEqual(['ok.move']);
  });

  it('reports conflicting named addresses as E11005 with both values', () => {
    const r = loadPackage(fixture('conflict', 'root'), { test: false });
    expect(codes(r.diagnostics)).toEqual(['E11005', 'E11005']);
    const [shared, std] = r.diagnostics as [Diagnostic, Diagnostic];
    expect(shared.message).toBe(
      'named address `shared` is assigned two values: 0x1 in package `root` and 0x2 in package `dep`',
    );
    const rootText = fs.readFileSync(fixture('conflict', 'root', 'Move.toml'), 'utf8');
    expect(shared.primary.span.file).toBe(display(fixture('conflict', 'root', 'Move.toml')));
    expect(spanText(rootText, shared)).toBe('"0x1"');
    expect(shared.secondary[0]!.span.file).toBe(display(fixture('conflict', 'dep', 'Move.toml')));
    expect(std.message).toBe(
      'named address `std` is assigned two values: 0x5 in package `root` and 0x1 in package `MoveStdlib`',
    );
    // The value nearer the root is kept, so later stages see one consistent table.
    expect(r.package!.addresses.get('shared')).toBe(1n);
  });

  it('loads root dev-dependencies only in test mode', () => {
    const dir = temp();
    fs.mkdirSync(path.join(dir, 'sources'));
    fs.writeFileSync(path.join(dir, 'sources', 'm.move'), 'module p::m;\n');
    fs.writeFileSync(path.join(dir, 'Move.toml'), `${PKG}[dev-dependencies]\nHelper = { local = "helper" }\n`);
    fs.mkdirSync(path.join(dir, 'helper', 'sources'), { recursive: true });
    fs.mkdirSync(path.join(dir, 'helper', 'tests'), { recursive: true });
    fs.writeFileSync(path.join(dir, 'helper', 'Move.toml'), '[package]\nname = "Helper"\n');
    fs.writeFileSync(path.join(dir, 'helper', 'sources', 'h.move'), 'module helper::h;\n');
    fs.writeFileSync(path.join(dir, 'helper', 'tests', 'ht.move'), 'module helper::ht;\n');
    expect(loadPackage(dir, { test: false }).package!.dependencies).toEqual([]);
    const withDev = loadPackage(dir, { test: true }).package!;
    expect(withDev.dependencies.map((d) => d.manifest.name)).toEqual(['Helper']);
    // A dependency's own tests are never compiled.
    expect(withDev.dependencies[0]!.sources.map((s) => path.basename(s.name))).toEqual(['h.move']);
  });
});
