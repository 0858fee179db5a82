// Move.toml text in; a Manifest (name, edition, named addresses, dependencies) and diagnostics out.
// Dependencies are classified here and never fetched: the Sui framework and MoveStdlib, however
// they are spelled (git, local path, mvr), map to the bundled standard library; other local paths
// stay local for the loader to resolve; anything that would need the network is an error.
// Spans point into the manifest text, found by scanning it for the offending key, because
// smol-toml does not report positions for values that parse fine.

import { parse, TomlError } from 'smol-toml';
import { Reporter, type Diagnostic } from '../diagnostics/diagnostic.js';
import type { Span } from '../diagnostics/source.js';

export type Edition = '2024' | 'legacy';

export type DependencyKind = 'bundled-sui' | 'bundled-std' | 'local';

/** Where the manifest said the dependency comes from; 'implicit' ones are added by the loader. */
export type DependencySource = 'git' | 'local' | 'implicit' | 'mvr';

export interface Dependency {
  name: string;
  kind: DependencyKind;
  /** For kind 'local': the path as written; the loader resolves it against the manifest's directory. */
  path?: string;
  source: DependencySource;
  /** The dependency's key in the manifest (absent for implicit dependencies). */
  span?: Span;
}

/** A named-address table: `null` is the unassigned `"_"`. */
export type AddressTable = Map<string, bigint | null>;

export interface Manifest {
  name: string;
  edition: Edition;
  /** The edition exactly as written, when one was given. */
  editionText?: string;
  version?: string;
  addresses: AddressTable;
  devAddresses: AddressTable;
  dependencies: Dependency[];
  devDependencies: Dependency[];
  /** `implicit-dependencies = false` in [package] turns off the implicit Sui and MoveStdlib. */
  implicitDependencies: boolean;
}

export interface ManifestResult {
  manifest?: Manifest;
  diagnostics: Diagnostic[];
}

const PACKAGE_KEYS = new Set([
  'name',
  'version',
  'edition',
  'authors',
  'license',
  'published-at',
  'flavor',
  'implicit-dependencies',
]);

const SECTIONS = new Set(['package', 'addresses', 'dev-addresses', 'dependencies', 'dev-dependencies', 'environments']);

/** Keys Sui accepts in a dependency table. Those Deed has no use for are accepted and ignored. */
const DEPENDENCY_KEYS = new Set(['local', 'git', 'subdir', 'rev', 'r', 'addr_subst', 'override', 'digest']);

const EDITIONS: ReadonlyMap<string, Edition> = new Map([
  ['2024', '2024'],
  ['2024.beta', '2024'],
  ['2024.alpha', '2024'],
  ['legacy', 'legacy'],
]);

/** An address is at most 32 bytes: 64 hexadecimal digits after `0x`. */
const MAX_ADDRESS_DIGITS = 64;

export type AddressParse = { ok: true; value: bigint | null } | { ok: false; reason: string };

/** Parses one `[addresses]` value: `"0x..."` of at most 32 bytes, or `"_"` for unassigned (null). */
export function parseAddressLiteral(text: string): AddressParse {
  if (text === '_') return { ok: true, value: null };
  if (!text.startsWith('0x')) return { ok: false, reason: 'an address must start with `0x`, or be "_"' };
  const digits = text.slice(2);
  if (digits.length === 0) return { ok: false, reason: '`0x` must be followed by hexadecimal digits' };
  if (!/^[0-9a-fA-F]+$/.test(digits)) return { ok: false, reason: `\`${text}\` is not a hexadecimal number` };
  if (digits.length > MAX_ADDRESS_DIGITS) {
    return { ok: false, reason: `\`${text}\` is longer than 32 bytes (${digits.length} hexadecimal digits, at most 64)` };
  }
  return { ok: true, value: BigInt(text) };
}

export function formatAddress(value: bigint | null): string {
  return value === null ? '"_"' : `0x${value.toString(16)}`;
}

export function parseManifest(text: string, file: string): ManifestResult {
  const reporter = new Reporter();
  // A byte-order mark is not TOML; blank it out (same length, so offsets stay right).
  const source = text.charCodeAt(0) === 0xfeff ? ' ' + text.slice(1) : text;

  let doc: Record<string, unknown>;
  try {
    doc = parse(source) as Record<string, unknown>;
  } catch (e) {
    reporter.report(tomlErrorDiagnostic(e, source, file));
    return { diagnostics: reporter.diagnostics };
  }

  const ctx: Context = { reporter, source, file };
  const find = (table: string[], key: string): Span => keySpan(ctx, table, key);
  const findValue = (table: string[], key: string): Span => valueSpan(ctx, table, key);

  for (const key of Object.keys(doc)) {
    if (!SECTIONS.has(key)) {
      reporter.add('W11001', find([], key), {
        message: `unknown section \`${key}\` in Move.toml`,
        label: 'ignored by Deed',
        notes: [`known sections: ${[...SECTIONS].map((s) => `[${s}]`).join(', ')}`],
      });
    }
  }

  const pkg = doc['package'];
  if (pkg === undefined) {
    reporter.add('E11003', emptySpan(file), {
      message: 'Move.toml has no [package] section',
      notes: ['a manifest starts with `[package]` and `name = "..."`'],
    });
    return { diagnostics: reporter.diagnostics };
  }
  if (!isTable(pkg)) {
    reporter.add('E11002', find([], 'package'), { message: '`package` must be a table: [package]' });
    return { diagnostics: reporter.diagnostics };
  }

  for (const key of Object.keys(pkg)) {
    if (!PACKAGE_KEYS.has(key)) {
      reporter.add('W11001', find(['package'], key), {
        message: `unknown key \`${key}\` in [package]`,
        label: 'ignored by Deed',
      });
    }
  }

  const name = pkg['name'];
  if (typeof name !== 'string' || name === '') {
    reporter.add('E11003', name === undefined ? find([], 'package') : findValue(['package'], 'name'), {
      message: name === undefined ? '[package] has no `name`' : '`name` in [package] must be a non-empty string',
    });
    return { diagnostics: reporter.diagnostics };
  }

  let edition: Edition = 'legacy';
  let editionText: string | undefined;
  const rawEdition = pkg['edition'];
  if (rawEdition !== undefined) {
    const known = typeof rawEdition === 'string' ? EDITIONS.get(rawEdition) : undefined;
    if (typeof rawEdition === 'string') editionText = rawEdition;
    if (known === undefined) {
      reporter.add('E11004', findValue(['package'], 'edition'), {
        message: `unsupported edition ${typeof rawEdition === 'string' ? `"${rawEdition}"` : 'value'}`,
        label: 'expected "2024", "2024.beta", "2024.alpha" or "legacy"',
      });
    } else {
      edition = known;
    }
  }

  let version: string | undefined;
  const rawVersion = pkg['version'];
  if (rawVersion !== undefined) {
    if (typeof rawVersion === 'string') version = rawVersion;
    else reporter.add('E11002', findValue(['package'], 'version'), { message: '`version` in [package] must be a string' });
  }

  let implicitDependencies = true;
  const rawImplicit = pkg['implicit-dependencies'];
  if (rawImplicit !== undefined) {
    if (typeof rawImplicit === 'boolean') implicitDependencies = rawImplicit;
    else {
      reporter.add('E11002', findValue(['package'], 'implicit-dependencies'), {
        message: '`implicit-dependencies` in [package] must be true or false',
      });
    }
  }

  const manifest: Manifest = {
    name,
    edition,
    addresses: parseAddresses(ctx, doc, 'addresses'),
    devAddresses: parseAddresses(ctx, doc, 'dev-addresses'),
    dependencies: parseDependencies(ctx, doc, 'dependencies'),
    devDependencies: parseDependencies(ctx, doc, 'dev-dependencies'),
    implicitDependencies,
  };
  if (editionText !== undefined) manifest.editionText = editionText;
  if (version !== undefined) manifest.version = version;
  return { manifest, diagnostics: reporter.diagnostics };
}

interface Context {
  reporter: Reporter;
  source: string;
  file: string;
}

function parseAddresses(ctx: Context, doc: Record<string, unknown>, section: string): AddressTable {
  const table: AddressTable = new Map();
  const raw = doc[section];
  if (raw === undefined) return table;
  if (!isTable(raw)) {
    ctx.reporter.add('E11002', keySpan(ctx, [], section), { message: `\`${section}\` must be a table: [${section}]` });
    return table;
  }
  for (const [name, value] of Object.entries(raw)) {
    const span = valueSpan(ctx, [section], name);
    if (typeof value !== 'string') {
      ctx.reporter.add('E11005', span, {
        message: `named address \`${name}\` must be a string such as "0x2" or "_"`,
      });
      continue;
    }
    const parsed = parseAddressLiteral(value);
    if (!parsed.ok) {
      ctx.reporter.add('E11005', span, { message: `invalid named address \`${name}\`: ${parsed.reason}` });
      continue;
    }
    table.set(name, parsed.value);
  }
  return table;
}

function parseDependencies(ctx: Context, doc: Record<string, unknown>, section: string): Dependency[] {
  const deps: Dependency[] = [];
  const raw = doc[section];
  if (raw === undefined) return deps;
  if (!isTable(raw)) {
    ctx.reporter.add('E11002', keySpan(ctx, [], section), { message: `\`${section}\` must be a table: [${section}]` });
    return deps;
  }
  for (const [name, value] of Object.entries(raw)) {
    const dep = parseDependency(ctx, section, name, value);
    if (dep) deps.push(dep);
  }
  return deps;
}

function parseDependency(ctx: Context, section: string, name: string, value: unknown): Dependency | undefined {
  const span = keySpan(ctx, [section], name);
  if (!isTable(value)) {
    ctx.reporter.add('E11002', span, {
      message: `dependency \`${name}\` must be a table such as { local = "../${name}" }`,
    });
    return undefined;
  }
  for (const key of Object.keys(value)) {
    if (!DEPENDENCY_KEYS.has(key)) {
      ctx.reporter.add('W11001', keySpan(ctx, [section, name], key), {
        message: `unknown key \`${key}\` in dependency \`${name}\``,
        label: 'ignored by Deed',
      });
    }
  }

  const local = value['local'];
  const git = value['git'];
  const r = value['r'];
  const mvr = isTable(r) ? r['mvr'] : undefined;

  let source: DependencySource;
  let where: string;
  if (local !== undefined) {
    if (typeof local !== 'string') {
      ctx.reporter.add('E11002', valueSpan(ctx, [section, name], 'local'), {
        message: `\`local\` of dependency \`${name}\` must be a path string`,
      });
      return undefined;
    }
    source = 'local';
    where = local;
  } else if (git !== undefined) {
    if (typeof git !== 'string') {
      ctx.reporter.add('E11002', valueSpan(ctx, [section, name], 'git'), {
        message: `\`git\` of dependency \`${name}\` must be a URL string`,
      });
      return undefined;
    }
    source = 'git';
    const subdir = value['subdir'];
    where = typeof subdir === 'string' ? subdir : '';
  } else if (typeof mvr === 'string') {
    source = 'mvr';
    where = '';
  } else {
    ctx.reporter.add('E11006', span, {
      message: `dependency \`${name}\` gives no source: expected \`local\`, \`git\` or \`r.mvr\``,
      label: 'no source',
    });
    return undefined;
  }

  // The name settles it first: `Sui = { git = ... }` is the framework whatever revision it names.
  // Otherwise the path does: Sui's own layout ends in `sui-framework` / `move-stdlib`.
  const bundled = bundledByName(name) ?? (source === 'mvr' ? undefined : bundledByPath(where));
  if (bundled) return { name, kind: bundled, source, span };

  if (source === 'local') return { name, kind: 'local', path: local as string, source, span };

  const origin = source === 'git' ? `git repository ${git as string}` : `Move registry name ${mvr as string}`;
  ctx.reporter.add('E11006', span, {
    message: `dependency \`${name}\` comes from the ${origin}, and Deed never fetches packages`,
    label: 'cannot be fetched',
    notes: [
      'only the Sui framework and MoveStdlib are bundled; check the package out and use { local = "path/to/it" }',
    ],
  });
  return undefined;
}

function bundledByName(name: string): DependencyKind | undefined {
  switch (name.toLowerCase()) {
    case 'sui':
      return 'bundled-sui';
    case 'movestdlib':
    case 'std':
      return 'bundled-std';
    default:
      return undefined;
  }
}

function bundledByPath(path: string): DependencyKind | undefined {
  const last = path.replace(/\\/g, '/').replace(/\/+$/, '').split('/').pop() ?? '';
  if (last === 'sui-framework') return 'bundled-sui';
  if (last === 'move-stdlib') return 'bundled-std';
  return undefined;
}

function isTable(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value) && !(value instanceof Date);
}

function emptySpan(file: string): Span {
  return { file, start: 0, end: 0 };
}

function keySpan(ctx: Context, table: string[], key: string): Span {
  return locateManifestKey(ctx.source, ctx.file, table, key)?.key ?? fallbackSpan(ctx, table, key);
}

function valueSpan(ctx: Context, table: string[], key: string): Span {
  return locateManifestKey(ctx.source, ctx.file, table, key)?.value ?? fallbackSpan(ctx, table, key);
}

/** When a key is written inside an inline table, point at its enclosing key instead. */
function fallbackSpan(ctx: Context, table: string[], key: string): Span {
  for (let n = table.length; n > 0; n--) {
    const loc = locateManifestKey(ctx.source, ctx.file, table.slice(0, n - 1), table[n - 1]!);
    if (loc) return loc.key;
  }
  return wordSpan(ctx.source, ctx.file, key);
}

function wordSpan(text: string, file: string, word: string): Span {
  const escaped = word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const m = new RegExp(`(?<![A-Za-z0-9_-])${escaped}(?![A-Za-z0-9_-])`).exec(text);
  return m ? { file, start: m.index, end: m.index + word.length } : emptySpan(file);
}

// ---------------------------------------------------------------------------------------------
// Positions. smol-toml reports line/column only for syntax errors; everything else is found by a
// small line scanner that understands table headers and (dotted) keys, enough for Move.toml.

interface Line {
  start: number;
  text: string;
}

/** Splits like smol-toml does (`\r\n`, `\n` or `\r`), so its line numbers index this array. */
function splitLines(text: string): Line[] {
  const lines: Line[] = [];
  const re = /\r\n|\n|\r/g;
  let start = 0;
  for (let m = re.exec(text); m !== null; m = re.exec(text)) {
    lines.push({ start, text: text.slice(start, m.index) });
    start = m.index + m[0].length;
  }
  lines.push({ start, text: text.slice(start) });
  return lines;
}

function tomlErrorDiagnostic(e: unknown, text: string, file: string): Diagnostic {
  const reporter = new Reporter();
  if (e instanceof TomlError) {
    // The message repeats a code block after a blank line and starts with a fixed prefix.
    const what = e.message.split('\n\n')[0]!.replace(/^Invalid TOML document:\s*/, '');
    const lines = splitLines(text);
    const line = lines[Math.min(Math.max(e.line, 1), lines.length) - 1]!;
    const start = Math.min(line.start + Math.max(e.column, 1) - 1, text.length);
    const end = start < text.length && text[start] !== '\n' && text[start] !== '\r' ? start + 1 : start;
    return reporter.add('E11002', { file, start, end }, { message: `Move.toml is not valid TOML: ${what}`, label: what });
  }
  const what = e instanceof Error ? e.message : String(e);
  return reporter.add('E11002', emptySpan(file), { message: `Move.toml is not valid TOML: ${what}` });
}

export interface KeyLocation {
  /** The key itself (for a `[table.key]` header, the key inside the brackets). */
  key: Span;
  /** The value after `=` up to a comment or the end of the line; the key for headers. */
  value: Span;
}

/**
 * Finds `key` of the table `table` in manifest text: `key = ...` under `[table]`, a dotted
 * `key.sub = ...`, or a header `[table.key]`. An empty `table` means the top level, where a
 * header `[key]` also counts. Returns undefined when the key is not written on a line of its own
 * (inside an inline table, say).
 */
export function locateManifestKey(text: string, file: string, table: readonly string[], key: string): KeyLocation | undefined {
  const target = [...table, key];
  let current: string[] = [];
  for (const line of splitLines(text)) {
    let i = skipSpaces(line.text, 0);
    if (line.text[i] === '[') {
      const double = line.text[i + 1] === '[';
      const parsed = parseDottedKey(line.text, i + (double ? 2 : 1));
      if (!parsed) continue;
      current = parsed.parts.map((p) => p.name);
      if (startsWith(current, target)) {
        const part = parsed.parts[target.length - 1]!;
        const span = { file, start: line.start + part.start, end: line.start + part.end };
        return { key: span, value: span };
      }
      continue;
    }
    const parsed = parseDottedKey(line.text, i);
    if (!parsed) continue;
    i = skipSpaces(line.text, parsed.end);
    if (line.text[i] !== '=') continue;
    const offset = target.length - current.length;
    if (offset < 1 || !startsWith(target, current)) continue;
    const names = parsed.parts.map((p) => p.name);
    if (!startsWith(names, target.slice(current.length))) continue;
    const part = parsed.parts[offset - 1]!;
    const keySpan = { file, start: line.start + part.start, end: line.start + part.end };
    if (names.length !== offset) return { key: keySpan, value: keySpan };
    const vStart = skipSpaces(line.text, i + 1);
    const vEnd = valueEnd(line.text, vStart);
    return { key: keySpan, value: { file, start: line.start + vStart, end: line.start + Math.max(vEnd, vStart) } };
  }
  return undefined;
}

function startsWith(whole: readonly string[], prefix: readonly string[]): boolean {
  return prefix.length <= whole.length && prefix.every((p, i) => whole[i] === p);
}

function skipSpaces(s: string, i: number): number {
  while (i < s.length && (s[i] === ' ' || s[i] === '\t')) i++;
  return i;
}

interface KeyPart {
  name: string;
  start: number;
  end: number;
}

/** A TOML dotted key starting at `from`: bare or quoted parts separated by dots. */
function parseDottedKey(s: string, from: number): { parts: KeyPart[]; end: number } | undefined {
  const parts: KeyPart[] = [];
  let i = from;
  for (;;) {
    i = skipSpaces(s, i);
    const start = i;
    const quote = s[i];
    if (quote === '"' || quote === "'") {
      i++;
      while (i < s.length && s[i] !== quote) i += quote === '"' && s[i] === '\\' ? 2 : 1;
      if (i >= s.length) return undefined;
      i++;
      parts.push({ name: s.slice(start + 1, i - 1), start, end: i });
    } else {
      while (i < s.length && /[A-Za-z0-9_-]/.test(s[i]!)) i++;
      if (i === start) return undefined;
      parts.push({ name: s.slice(start, i), start, end: i });
    }
    const after = skipSpaces(s, i);
    if (s[after] !== '.') return { parts, end: i };
    i = after + 1;
  }
}

/** End of a value on its line: before a `#` comment outside quotes, trailing spaces trimmed. */
function valueEnd(s: string, from: number): number {
  let quote: string | undefined;
  let end = s.length;
  for (let i = from; i < s.length; i++) {
    const c = s[i];
    if (quote) {
      if (c === '\\' && quote === '"') i++;
      else if (c === quote) quote = undefined;
    } else if (c === '"' || c === "'") {
      quote = c;
    } else if (c === '#') {
      end = i;
      break;
    }
  }
  while (end > from && (s[end - 1] === ' ' || s[end - 1] === '\t')) end--;
  return end;
}
