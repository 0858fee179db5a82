// Match coverage: the arms of one `match` in (their patterns, resolved, and whether they have a
// guard); the values no arm matches and the arms that can never match out.
//
// Patterns are lowered to constructors applied to sub-patterns: an enum variant or a struct
// (its fields in declaration order), `true`/`false`, or a literal of an infinite type (integers,
// addresses, byte strings). Coverage is Maranget's usefulness over the pattern matrix: a row
// vector `q` is useful against the rows `P` when some value matches `q` and no row of `P`.
//
//   S(c, P)   rows whose head is `c` (or a wildcard) with the head replaced by its arguments
//   D(P)      rows whose head is a wildcard, without it
//
// When the heads of a column name every constructor of a finite type, a wildcard there is
// split over the constructors (`S(c, P)` for each); otherwise only `D(P)` decides. A `match` is
// exhaustive when the wildcard row is not useful against its unguarded arms; an arm is
// unreachable when it is not useful against the unguarded arms before it. A guard may fail, so a
// guarded arm covers nothing.

import type { DatatypeRef } from '../names/resolve-values.js';
import type * as A from '../parser/ast.js';

/** The constructors of a type: listed when finite, absent for integers and other literals. */
interface Family {
  readonly ctors?: readonly Ctor[];
}

interface Ctor {
  readonly key: string;
  readonly arity: number;
  readonly family: Family;
  /** How a value built with this constructor from the given sub-values is written. */
  show(args: readonly string[]): string;
}

type Pat = { k: 'wild' } | { k: 'ctor'; c: Ctor; args: Pat[] } | { k: 'or'; alts: Pat[] };

const WILD: Pat = { k: 'wild' };

/** Literals of types with no finite list of values share this family. */
const INFINITE: Family = {};

const BOOL_FAMILY: { ctors: Ctor[] } = { ctors: [] };
for (const v of ['true', 'false']) BOOL_FAMILY.ctors.push({ key: v, arity: 0, family: BOOL_FAMILY, show: () => v });

/** Gives up on matrices so large that the analysis would take too long (never for real code). */
const STEP_BUDGET = 200_000;
/** At most this many uncovered values are listed. */
const WITNESS_LIMIT = 8;

class TooLarge extends Error {}
/** A pattern that did not resolve: its error is already reported, so coverage says nothing. */
class Unresolved extends Error {}

export interface MatchArm {
  pattern: A.Pattern;
  guarded: boolean;
}

export interface Coverage {
  /** Values (as patterns) that no arm matches; empty when the match is exhaustive. */
  missing: string[];
  /** Whether `missing` is just `_`: nothing more specific can be said (integers, say). */
  onlyWildcard: boolean;
  /** The arms that can never match. */
  unreachable: Unreachable[];
}

export interface Unreachable {
  /** Its index. */
  arm: number;
  /** Whether one earlier arm alone matches all it could (else only several together do). */
  single: boolean;
}

/** The subject's type, when it has a finite list of constructors to name in messages. */
export type SubjectHint = { kind: 'enum'; decl: A.EnumDecl } | { kind: 'bool' } | undefined;

/**
 * Analyses one match. `packs` resolves unpack patterns; undefined is returned when a pattern
 * does not resolve (already reported) or the analysis would be too large.
 */
export function matchCoverage(arms: readonly MatchArm[], packs: ReadonlyMap<A.UnpackPattern, DatatypeRef>, hint: SubjectHint): Coverage | undefined {
  const lower = new Lowering(packs);
  const analysis = new Analysis();
  try {
    const pats = arms.map((a) => lower.pattern(a.pattern));
    const rows: Pat[][] = [];
    const unreachable: Unreachable[] = [];
    arms.forEach((arm, i) => {
      const q = [pats[i]!];
      if (!analysis.useful(rows, q)) unreachable.push({ arm: i, single: rows.some((r) => !analysis.useful([r], q)) });
      if (!arm.guarded) rows.push(q);
    });
    const top = hint?.kind === 'enum' ? lower.enumFamily(hint.decl) : hint?.kind === 'bool' ? BOOL_FAMILY : undefined;
    const witnesses = analysis.missing(rows, 1, top).map((w) => w[0]!);
    return { missing: witnesses, onlyWildcard: witnesses.length === 1 && witnesses[0] === '_', unreachable };
  } catch (e) {
    if (e instanceof TooLarge || e instanceof Unresolved) return undefined;
    throw e;
  }
}

class Lowering {
  private readonly families = new Map<A.StructDecl | A.EnumDecl, Family>();

  constructor(private readonly packs: ReadonlyMap<A.UnpackPattern, DatatypeRef>) {}

  pattern(p: A.Pattern): Pat {
    switch (p.kind) {
      case 'Bind':
      case 'Wildcard':
      case 'Rest':
        return WILD;
      case 'At':
        return this.pattern(p.pattern);
      case 'Or':
        return { k: 'or', alts: p.alternatives.map((a) => this.pattern(a)) };
      case 'Literal':
        return { k: 'ctor', c: literal(p.value), args: [] };
      case 'Unpack':
        return this.unpack(p);
      case 'Tuple':
        // Matching on tuples is a type error, reported before coverage is asked for.
        throw new Unresolved();
    }
  }

  private unpack(p: A.UnpackPattern): Pat {
    const d = this.packs.get(p);
    if (!d) throw new Unresolved();
    const family = d.kind === 'struct' ? this.structFamily(d.decl) : this.enumFamily(d.decl);
    const name = d.kind === 'struct' ? d.decl.name.name : d.variant.name.name;
    const c = family.ctors!.find((x) => x.key === name)!;
    const fields = d.kind === 'struct' ? d.decl.fields : d.variant.fields;
    const args: Pat[] = Array.from({ length: c.arity }, () => WILD);
    if (p.fields?.kind === 'Named' && fields?.kind === 'Named') {
      for (const f of p.fields.fields) {
        const i = fields.fields.findIndex((x) => x.name.name === f.name.name);
        if (i < 0) throw new Unresolved();
        args[i] = this.pattern(f.pattern);
      }
    } else if (p.fields?.kind === 'Positional') {
      // A `..` stands for as many wildcards as the fields it skips.
      const elems = p.fields.elements;
      const rest = elems.findIndex((x) => x.kind === 'Rest');
      const before = rest < 0 ? elems : elems.slice(0, rest);
      const after = rest < 0 ? [] : elems.slice(rest + 1);
      before.forEach((x, i) => {
        if (i < c.arity) args[i] = this.pattern(x);
      });
      after.forEach((x, i) => {
        const at = c.arity - after.length + i;
        if (at >= 0) args[at] = this.pattern(x);
      });
    }
    return { k: 'ctor', c, args };
  }

  enumFamily(decl: A.EnumDecl): Family {
    let f = this.families.get(decl);
    if (!f) {
      const ctors: Ctor[] = [];
      f = { ctors };
      for (const v of decl.variants) ctors.push(datatypeCtor(`${decl.name.name}::${v.name.name}`, v.name.name, v.fields, f));
      this.families.set(decl, f);
    }
    return f;
  }

  private structFamily(decl: A.StructDecl): Family {
    let f = this.families.get(decl);
    if (!f) {
      const ctors: Ctor[] = [];
      f = { ctors };
      ctors.push(datatypeCtor(decl.name.name, decl.name.name, decl.fields, f));
      this.families.set(decl, f);
    }
    return f;
  }
}

function datatypeCtor(shown: string, key: string, fields: A.DatatypeFields | undefined, family: Family): Ctor {
  const names = fields?.kind === 'Named' ? fields.fields.map((f) => f.name.name) : undefined;
  const arity = fields ? (fields.kind === 'Named' ? fields.fields.length : fields.types.length) : 0;
  return {
    key,
    arity,
    family,
    show(args) {
      if (!fields) return shown;
      if (names) {
        const given = names.flatMap((n, i) => (args[i] === '_' ? [] : [`${n}: ${args[i]}`]));
        if (given.length === 0) return `${shown} { .. }`;
        return `${shown} { ${given.join(', ')}${given.length < names.length ? ', ..' : ''} }`;
      }
      return `${shown}(${args.join(', ')})`;
    },
  };
}

function literal(e: A.LiteralExpr): Ctor {
  switch (e.kind) {
    case 'Bool':
      return BOOL_FAMILY.ctors[e.value ? 0 : 1]!;
    case 'Number':
      return { key: `n${e.value}`, arity: 0, family: INFINITE, show: () => `${e.value}` };
    case 'Address': {
      const text = 'name' in e.value ? e.value.name : `0x${e.value.value.toString(16)}`;
      return { key: `@${text}`, arity: 0, family: INFINITE, show: () => `@${text}` };
    }
    case 'ByteString':
      return { key: `b${e.bytes.join(',')}`, arity: 0, family: INFINITE, show: () => `x"${e.bytes.map((b) => b.toString(16).padStart(2, '0')).join('')}"` };
  }
}

class Analysis {
  private steps = 0;

  private step(): void {
    if (++this.steps > STEP_BUDGET) throw new TooLarge();
  }

  /** Is there a value that `q` matches and no row of `rows` does? */
  useful(rows: Pat[][], q: Pat[]): boolean {
    this.step();
    if (q.length === 0) return rows.length === 0;
    const head = q[0]!;
    const tail = q.slice(1);
    if (head.k === 'or') return head.alts.some((a) => this.useful(rows, [a, ...tail]));
    if (head.k === 'ctor') return this.useful(specialize(rows, head.c), [...head.args, ...tail]);
    const complete = completeFamily(rows);
    if (complete) return complete.some((c) => this.useful(specialize(rows, c), [...wilds(c.arity), ...tail]));
    return this.useful(defaults(rows), tail);
  }

  /**
   * Value vectors of length `n` that no row matches (at most WITNESS_LIMIT), written as
   * patterns. `hint` names the first column's constructors when its heads name none.
   */
  missing(rows: Pat[][], n: number, hint?: Family): string[][] {
    this.step();
    if (n === 0) return rows.length === 0 ? [[]] : [];
    const complete = completeFamily(rows);
    if (complete) {
      const out: string[][] = [];
      for (const c of complete) {
        for (const w of this.missing(specialize(rows, c), c.arity + n - 1)) {
          out.push([c.show(w.slice(0, c.arity)), ...w.slice(c.arity)]);
          if (out.length >= WITNESS_LIMIT) return out;
        }
      }
      return out;
    }
    const rest = this.missing(defaults(rows), n - 1)[0];
    if (!rest) return [];
    const heads = headCtors(rows);
    const family = heads.values().next().value?.family ?? hint;
    const ctors = family?.ctors;
    if (!ctors || ctors.length === 0) return [['_', ...rest]];
    // Every constructor no row starts with is a value no row matches.
    return ctors
      .filter((c) => !heads.has(c.key))
      .slice(0, WITNESS_LIMIT)
      .map((c) => [c.show(wilds(c.arity).map(() => '_')), ...rest]);
  }
}

function wilds(n: number): Pat[] {
  return Array.from({ length: n }, () => WILD);
}

/** Rows with or-patterns at their head split into one row per alternative. */
function expandHead(row: Pat[]): Pat[][] {
  const h = row[0];
  if (h?.k !== 'or') return [row];
  return h.alts.flatMap((a) => expandHead([a, ...row.slice(1)]));
}

function specialize(rows: Pat[][], c: Ctor): Pat[][] {
  const out: Pat[][] = [];
  for (const row of rows.flatMap(expandHead)) {
    const h = row[0]!;
    if (h.k === 'wild') out.push([...wilds(c.arity), ...row.slice(1)]);
    else if (h.k === 'ctor' && h.c.key === c.key) out.push([...h.args, ...row.slice(1)]);
  }
  return out;
}

function defaults(rows: Pat[][]): Pat[][] {
  return rows.flatMap(expandHead).flatMap((row) => (row[0]!.k === 'wild' ? [row.slice(1)] : []));
}

function headCtors(rows: Pat[][]): Map<string, Ctor> {
  const out = new Map<string, Ctor>();
  for (const row of rows.flatMap(expandHead)) {
    const h = row[0]!;
    if (h.k === 'ctor') out.set(h.c.key, h.c);
  }
  return out;
}

/** The constructors of the first column's type when its heads name all of them. */
function completeFamily(rows: Pat[][]): readonly Ctor[] | undefined {
  const heads = headCtors(rows);
  const first = heads.values().next().value;
  const ctors = first?.family.ctors;
  if (!ctors || ctors.length === 0) return undefined;
  return ctors.every((c) => heads.has(c.key)) ? ctors : undefined;
}
