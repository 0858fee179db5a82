// CST -> AST: walks Chevrotain's concrete syntax tree and builds the typed AST of ast.ts.
// It also does the checks a grammar cannot express well: literal validity (numbers, escapes,
// hex strings, addresses), assignment targets, `..` placement, modifiers, missing semicolons
// between statements, and the file-level module form. Each problem becomes a diagnostic.
//
// The CST may be partial after error recovery, so every child is treated as possibly missing:
// a missing piece becomes a placeholder node (an `Ident` named `_`, a `Unit` expression) and the
// diagnostic that explains it has already been reported by the parser.

import type { CstNode, IToken } from 'chevrotain';
import type { Reporter } from '../diagnostics/diagnostic.js';
import type * as A from './ast.js';
import { tokenEnd } from './parser.js';
import { decodeByteString, decodeHexString, decodeNumber } from './literals.js';
import { BINARY_PRECEDENCE, CAST_PRECEDENCE } from './precedence.js';
import { forEachChild } from './walk.js';
import * as T from './tokens.js';

type Child = CstNode | IToken;
// Shared and frozen: returned for absent labels without allocating; callers never mutate it.
const EMPTY = Object.freeze([]) as unknown as never[];

function isToken(c: Child): c is IToken {
  return (c as IToken).tokenType !== undefined;
}

/** A token is real unless error recovery invented it. */
function real(t: IToken | undefined): t is IToken {
  return t !== undefined && !t.isInsertedInRecovery && !Number.isNaN(t.startOffset);
}

const ABILITIES = new Set(['copy', 'drop', 'store', 'key']);
const MAX_ADDRESS = (1n << 256n) - 1n;

const AMBIGUOUS_CAST_OPERANDS = new Set<A.Expr['kind']>([
  'Binary', 'Not', 'Cast', 'If', 'While', 'Loop', 'Lambda', 'Assign', 'Abort', 'Return', 'Break', 'Continue', 'Match',
]);


export class AstBuilder {

  constructor(
    private readonly file: string,
    private readonly reporter: Reporter,
    private readonly sourceText?: string,
    /** Offsets of the parser's own errors: checks here stay quiet near them to avoid cascades. */
    private readonly syntaxErrorOffsets: readonly number[] = [],
  ) {}

  /** Expressions written in parentheses: they never make a cast ambiguous. */
  private readonly parenthesized = new Set<A.Expr>();
  /** Cast operands found ambiguous, unless their cast turns out to be parenthesized itself. */
  private readonly pendingCasts: A.Expr[] = [];

  private nearSyntaxError(start: number, end: number): boolean {
    return this.syntaxErrorOffsets.some((o) => o >= start && o <= end);
  }

  // --- CST access ------------------------------------------------------------------------------

  private tok(n: CstNode, label: string): IToken | undefined {
    const t = n.children[label]?.[0];
    return t && isToken(t) && real(t) ? t : undefined;
  }

  private toks(n: CstNode, label: string): IToken[] {
    const arr = n.children[label];
    if (!arr) return EMPTY;
    return arr.every((c) => isToken(c) && real(c)) ? (arr as IToken[]) : arr.filter((c): c is IToken => isToken(c) && real(c));
  }

  private sub(n: CstNode, label: string): CstNode | undefined {
    const c = n.children[label]?.[0];
    return c && !isToken(c) ? c : undefined;
  }

  /** A label holds either tokens or nodes, never both, so node lists need no filtering. */
  private subs(n: CstNode, label: string): CstNode[] {
    const arr = n.children[label];
    if (!arr || arr.length === 0 || isToken(arr[0]!)) return EMPTY;
    return arr as CstNode[];
  }

  /**
   * The items of a comma-separated list. The grammar accepts items with or without commas so it
   * can recover; a missing comma between two items (match arms included) is reported here.
   */
  private items(n: CstNode, label: string): CstNode[] {
    const list = this.itemList(n, label);
    return list.length > 0 && isToken(list[0]!) ? EMPTY : (list as CstNode[]);
  }

  /** Like items(), for a label that may mix nodes and tokens (call arguments and `..`). */
  private itemList(n: CstNode, label: string): Child[] {
    const items = n.children[label] ?? EMPTY;
    if (items.length < 2) return items;
    const seps = this.toks(n, 'sep').map((t) => t.startOffset);
    for (let i = 0; i + 1 < items.length; i++) {
      const aEnd = this.childEnd(items[i]!);
      const bStart = this.childStart(items[i + 1]!);
      const aStart = this.childStart(items[i]!);
      const bEnd = this.childEnd(items[i + 1]!);
      if (aEnd < 0 || bStart < 0 || seps.some((o) => o >= aEnd && o < bStart) || this.nearSyntaxError(aStart, bEnd)) continue;
      const next = items[i + 1]!;
      const end = isToken(next) ? tokenEnd(next) : (this.firstTokenEnd(next) ?? bEnd);
      this.reporter.add('E01002', { file: this.file, start: bStart, end }, {
        message: `expected \`,\`, found \`${this.sourceText?.slice(bStart, end) ?? ''}\``,
        label: 'expected `,` before this',
        secondary: [{ span: { file: this.file, start: aEnd, end: aEnd }, message: 'add `,` here' }],
      });
    }
    return items;
  }

  /**
   * Offsets covered by a CST node, from the location Chevrotain tracks while parsing (see
   * withEndOffsets in index.ts). Nodes that recovery left without real tokens have none.
   */
  private range(n: CstNode): [number, number] | null {
    const loc = n.location;
    if (!loc || Number.isNaN(loc.startOffset) || loc.endOffset === undefined || Number.isNaN(loc.endOffset)) return null;
    return [loc.startOffset, loc.endOffset + 1];
  }

  /** Start offset of a child, or -1 when it holds no real token. */
  private childStart(c: Child): number {
    if (isToken(c)) return real(c) ? c.startOffset : -1;
    return this.range(c)?.[0] ?? -1;
  }

  private childEnd(c: Child): number {
    if (isToken(c)) return real(c) ? tokenEnd(c) : -1;
    return this.range(c)?.[1] ?? -1;
  }

  private span(n: CstNode | undefined, fallback?: A.Span): A.Span {
    const r = n ? this.range(n) : null;
    if (r) return { file: this.file, start: r[0], end: r[1] };
    return fallback ?? { file: this.file, start: 0, end: 0 };
  }

  private tspan(t: IToken): A.Span {
    return { file: this.file, start: t.startOffset, end: tokenEnd(t) };
  }

  private join(a: A.Span, b: A.Span): A.Span {
    return { file: this.file, start: Math.min(a.start, b.start), end: Math.max(a.end, b.end) };
  }

  private ident(t: IToken | undefined, fallback: A.Span): A.Ident {
    if (!t) return { span: fallback, name: '_' };
    return { span: this.tspan(t), name: t.image };
  }

  // --- files and modules -----------------------------------------------------------------------

  buildFile(cst: CstNode, textLength: number): A.FileAst {
    const modules: A.ModuleDecl[] = [];
    for (const item of this.subs(cst, 'fileItem')) {
      const attributes = this.attributeList(item);
      const mod = this.sub(item, 'moduleDecl');
      if (mod) {
        modules.push(this.moduleDecl(mod, attributes, undefined));
        continue;
      }
      const block = this.sub(item, 'addressBlock');
      if (block) {
        const addrNode = this.sub(block, 'leadingAddress');
        const address = addrNode ? this.leadingAddress(addrNode) : undefined;
        const innerAttrs = this.subs(block, 'attributes');
        const innerMods = this.subs(block, 'moduleDecl');
        // Attributes inside an address block precede the module they annotate.
        for (const m of innerMods) {
          const r = this.range(m);
          const mine = innerAttrs.filter((a) => {
            const ar = this.range(a);
            return ar && r && ar[0] < r[0] && !innerMods.some((o) => o !== m && this.range(o)?.[0]! > ar[0] && this.range(o)?.[0]! < r[0]);
          });
          modules.push(this.moduleDecl(m, [...attributes, ...mine.flatMap((a) => this.attributeGroup(a))], address));
        }
      }
    }
    this.checkFileForm(modules);
    this.reportAmbiguousCasts();
    return { kind: 'File', span: { file: this.file, start: 0, end: textLength }, modules };
  }

  private checkFileForm(modules: A.ModuleDecl[]): void {
    if (modules.length < 2) return;
    const fileForms = modules.filter((m) => m.form === 'file');
    for (const m of fileForms) {
      const first = modules[0]!;
      this.reporter.add('E01012', m.name.span, {
        message: `file-level module \`${m.name.name}\` must be the only module in its file`,
        label: m === first ? 'declared with `;` here' : 'another module is declared before this one',
        secondary: modules.filter((o) => o !== m).slice(0, 1).map((o) => ({ span: o.name.span, message: 'other module declared here' })),
        notes: ['use the block form `module a::m { ... }` to put several modules in one file'],
      });
    }
  }

  private moduleDecl(n: CstNode, attributes: A.Attribute[], blockAddress: A.LeadingAddress | undefined): A.ModuleDecl {
    const span = this.span(n);
    const addrNode = this.sub(n, 'leadingAddress');
    const address = addrNode ? this.leadingAddress(addrNode) : blockAddress;
    const members: A.ModuleMember[] = [];
    for (const m of this.subs(n, 'member')) {
      const member = this.member(m);
      if (member) members.push(member);
    }
    members.sort((a, b) => a.span.start - b.span.start);
    return {
      kind: 'Module',
      span,
      attributes,
      ...(address ? { address } : {}),
      name: this.ident(this.tok(n, 'name'), span),
      form: this.tok(n, 'fileForm') ? 'file' : 'block',
      members,
    };
  }

  private leadingAddress(n: CstNode): A.LeadingAddress {
    const num = this.tok(n, 'Number');
    if (num) return this.numericAddress(num);
    return this.ident(this.tok(n, 'Identifier'), this.span(n));
  }

  private numericAddress(t: IToken): A.NumericAddress {
    const span = this.tspan(t);
    const parsed = decodeNumber(t, this.file, this.reporter);
    if (parsed && parsed.suffix) {
      this.reporter.add('E01013', span, { message: `invalid address \`${t.image}\``, label: 'an address has no type suffix' });
    } else if (parsed && parsed.value > MAX_ADDRESS) {
      this.reporter.add('E01013', span, { message: `invalid address \`${t.image}\``, label: 'an address is at most 32 bytes' });
    }
    return { kind: 'NumericAddress', span, value: parsed?.value ?? 0n };
  }

  // --- attributes ------------------------------------------------------------------------------

  private attributeList(n: CstNode): A.Attribute[] {
    return this.subs(n, 'attributes').flatMap((g) => this.attributeGroup(g));
  }

  private attributeGroup(n: CstNode): A.Attribute[] {
    return this.subs(n, 'attribute').map((a) => this.attribute(a));
  }

  private attribute(n: CstNode): A.Attribute {
    const span = this.span(n);
    const nameNode = this.sub(n, 'attrName');
    const nameTok = nameNode ? Object.values(nameNode.children).flat().find((c): c is IToken => isToken(c) && real(c)) : undefined;
    const attr: A.Attribute = { span, name: this.ident(nameTok, span) };
    const valueNode = this.sub(n, 'attributeValue');
    if (valueNode) {
      const lit = this.sub(valueNode, 'literal');
      const path = this.sub(valueNode, 'namePath');
      if (lit) attr.value = { kind: 'Literal', value: this.literal(lit) };
      else if (path) attr.value = { kind: 'Path', path: this.namePath(path) };
    } else if (this.tok(n, 'Equal')) {
      this.reporter.add('E01014', span, { message: 'attribute value missing after `=`', label: 'expected a literal or a path' });
    }
    if (this.tok(n, 'LParen')) attr.args = this.items(n, 'attribute').map((a) => this.attribute(a));
    return attr;
  }

  // --- members ---------------------------------------------------------------------------------

  private member(n: CstNode): A.ModuleMember | undefined {
    const attributes = this.attributeList(n);
    const mods = this.modifiers(n);
    const fn = this.sub(n, 'functionDecl');
    if (fn) return this.functionDecl(fn, attributes, mods, this.span(n));
    const st = this.sub(n, 'structDecl');
    if (st) return this.structDecl(st, attributes, mods, this.span(n));
    const en = this.sub(n, 'enumDecl');
    if (en) return this.enumDecl(en, attributes, mods, this.span(n));
    const use = this.sub(n, 'useDecl');
    if (use) {
      this.onlyModifiers(mods, 'use fun', ['public']);
      const decl = this.useDecl(use, attributes, this.span(n));
      if (decl.kind === 'Use' && mods.visibility) {
        this.reporter.add('E01002', mods.visibility.span, { message: 'a `use` cannot be `public`', label: 'only `use fun` can be public' });
      }
      if (decl.kind === 'UseFun') decl.isPublic = mods.visibility !== undefined;
      return decl;
    }
    const c = this.sub(n, 'constDecl');
    if (c) {
      this.onlyModifiers(mods, 'constant', []);
      const span = this.span(n);
      return {
        kind: 'Constant',
        span,
        attributes,
        name: this.ident(this.tok(c, 'name'), span),
        type: this.typeOr(this.sub(c, 'type'), span),
        value: this.expOr(this.sub(c, 'exp'), span),
      };
    }
    const f = this.sub(n, 'friendDecl');
    if (f) {
      this.onlyModifiers(mods, 'friend declaration', []);
      const span = this.span(n);
      return { kind: 'Friend', span, attributes, module: this.namePathOr(this.sub(f, 'namePath'), span) };
    }
    return undefined;
  }

  private modifiers(n: CstNode): Modifiers {
    const mods: Modifiers = { all: [] };
    for (const m of this.subs(n, 'modifier')) {
      const span = this.span(m);
      const pub = this.tok(m, 'Public');
      let word: string;
      if (pub) {
        const scope = this.tok(m, 'Friend') ?? this.tok(m, 'scope');
        let vis: A.Visibility = 'public';
        if (scope) {
          if (scope.image === 'package') vis = 'package';
          else if (scope.image === 'friend') vis = 'friend';
          else if (scope.image === 'script') {
            this.reporter.add('E01002', span, { message: '`public(script)` is no longer supported', label: 'write `public entry` instead' });
            mods.scriptEntry = span;
          } else {
            this.reporter.add('E01002', this.tspan(scope), {
              message: `unknown visibility \`public(${scope.image})\``,
              label: 'expected `package` or `friend`',
            });
          }
        }
        if (mods.visibility) {
          this.reporter.add('E01016', span, { message: 'duplicate visibility modifier', label: 'a second visibility', secondary: [{ span: mods.visibility.span, message: 'first visibility here' }] });
        } else mods.visibility = { value: vis, span };
        word = 'public';
      } else if (this.tok(m, 'Native')) {
        if (mods.native) this.duplicate('native', span, mods.native);
        mods.native = span;
        word = 'native';
      } else {
        const w = this.tok(m, 'word');
        if (!w) continue;
        word = w.image;
        if (word === 'entry') {
          if (mods.entry) this.duplicate('entry', span, mods.entry);
          mods.entry = span;
        } else {
          if (mods.macro) this.duplicate('macro', span, mods.macro);
          mods.macro = span;
        }
      }
      mods.all.push({ word, span });
    }
    return mods;
  }

  private duplicate(word: string, span: A.Span, first: A.Span): void {
    this.reporter.add('E01016', span, { message: `duplicate \`${word}\` modifier`, label: 'repeated here', secondary: [{ span: first, message: 'first used here' }] });
  }

  private onlyModifiers(mods: Modifiers, what: string, allowed: string[]): void {
    for (const m of mods.all) {
      if (!allowed.includes(m.word)) {
        this.reporter.add('E01002', m.span, { message: `\`${m.word}\` is not allowed on a ${what}`, label: 'remove this modifier' });
      }
    }
  }

  private functionDecl(n: CstNode, attributes: A.Attribute[], mods: Modifiers, span: A.Span): A.FunctionDecl {
    const body = this.sub(n, 'body');
    const isNative = mods.native !== undefined;
    const semicolon = this.tok(n, 'Semicolon');
    if (isNative && body) {
      this.reporter.add('E01002', this.span(body), { message: 'a native function has no body', label: 'replace the body with `;`' });
    } else if (!isNative && semicolon) {
      this.reporter.add('E01002', this.tspan(semicolon), { message: 'expected a function body', label: 'only `native` functions end with `;`' });
    }
    const rt = this.sub(n, 'returnType');
    return {
      kind: 'Function',
      span,
      attributes,
      visibility: mods.visibility?.value ?? 'private',
      isEntry: mods.entry !== undefined || mods.scriptEntry !== undefined,
      isNative,
      isMacro: mods.macro !== undefined,
      name: this.ident(this.tok(n, 'name'), span),
      typeParams: this.funTypeParams(this.sub(n, 'funTypeParams')),
      params: this.items(n, 'param').map((p) => {
        const ps = this.span(p);
        return {
          span: ps,
          mutable: this.tok(p, 'mut') !== undefined,
          name: this.ident(this.tok(p, 'name'), ps),
          type: this.typeOr(this.sub(p, 'type'), ps),
        };
      }),
      ...(rt ? { returnType: this.type(rt) } : {}),
      acquires: this.subs(n, 'acquires').map((a) => this.namePath(a)),
      ...(body ? { body: this.block(body) } : {}),
    };
  }

  private funTypeParams(n: CstNode | undefined): A.FunTypeParam[] {
    if (!n) return [];
    return this.items(n, 'funTypeParam').map((p) => {
      const span = this.span(p);
      return { span, name: this.ident(this.tok(p, 'name'), span), constraints: this.constraints(this.sub(p, 'constraints')) };
    });
  }

  private datatypeTypeParams(n: CstNode | undefined): A.DatatypeTypeParam[] {
    if (!n) return [];
    return this.items(n, 'datatypeTypeParam').map((p) => {
      const span = this.span(p);
      return {
        span,
        name: this.ident(this.tok(p, 'name'), span),
        isPhantom: this.tok(p, 'phantom') !== undefined,
        constraints: this.constraints(this.sub(p, 'constraints')),
      };
    });
  }

  private constraints(n: CstNode | undefined): A.Ident[] {
    if (!n) return [];
    return this.subs(n, 'ability').map((a) => this.ability(a));
  }

  private ability(n: CstNode): A.Ident {
    const t = this.tok(n, 'Copy') ?? this.tok(n, 'Identifier');
    if (t && !ABILITIES.has(t.image)) {
      this.reporter.add('E01002', this.tspan(t), { message: `unknown ability \`${t.image}\``, label: 'expected `copy`, `drop`, `store` or `key`' });
    }
    return this.ident(t, this.span(n));
  }

  private abilities(n: CstNode): A.Ident[] {
    const out: A.Ident[] = [];
    for (const label of ['prefixAbilities', 'postfixAbilities']) {
      for (const group of this.subs(n, label)) {
        const has = this.tok(group, 'has');
        if (has && has.image !== 'has') {
          this.reporter.add('E01002', this.tspan(has), { message: `expected \`has\`, found \`${has.image}\``, label: 'abilities are introduced by `has`' });
        }
        out.push(...this.subs(group, 'ability').map((a) => this.ability(a)));
      }
    }
    if (this.subs(n, 'prefixAbilities').length > 0 && this.subs(n, 'postfixAbilities').length > 0) {
      this.reporter.add('E01002', this.span(this.sub(n, 'postfixAbilities')), { message: 'abilities declared twice', label: 'declare abilities either before or after the fields' });
    }
    return out;
  }

  private datatypeFields(n: CstNode): A.DatatypeFields | undefined {
    const named = this.sub(n, 'namedFields');
    if (named) {
      return {
        kind: 'Named',
        fields: this.items(named, 'fieldDecl').map((f) => {
          const span = this.span(f);
          return { span, name: this.ident(this.tok(f, 'name'), span), type: this.typeOr(this.sub(f, 'type'), span) };
        }),
      };
    }
    const pos = this.sub(n, 'positionalFields');
    if (pos) {
      const span = this.span(pos);
      return { kind: 'Positional', types: this.items(pos, 'type').map((t) => this.typeOr(t, span)) };
    }
    return undefined;
  }

  private structDecl(n: CstNode, attributes: A.Attribute[], mods: Modifiers, span: A.Span): A.StructDecl {
    this.onlyModifiers(mods, 'struct', ['public', 'native']);
    if (mods.visibility && mods.visibility.value !== 'public') {
      this.reporter.add('E01002', mods.visibility.span, { message: 'a struct can only be `public`', label: 'remove the scope' });
    }
    const fields = this.datatypeFields(n);
    if (!fields && !mods.native && this.tok(n, 'noFields')) {
      this.reporter.add('E01002', this.tspan(this.tok(n, 'noFields')!), { message: 'expected struct fields', label: 'only a `native struct` has no field list; write `{}` for an empty struct' });
    }
    return {
      kind: 'Struct',
      span,
      attributes,
      isPublic: mods.visibility !== undefined,
      isNative: mods.native !== undefined,
      name: this.ident(this.tok(n, 'name'), span),
      typeParams: this.datatypeTypeParams(this.sub(n, 'datatypeTypeParams')),
      abilities: this.abilities(n),
      ...(fields ? { fields } : {}),
    };
  }

  private enumDecl(n: CstNode, attributes: A.Attribute[], mods: Modifiers, span: A.Span): A.EnumDecl {
    this.onlyModifiers(mods, 'enum', ['public']);
    return {
      kind: 'Enum',
      span,
      attributes,
      isPublic: mods.visibility !== undefined,
      name: this.ident(this.tok(n, 'name'), span),
      typeParams: this.datatypeTypeParams(this.sub(n, 'datatypeTypeParams')),
      abilities: this.abilities(n),
      variants: this.items(n, 'variantDecl').map((v) => {
        const vs = this.span(v);
        const fields = this.datatypeFields(v);
        return { span: vs, name: this.ident(this.tok(v, 'name'), vs), ...(fields ? { fields } : {}) };
      }),
    };
  }

  private useDecl(n: CstNode, attributes: A.Attribute[], span: A.Span): A.UseDecl | A.UseFunDecl {
    if (this.tok(n, 'Fun')) {
      return {
        kind: 'UseFun',
        span,
        attributes,
        isPublic: false,
        function: this.namePathOr(this.sub(n, 'function'), span),
        type: this.namePathOr(this.sub(n, 'type'), span),
        method: this.ident(this.tok(n, 'method'), span),
      };
    }
    const addrNode = this.sub(n, 'leadingAddress');
    const address: A.LeadingAddress = addrNode ? this.leadingAddress(addrNode) : { span, name: '_' };
    return {
      kind: 'Use',
      span,
      attributes,
      address,
      entries: this.items(n, 'useModuleEntry').map((e) => this.useModuleEntry(e)),
    };
  }

  private useModuleEntry(n: CstNode): A.UseModuleEntry {
    const span = this.span(n);
    const entry: A.UseModuleEntry = { span, module: this.ident(this.tok(n, 'module'), span) };
    const alias = this.tok(n, 'alias');
    if (alias) entry.alias = this.ident(alias, span);
    if (this.tok(n, 'ColonColon')) {
      entry.members = this.items(n, 'useMember').map((m) => {
        const ms = this.span(m);
        const a = this.tok(m, 'alias');
        return { span: ms, name: this.ident(this.tok(m, 'name'), ms), ...(a ? { alias: this.ident(a, ms) } : {}) };
      });
    }
    return entry;
  }

  // --- names and types -------------------------------------------------------------------------

  private namePath(n: CstNode): A.NamePath {
    const span = this.span(n);
    const addr = this.tok(n, 'address');
    const names = this.toks(n, 'names').map((t) => this.ident(t, span));
    return { span, ...(addr ? { address: this.numericAddress(addr) } : {}), names: names.length > 0 ? names : [{ span, name: '_' }] };
  }

  private namePathOr(n: CstNode | undefined, fallback: A.Span): A.NamePath {
    return n ? this.namePath(n) : { span: fallback, names: [{ span: fallback, name: '_' }] };
  }

  private typeArgs(n: CstNode | undefined): A.Type[] | undefined {
    if (!n) return undefined;
    const span = this.span(n);
    return this.items(n, 'type').map((t) => this.typeOr(t, span));
  }

  private typeOr(n: CstNode | undefined, fallback: A.Span): A.Type {
    if (!n) return { kind: 'Tuple', span: fallback, elements: [] };
    return this.type(n);
  }

  type(n: CstNode): A.Type {
    const span = this.span(n);
    if (this.tok(n, 'ref') || this.tok(n, 'mutRef')) {
      return { kind: 'Ref', span, mutable: this.tok(n, 'mutRef') !== undefined, inner: this.typeOr(this.sub(n, 'inner'), span) };
    }
    if (this.tok(n, 'tuple')) {
      // `(T)` is just T, as in Move; only `()` and two or more elements make a tuple type.
      const elements = this.items(n, 'elements').map((t) => this.type(t));
      return elements.length === 1 ? elements[0]! : { kind: 'Tuple', span, elements };
    }
    if (this.tok(n, 'fun')) {
      const result = this.sub(n, 'result');
      return { kind: 'Fun', span, params: this.subs(n, 'elements').map((t) => this.type(t)), ...(result ? { result: this.type(result) } : {}) };
    }
    return { kind: 'Apply', span, path: this.namePathOr(this.sub(n, 'namePath'), span), typeArgs: this.typeArgs(this.sub(n, 'typeArgs')) ?? [] };
  }

  // --- literals --------------------------------------------------------------------------------

  literal(n: CstNode): A.LiteralExpr {
    const span = this.span(n);
    const num = this.tok(n, 'Number');
    if (num) {
      const p = decodeNumber(num, this.file, this.reporter);
      return { kind: 'Number', span, value: p?.value ?? 0n, hex: p?.hex ?? false, ...(p?.suffix ? { suffix: p.suffix } : {}) };
    }
    if (this.tok(n, 'True')) return { kind: 'Bool', span, value: true };
    if (this.tok(n, 'False')) return { kind: 'Bool', span, value: false };
    const bs = this.tok(n, 'ByteString');
    if (bs) return { kind: 'ByteString', span, form: 'b', bytes: decodeByteString(bs, this.file, this.reporter) };
    const hs = this.tok(n, 'HexString');
    if (hs) return { kind: 'ByteString', span, form: 'x', bytes: decodeHexString(hs, this.file, this.reporter) };
    const addrNode = this.sub(n, 'leadingAddress');
    if (addrNode) return { kind: 'Address', span, value: this.leadingAddress(addrNode) };
    if (this.tok(n, 'At')) this.reporter.add('E01013', span, { message: 'expected an address after `@`', label: 'write `@0x2` or `@name`' });
    return { kind: 'Address', span, value: { kind: 'NumericAddress', span, value: 0n } };
  }

  // --- expressions -----------------------------------------------------------------------------

  private expOr(n: CstNode | undefined, fallback: A.Span): A.Expr {
    if (!n) return { kind: 'Unit', span: fallback };
    return this.exp(n);
  }

  exp(n: CstNode): A.Expr {
    const lam = this.sub(n, 'lambda');
    if (lam) return this.lambda(lam);
    const span = this.span(n);
    const left = this.binary(n, span);
    if (!this.tok(n, 'Equal')) return left;
    const value = this.expOr(this.sub(n, 'value'), span);
    return { kind: 'Assign', span, lhs: this.assignTarget(left), value };
  }

  private lambda(n: CstNode): A.LambdaExpr {
    const span = this.span(n);
    const rt = this.sub(n, 'type');
    return {
      kind: 'Lambda',
      span,
      params: this.items(n, 'lambdaParam').map((p) => {
        const ps = this.span(p);
        const ty = this.sub(p, 'type');
        const atom = this.sub(p, 'patternAtom');
        return { span: ps, pattern: atom ? this.patternAtom(atom) : { kind: 'Wildcard', span: ps }, ...(ty ? { type: this.type(ty) } : {}) };
      }),
      ...(rt ? { returnType: this.type(rt) } : {}),
      body: this.lambdaBody(n, rt !== undefined, span),
    };
  }

  private lambdaBody(n: CstNode, hasReturnType: boolean, span: A.Span): A.Expr {
    const body = this.expOr(this.sub(n, 'body'), span);
    if (hasReturnType && body.kind !== 'Block' && this.sub(n, 'body')) {
      this.reporter.add('E01002', body.span, { message: 'a lambda with a return type needs a block body', label: 'write `{ ... }` here' });
    }
    return body;
  }

  /**
   * Flat `operand tail*` to a tree by precedence climbing. Binary operators are left-associative;
   * `as` is a postfix operator of precedence CAST_PRECEDENCE that casts everything to its left
   * at that level: `a == b as u64` is `a == (b as u64)`, `a + b as u64` is `(a + b) as u64`.
   */
  private binary(n: CstNode, fallback: A.Span): A.Expr {
    const first = this.sub(n, 'operand');
    if (!first) return { kind: 'Unit', span: fallback };
    const tails = this.subs(n, 'tail');
    const lhs0 = this.operand(first);
    if (tails.length === 0) return lhs0;
    type Tail = { op: A.BinaryOp; rhs: A.Expr } | { cast: A.Type };
    const items: Tail[] = [];
    for (const t of tails) {
      const cast = this.sub(t, 'cast');
      if (cast) {
        items.push({ cast: this.type(cast) });
        continue;
      }
      const op = this.sub(t, 'binaryOp');
      const rhs = this.sub(t, 'operand');
      // Recovery can leave an operator without its right operand; drop it.
      if (op && rhs) items.push({ op: this.binaryOp(op), rhs: this.operand(rhs) });
    }
    let pos = 0;
    const climb = (lhsStart: A.Expr, minPrec: number): A.Expr => {
      let lhs = lhsStart;
      while (pos < items.length) {
        const item = items[pos]!;
        if ('cast' in item) {
          if (CAST_PRECEDENCE < minPrec) break;
          pos++;
          this.checkCastOperand(lhs);
          lhs = { kind: 'Cast', span: this.join(lhs.span, item.cast.span), expr: lhs, type: item.cast };
          continue;
        }
        const prec = BINARY_PRECEDENCE[item.op];
        if (prec < minPrec) break;
        pos++;
        const rhs = climb(item.rhs, prec + 1);
        lhs = { kind: 'Binary', span: this.join(lhs.span, rhs.span), op: item.op, left: lhs, right: rhs };
      }
      return lhs;
    };
    return climb(lhs0, 0);
  }

  /**
   * Move 2024 rejects `as` applied without parentheses to an operand whose reading is unclear:
   * a binary or `!` expression, another cast, or a control expression (`a + b as u64`,
   * `!x as u64`, `x as u8 as u64`). Parenthesized operands are fine, and so is a cast that is
   * itself the whole content of parentheses, `(a + b as u64)`; paren() withdraws those.
   */
  private checkCastOperand(e: A.Expr): void {
    if (this.parenthesized.has(e)) return;
    let inner = e;
    // `*r as u64`, `&x.f as ...`: look through dereference, borrow, field and index to the term.
    while ((inner.kind === 'Deref' || inner.kind === 'Borrow') && !this.parenthesized.has(inner.expr)) inner = inner.expr;
    if (AMBIGUOUS_CAST_OPERANDS.has(inner.kind) && !this.parenthesized.has(inner)) this.pendingCasts.push(e);
  }

  private reportAmbiguousCasts(): void {
    for (const e of this.pendingCasts) {
      this.reporter.add('E01017', e.span, {
        label: 'add parentheses around this expression',
        notes: ['`as` binds looser than arithmetic: write `(a + b) as u64` or `a + (b as u64)`'],
      });
    }
    this.pendingCasts.length = 0;
  }

  private binaryOp(n: CstNode): A.BinaryOp {
    if (n.children['shr']) return '>>';
    for (const key in n.children) {
      const t = n.children[key]![0];
      if (t && isToken(t)) return t.image as A.BinaryOp;
    }
    return '+';
  }

  private operand(n: CstNode): A.Expr {
    let e: A.Expr;
    const mc = this.tok(n, 'moveCopy');
    if (mc) {
      const v = this.tok(n, 'var');
      const span = v ? this.join(this.tspan(mc), this.tspan(v)) : this.tspan(mc);
      e = { kind: 'MoveCopy', span, op: mc.image === 'move' ? 'move' : 'copy', name: this.ident(v, span) };
    } else {
      e = this.postfix(n);
    }
    // Prefix operators apply innermost-last: `!*r` is `!(*r)`.
    const prefixes = this.toks(n, 'prefix');
    for (let i = prefixes.length - 1; i >= 0; i--) {
      const op = prefixes[i]!;
      const span = this.join(this.tspan(op), e.span);
      if (op.tokenType === T.Bang) e = { kind: 'Not', span, expr: e };
      else if (op.tokenType === T.Star) e = { kind: 'Deref', span, expr: e };
      else e = { kind: 'Borrow', span, mutable: op.tokenType === T.AmpMut, expr: e };
    }
    return e;
  }

  /** The primary of an operand with its `.f`, `.m(..)` and `[i]` suffixes applied. */
  private postfix(n: CstNode): A.Expr {
    let e = this.primary(n);
    for (const op of this.subs(n, 'postfixOp')) {
      const opSpan = this.span(op, e.span);
      const span = this.join(e.span, opSpan);
      if (this.tok(op, 'index') || op.children['index']) {
        e = { kind: 'Index', span, expr: e, indices: this.items(op, 'indices').map((i) => this.exp(i)) };
        continue;
      }
      const member = this.tok(op, 'member');
      const name = this.ident(member, opSpan);
      const call = this.sub(op, 'callArgs');
      if (call) {
        const typeArgs = this.typeArgs(this.sub(op, 'typeArgs'));
        e = {
          kind: 'MethodCall',
          span,
          receiver: e,
          method: name,
          isMacro: this.tok(op, 'macro') !== undefined,
          ...(typeArgs ? { typeArgs } : {}),
          args: this.callArgs(call),
        };
      } else {
        if (member && member.tokenType === T.NumberLit && !/^[0-9]+$/.test(member.image)) {
          this.reporter.add('E01002', this.tspan(member), { message: `invalid field \`${member.image}\``, label: 'positional fields are named by a plain index like `.0`' });
        }
        e = { kind: 'Field', span, expr: e, field: name };
      }
    }
    return e;
  }

  /** Call arguments; a `..` becomes a rest marker, valid only in an assignment target. */
  private callArgs(n: CstNode): A.Expr[] {
    return this.itemList(n, 'args').map((a) => (isToken(a) ? restMarker(this.tspan(a)) : this.exp(a)));
  }

  /** The primary expression of an operand: its one child node that is not a postfixOp. */
  private primary(n: CstNode): A.Expr {
    let child: CstNode | undefined;
    for (const key in n.children) {
      if (key !== 'postfixOp' && key !== 'prefix') child = this.sub(n, key) ?? child;
    }
    if (!child) return { kind: 'Unit', span: this.span(n) };
    const span = this.span(child);
    switch (child.name) {
      case 'literal':
        return this.literal(child);
      case 'vectorLit': {
        const ta = this.typeArgs(this.sub(child, 'typeArgs'));
        if (ta && ta.length !== 1) {
          this.reporter.add('E01002', this.span(this.sub(child, 'typeArgs')), { message: `\`vector\` takes one type argument, found ${ta.length}`, label: 'write `vector<T>[...]`' });
        }
        return { kind: 'Vector', span, ...(ta && ta[0] ? { elementType: ta[0] } : {}), elements: this.items(child, 'elements').map((e) => this.exp(e)) };
      }
      case 'matchExp':
        return this.matchExp(child);
      case 'ifExp':
        return this.ifExp(child);
      case 'whileExp':
        return this.whileExp(child, undefined);
      case 'loopExp':
        return this.loopExp(child, undefined);
      case 'block':
        return this.block(child);
      case 'labelled':
        return this.labelled(child);
      case 'returnExp': {
        const label = this.tok(child, 'BlockLabel');
        const v = this.sub(child, 'exp');
        return { kind: 'Return', span, ...(label ? { label: this.label(label) } : {}), ...(v ? { value: this.exp(v) } : {}) };
      }
      case 'abortExp': {
        const v = this.sub(child, 'exp');
        return { kind: 'Abort', span, ...(v ? { code: this.exp(v) } : {}) };
      }
      case 'breakExp': {
        const label = this.tok(child, 'BlockLabel');
        const v = this.sub(child, 'exp');
        return { kind: 'Break', span, ...(label ? { label: this.label(label) } : {}), ...(v ? { value: this.exp(v) } : {}) };
      }
      case 'continueExp': {
        const label = this.tok(child, 'BlockLabel');
        return { kind: 'Continue', span, ...(label ? { label: this.label(label) } : {}) };
      }
      case 'paren':
        return this.paren(child);
      case 'nameExp':
        return this.nameExp(child);
      default:
        return { kind: 'Unit', span };
    }
  }

  private label(t: IToken): A.Ident {
    return { span: this.tspan(t), name: t.image.slice(1) };
  }

  private branch(n: CstNode | undefined, fallback: A.Span): A.Expr {
    if (!n) return { kind: 'Unit', span: fallback };
    const b = this.sub(n, 'block');
    if (b) return this.block(b);
    return this.expOr(this.sub(n, 'exp'), this.span(n, fallback));
  }

  private ifExp(n: CstNode): A.IfExpr {
    const span = this.span(n);
    const els = this.sub(n, 'else');
    return {
      kind: 'If',
      span,
      cond: this.expOr(this.sub(n, 'cond'), span),
      then: this.branch(this.sub(n, 'then'), span),
      ...(els ? { else: this.branch(els, span) } : {}),
    };
  }

  private whileExp(n: CstNode, label: A.Ident | undefined): A.WhileExpr {
    const span = this.span(n);
    return { kind: 'While', span, ...(label ? { label } : {}), cond: this.expOr(this.sub(n, 'cond'), span), body: this.branch(this.sub(n, 'body'), span) };
  }

  private loopExp(n: CstNode, label: A.Ident | undefined): A.LoopExpr {
    const span = this.span(n);
    return { kind: 'Loop', span, ...(label ? { label } : {}), body: this.branch(this.sub(n, 'body'), span) };
  }

  private labelled(n: CstNode): A.Expr {
    const span = this.span(n);
    const lt = this.tok(n, 'BlockLabel');
    const label = lt ? this.label(lt) : undefined;
    const w = this.sub(n, 'whileExp');
    const l = this.sub(n, 'loopExp');
    const b = this.sub(n, 'block');
    let e: A.WhileExpr | A.LoopExpr | A.BlockExpr;
    if (w) e = this.whileExp(w, label);
    else if (l) e = this.loopExp(l, label);
    else if (b) e = { ...this.block(b), ...(label ? { label } : {}) };
    else return { kind: 'Unit', span };
    e.span = span;
    return e;
  }

  private paren(n: CstNode): A.Expr {
    const span = this.span(n);
    const nodes = this.subs(n, 'elements');
    const elements = nodes.map((e) => this.exp(e));
    if (elements.length === 0) return { kind: 'Unit', span };
    // `(a, b,)` is fine; `(a, , b)` is an empty slot.
    const commas = this.toks(n, 'commas');
    for (let i = 1; i < commas.length; i++) {
      const prev = commas[i - 1]!.startOffset;
      const cur = commas[i]!.startOffset;
      if (!nodes.some((x) => {
        const r = this.range(x);
        return r !== null && r[0] > prev && r[0] < cur;
      })) {
        this.reporter.add('E01002', this.tspan(commas[i]!), { message: 'expected an expression, found `,`', label: 'empty tuple element' });
      }
    }
    if (this.tok(n, 'annotate')) return { kind: 'Annotate', span, expr: elements[0]!, type: this.typeOr(this.sub(n, 'type'), span) };
    if (elements.length === 1) {
      const only = elements[0]!;
      this.parenthesized.add(only);
      if (only.kind === 'Cast') {
        const i = this.pendingCasts.indexOf(only.expr);
        if (i >= 0) this.pendingCasts.splice(i, 1);
      }
      return only;
    }
    return { kind: 'Tuple', span, elements };
  }

  private nameExp(n: CstNode): A.Expr {
    const span = this.span(n);
    const path = this.namePathOr(this.sub(n, 'namePath'), span);
    const typeArgs = this.typeArgs(this.sub(n, 'typeArgs'));
    const isMacro = this.tok(n, 'macro') !== undefined;
    const call = this.sub(n, 'callArgs');
    const ta = typeArgs ? { typeArgs } : {};
    if (call) return { kind: 'Call', span, path, isMacro, ...ta, args: this.callArgs(call) };
    if (isMacro) {
      this.reporter.add('E01002', span, { message: 'expected arguments after the macro name', label: `write \`${path.names.map((x) => x.name).join('::')}!(...)\`` });
    }
    if (n.children['pack']) {
      const fields: A.FieldInit[] = [];
      for (const f of this.items(n, 'fieldInit')) {
        const fs = this.span(f);
        const rest = this.tok(f, 'rest');
        if (rest) {
          fields.push({ span: fs, name: { span: fs, name: '..' }, value: { kind: 'Unit', span: fs } });
          continue;
        }
        const name = this.ident(this.tok(f, 'name'), fs);
        const v = this.sub(f, 'exp');
        fields.push({ span: fs, name, value: v ? this.exp(v) : { kind: 'Name', span: name.span, path: { span: name.span, names: [name] } } });
      }
      // `..` only makes sense when this pack turns out to be an assignment target; an ordinary
      // pack with `..` is reported when the expression is used as a value (see restInPack).
      return { kind: 'Pack', span, path, ...ta, fields };
    }
    return { kind: 'Name', span, path, ...ta };
  }

  private matchExp(n: CstNode): A.MatchExpr {
    const span = this.span(n);
    return {
      kind: 'Match',
      span,
      subject: this.expOr(this.sub(n, 'subject'), span),
      arms: this.items(n, 'matchArm').map((a) => {
        const as = this.span(a);
        const guard = this.sub(a, 'guard');
        const pat = this.sub(a, 'pattern');
        return {
          span: as,
          pattern: pat ? this.pattern(pat) : { kind: 'Wildcard', span: as },
          ...(guard ? { guard: this.exp(guard) } : {}),
          body: this.expOr(this.sub(a, 'body'), as),
        };
      }),
    };
  }

  // --- blocks and statements -------------------------------------------------------------------

  block(n: CstNode): A.BlockExpr {
    const span = this.span(n);
    const statements: A.Statement[] = [];
    let tail: A.Expr | undefined;
    const entries = this.subs(n, 'entries');
    for (let i = 0; i < entries.length; i++) {
      const entry = entries[i]!;
      if (entry.name === 'useDecl') {
        const decl = this.useDecl(entry, [], this.span(entry));
        statements.push({ kind: 'UseStmt', span: decl.span, decl });
        continue;
      }
      const last = i === entries.length - 1;
      const semi = this.tok(entry, 'Semicolon');
      const letNode = this.sub(entry, 'letStmt');
      const expNode = this.sub(entry, 'exp');
      const entrySpan = this.span(entry, span);
      if (letNode) {
        statements.push(this.letStmt(letNode));
        if (!semi && !last) this.missingSemicolon(entries[i + 1]!, entrySpan);
        else if (!semi && last && this.tok(n, 'RCurly')) this.missingSemicolon(undefined, entrySpan, this.tok(n, 'RCurly'));
        continue;
      }
      const expr = this.expOr(expNode, entrySpan);
      if (!semi && last) {
        tail = expr;
        continue;
      }
      this.checkValue(expr);
      statements.push({ kind: 'ExprStmt', span: semi ? this.join(expr.span, this.tspan(semi)) : expr.span, expr });
      // As in Move, a `;` is needed even after a statement ending in `}` (`while (c) { .. };`).
      if (!semi) this.missingSemicolon(entries[i + 1]!, entrySpan);
    }
    if (tail) this.checkValue(tail);
    return { kind: 'Block', span, statements, ...(tail ? { tail } : {}) };
  }

  private missingSemicolon(next: CstNode | undefined, prev: A.Span, nextTok?: IToken): void {
    const nextSpan = next ? this.span(next) : nextTok ? this.tspan(nextTok) : prev;
    if (this.nearSyntaxError(prev.start, nextSpan.end)) return;
    const at = { file: this.file, start: nextSpan.start, end: next ? Math.min(nextSpan.end, this.firstTokenEnd(next) ?? nextSpan.end) : nextSpan.end };
    this.reporter.add('E01002', at, {
      message: `expected \`;\`, found ${nextTok ? '`}`' : 'the start of another statement'}`,
      label: 'expected `;` before this',
      secondary: [{ span: { file: this.file, start: prev.end, end: prev.end }, message: 'add `;` here' }],
    });
  }

  private firstTokenEnd(n: CstNode): number | undefined {
    let best: IToken | undefined;
    const visit = (c: CstNode): void => {
      for (const key in c.children) {
        for (const x of c.children[key]!) {
          if (isToken(x)) {
            if (real(x) && (!best || x.startOffset < best.startOffset)) best = x;
          } else visit(x);
        }
      }
    };
    visit(n);
    return best ? tokenEnd(best) : undefined;
  }

  private letStmt(n: CstNode): A.LetStatement {
    const span = this.span(n);
    const pat = this.sub(n, 'pattern');
    const ty = this.sub(n, 'type');
    const value = this.sub(n, 'exp');
    const v = value ? this.exp(value) : undefined;
    if (v) this.checkValue(v);
    return {
      kind: 'Let',
      span,
      pattern: pat ? this.pattern(pat) : { kind: 'Wildcard', span },
      ...(ty ? { type: this.type(ty) } : {}),
      ...(v ? { value: v } : {}),
    };
  }

  /**
   * An expression used as a value may not contain a pack with `..`; that form is only an
   * assignment target. Checked once per statement, walking only pack-bearing positions.
   */
  private checkValue(e: A.Expr): void {
    walkExpr(e, (x) => {
      if (isRestMarker(x)) {
        this.reporter.add('E01011', x.span, {
          message: '`..` is not allowed in a call',
          label: 'every argument must be given',
          notes: ['`..` ignores the remaining fields only when unpacking, as in `let P(a, ..) = p;`'],
        });
      }
      if (x.kind === 'Pack') {
        for (const f of x.fields) {
          if (f.name.name === '..') {
            this.reporter.add('E01011', f.span, {
              message: '`..` is not allowed in a struct pack',
              label: 'every field must be given a value',
              notes: ['`..` ignores the remaining fields only when unpacking, as in `let S { f, .. } = s;`'],
            });
          }
        }
      }
    });
  }

  // --- assignment targets ----------------------------------------------------------------------

  private assignTarget(e: A.Expr): A.AssignTarget {
    switch (e.kind) {
      case 'Name':
        if (e.path.names.length === 1 && !e.path.address && !e.typeArgs) return e;
        break;
      case 'Field':
      case 'Deref':
      case 'Index':
      case 'Unit':
        return e;
      case 'Tuple':
        return { kind: 'TupleTarget', span: e.span, elements: e.elements.map((x) => this.assignTarget(x)) };
      case 'Pack': {
        const fields: A.FieldTarget[] = [];
        let rest = false;
        for (const f of e.fields) {
          if (f.name.name === '..') rest = true;
          else fields.push({ span: f.span, name: f.name, target: this.assignTarget(f.value) });
        }
        return { kind: 'UnpackTarget', span: e.span, path: e.path, ...(e.typeArgs ? { typeArgs: e.typeArgs } : {}), fields: { kind: 'Named', fields, rest } };
      }
      case 'Call':
        if (!e.isMacro) {
          return {
            kind: 'UnpackTarget',
            span: e.span,
            path: e.path,
            ...(e.typeArgs ? { typeArgs: e.typeArgs } : {}),
            fields: { kind: 'Positional', elements: e.args.map((a): A.AssignTarget | A.RestPattern => (isRestMarker(a) ? { kind: 'Rest', span: a.span } : this.assignTarget(a))) },
          };
        }
        break;
      default:
        break;
    }
    this.reporter.add('E01010', e.span, {
      label: 'this cannot be assigned to',
      notes: ['assign to a local, a field (`s.f = v`), a dereference (`*r = v`), an index (`v[i] = x`), or unpack (`S { f: x } = s`)'],
    });
    return { kind: 'Unit', span: e.span };
  }

  // --- patterns --------------------------------------------------------------------------------

  pattern(n: CstNode): A.Pattern {
    const span = this.span(n);
    const alts = this.subs(n, 'alternatives').map((a) => this.patternAtom(a));
    if (alts.length === 0) return { kind: 'Wildcard', span };
    if (alts.length === 1) return alts[0]!;
    return { kind: 'Or', span, alternatives: alts };
  }

  private patternAtom(n: CstNode): A.Pattern {
    const span = this.span(n);
    const atName = this.tok(n, 'atName');
    if (atName) {
      const inner = this.sub(n, 'inner');
      return { kind: 'At', span, name: this.ident(atName, span), mutable: this.tok(n, 'mut') !== undefined, pattern: inner ? this.patternAtom(inner) : { kind: 'Wildcard', span } };
    }
    const bind = this.tok(n, 'bindName');
    if (bind) return { kind: 'Bind', span, mutable: true, name: this.ident(bind, span) };
    const lit = this.sub(n, 'literal');
    if (lit) return { kind: 'Literal', span, value: this.literal(lit) };
    if (this.tok(n, 'tuple') || n.children['tuple']) {
      const elements = this.items(n, 'elements').map((p) => this.pattern(p));
      return elements.length === 1 ? elements[0]! : { kind: 'Tuple', span, elements };
    }
    if (this.tok(n, 'rest')) return { kind: 'Rest', span };
    const pathNode = this.sub(n, 'namePath');
    const path = this.namePathOr(pathNode, span);
    const typeArgs = this.typeArgs(this.sub(n, 'typeArgs'));
    const ta = typeArgs ? { typeArgs } : {};
    if (n.children['positional']) {
      return { kind: 'Unpack', span, path, ...ta, fields: { kind: 'Positional', elements: this.items(n, 'elements').map((p) => this.pattern(p)) } };
    }
    if (n.children['named']) {
      const fields: A.FieldPattern[] = [];
      let rest = false;
      for (const f of this.items(n, 'fieldPattern')) {
        const fs = this.span(f);
        if (this.tok(f, 'rest')) {
          rest = true;
          continue;
        }
        const name = this.ident(this.tok(f, 'name'), fs);
        const inner = this.sub(f, 'pattern');
        const mut = this.tok(f, 'mut') !== undefined;
        fields.push({ span: fs, name, pattern: inner ? this.pattern(inner) : { kind: 'Bind', span: name.span, mutable: mut, name } });
      }
      return { kind: 'Unpack', span, path, ...ta, fields: { kind: 'Named', fields, rest } };
    }
    if (path.names.length === 1 && !path.address && !typeArgs) {
      const name = path.names[0]!;
      if (name.name === '_') return { kind: 'Wildcard', span };
      return { kind: 'Bind', span, mutable: false, name };
    }
    return { kind: 'Unpack', span, path, ...ta };
  }
}

interface Modifiers {
  all: Array<{ word: string; span: A.Span }>;
  visibility?: { value: A.Visibility; span: A.Span };
  scriptEntry?: A.Span;
  native?: A.Span;
  entry?: A.Span;
  macro?: A.Span;
}

/**
 * A `..` among call arguments is kept as a Name `..` until we know whether the call is a
 * positional unpack on the left of `=` (where it becomes a Rest) or a value (an error).
 */
function restMarker(span: A.Span): A.NameExpr {
  return { kind: 'Name', span, path: { span, names: [{ span, name: '..' }] } };
}

function isRestMarker(e: A.Expr): boolean {
  return e.kind === 'Name' && e.path.names.length === 1 && e.path.names[0]!.name === '..';
}

/**
 * Visits an expression and its sub-expressions, but not the statements of nested blocks (each
 * block checks its own statements when it is built).
 */
export function walkExpr(e: A.Expr, visit: (e: A.Expr) => void): void {
  const stack: A.Expr[] = [e];
  while (stack.length > 0) {
    const x = stack.pop()!;
    visit(x);
    if (x.kind !== 'Block') forEachChild(x, (c) => stack.push(c));
  }
}
