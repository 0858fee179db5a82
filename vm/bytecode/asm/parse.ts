// The listing parser: listing text in, its syntax (syntax.ts) and every syntax error out. Each
// line is parsed on its own; an error is recorded and parsing goes on with the next line, so a
// user sees all the syntax errors of a file at once. Blocks (struct, enum, fun bodies) open with
// a line ending in `{` and close with a line holding only `}`.
//
//   listing   := 'module' ADDRESS '::' name '{' NL { member NL } '}'
//   member    := 'source' STRING ';'
//              | 'use' ADDRESS '::' name ';'               module handles 1.., in order
//              | 'friend' ADDRESS '::' name ';'
//              | 'datatype' [i]? name ';'                   declared by a definition below
//              | 'datatype' [i]? moduleRef '::' name typeParams? abilities? ';'
//              | 'function' [i]? name ';'
//              | 'function' [i]? moduleRef '::' name constraints? '(' types ')' returns? ';'
//              | 'struct' head ( '(' fields ')' abilities? ';' | abilities? '{' ( '}' | NL { name ':' type ','? NL } '}' ) )
//              | 'enum' head abilities? '{' NL { name ( '(' fields ')' | '{' fields '}' )? ','? NL } '}'
//              | 'const' [i]? name ':' type '=' value ';'
//              | 'identifier' [i]? name ';'
//              | '#[' name ( '(' key ( '=' value )? ,* ')' )? ']'              attaches to the next fun
//              | modifiers 'fun' ( name constraints? '(' ('loc'i ':' type),* ')' returns? | 'function#'N )
//                ( ';' | '{' NL [ 'locals:' ] { 'loc'N ':' type NL } { [ N ':' ] instr NL } '}' )
//              | 'sharing' 'type' name ':' CLASS STRING ';'
//              | 'sharing' 'fun' name ':' CLASS ( 'on' name )? STRING ';'
//   head      := name typeParams? | 'datatype#'N
//   modifiers := { 'public' [ '(' ('package' | 'friend') ')' ] | 'entry' | 'native' }
//
// `[i]` annotations are optional and checked. Names are identifiers or JSON strings. Lines that
// are blank or only a `//` comment are skipped everywhere.

import type { FunctionAttribute, ModuleId, Visibility } from '../module.js';
import { Cursor, ListingError } from './cursor.js';
import { isOpcodeName, parseInstruction } from './instructions.js';
import { emptyListing, type EnumSyn, type FieldSyn, type FunctionSyn, type HeadSyn, type ListingSyn, type StructSyn } from './syntax.js';
import { parseAbilities, parseConstraints, parseConstValue, parseModuleRef, parseReturns, parseType, parseTypeList, parseTypeParams } from './types.js';

type Block = { kind: 'struct'; syn: StructSyn } | { kind: 'enum'; syn: EnumSyn } | { kind: 'fun'; syn: FunctionSyn } | { kind: 'skip' };

const TYPE_CLASSES = ['owned-only', 'always-shared', 'may-be-shared', 'frozen'] as const;
const FUNCTION_CLASSES = ['fast', 'consensus', 'depends'] as const;
const BARE_ATTRIBUTE_VALUE = /[A-Za-z0-9_@.:]+/y;
const LOCAL = /^loc([0-9]+)$/;

export function parseListing(text: string): { listing: ListingSyn; errors: ListingError[] } {
  const p = new Parser();
  p.run(text);
  return { listing: p.listing, errors: p.errors };
}

class Parser {
  readonly listing = emptyListing();
  readonly errors: ListingError[] = [];
  private state: 'before' | 'module' | 'after' = 'before';
  private block: Block | undefined;
  private blockStart = 0;
  private attributes: FunctionAttribute[] = [];
  private lastLine = 1;

  run(text: string): void {
    const lines = text.split('\n');
    lines.forEach((raw, i) => {
      const c = new Cursor(raw.endsWith('\r') ? raw.slice(0, -1) : raw, i + 1);
      if (c.atEnd()) return;
      this.lastLine = i + 1;
      const opened = this.block === undefined;
      try {
        this.line(c);
      } catch (e) {
        if (!(e instanceof ListingError)) throw e;
        this.errors.push(e);
        // A broken header that opened a block: skip its body rather than misread every line.
        if (opened && this.block === undefined && this.state === 'module' && /\{\s*(\/\/.*)?$/.test(c.text) && !/^\s*module\b/.test(c.text)) this.open({ kind: 'skip' }, i + 1);
      }
    });
    const end = lines.length;
    if (this.block) this.errors.push(new ListingError(this.blockStart, 1, `this ${this.block.kind === 'fun' ? 'function' : this.block.kind === 'skip' ? 'block' : this.block.kind} is not closed with \`}\``));
    if (this.state === 'before') this.errors.push(new ListingError(1, 1, 'expected `module ADDRESS::NAME {`: the listing has no module'));
    else if (this.state === 'module' && !this.block) this.errors.push(new ListingError(end, 1, 'the module is not closed with `}`'));
    if (this.attributes.length > 0) this.errors.push(new ListingError(this.lastLine, 1, 'attributes at the end of the module belong to no function'));
  }

  private open(block: Block, line: number): void {
    this.block = block;
    this.blockStart = line;
  }

  private line(c: Cursor): void {
    if (this.state === 'after') c.fail("unexpected text after the module's closing `}` (a listing holds one module)");
    if (this.state === 'before') return this.moduleHead(c);
    if (this.block) return this.blockLine(c, this.block);
    this.member(c);
  }

  private moduleHead(c: Cursor): void {
    const at = c.ws().at();
    if (!c.keyword('module')) c.fail(`expected \`module ADDRESS::NAME {\`, found ${c.found()}`);
    const id = moduleId(c);
    c.expect('{');
    c.end();
    this.listing.self = { at, id };
    this.state = 'module';
  }

  private member(c: Cursor): void {
    const l = this.listing;
    const start = c.ws().pos;
    if (c.eat('}')) {
      c.end();
      this.state = 'after';
      return;
    }
    if (c.peek('#[')) return this.attribute(c);
    const word = c.peekIdent();
    if (this.attributes.length > 0 && !['public', 'entry', 'native', 'fun'].includes(word ?? '')) c.fail('attributes (#[...]) must be followed by the function they belong to');
    switch (word) {
      case 'source':
        c.keyword(word);
        l.sourceFile = c.string();
        break;
      case 'use':
      case 'friend':
        c.keyword(word);
        (word === 'use' ? l.uses : l.friends).push(moduleId(c));
        break;
      case 'datatype':
        c.keyword(word);
        this.datatypeEntry(c);
        break;
      case 'function':
        c.keyword(word);
        this.functionEntry(c);
        break;
      case 'struct':
        c.keyword(word);
        return this.struct(c);
      case 'enum':
        c.keyword(word);
        return this.enumHead(c);
      case 'const': {
        c.keyword(word);
        const at = c.ws().at();
        c.indexAnnotation(l.constants.length, 'constant');
        const name = c.name('the constant name');
        c.expect(':');
        const type = parseType(c);
        c.expect('=');
        l.constants.push({ at, name, type, value: parseConstValue(c, type) });
        break;
      }
      case 'identifier':
        c.keyword(word);
        c.indexAnnotation(l.identifiers.length, 'identifier');
        l.identifiers.push(c.name('an identifier'));
        break;
      case 'sharing':
        c.keyword(word);
        this.sharing(c);
        break;
      case 'public':
      case 'entry':
      case 'native':
      case 'fun':
        return this.functionHead(c);
      default:
        c.fail(`expected a declaration (use, friend, datatype, function, struct, enum, const, identifier, fun, sharing) or \`}\`, found ${c.found()}`, start);
    }
    c.expect(';');
    c.end();
  }

  private datatypeEntry(c: Cursor): void {
    const l = this.listing;
    const at = c.ws().at();
    c.indexAnnotation(l.datatypes.length, 'datatype handle');
    if (!c.peekAddress() && c.peekRef() !== 'module') {
      l.datatypes.push({ at, name: c.name('a datatype name') });
      return;
    }
    const module = parseModuleRef(c);
    c.expect('::');
    const name = c.name('a datatype name');
    const typeParams = parseTypeParams(c);
    l.datatypes.push({ at, name, full: { module, typeParams, abilities: parseAbilities(c) } });
  }

  private functionEntry(c: Cursor): void {
    const l = this.listing;
    const at = c.ws().at();
    c.indexAnnotation(l.functionHandles.length, 'function handle');
    if (!c.peekAddress() && c.peekRef() !== 'module') {
      l.functionHandles.push({ at, name: c.name('a function name') });
      return;
    }
    const module = parseModuleRef(c);
    c.expect('::');
    const name = c.name('a function name');
    const typeParams = parseConstraints(c);
    c.expect('(', 'to open the parameter types');
    const params = parseTypeList(c, ')');
    l.functionHandles.push({ at, name, full: { module, typeParams, params, returns: parseReturns(c) } });
  }

  /** `Name<T0>` declaring its handle, or `datatype#3` naming one declared in the table. */
  private datatypeHead(c: Cursor): { head: HeadSyn; typeParams?: ReturnType<typeof parseTypeParams> } {
    const at = c.ws().at();
    const index = c.ref('datatype');
    if (index !== undefined) {
      if (c.peek('<')) c.fail('a definition naming its handle by index takes its type parameters from the handle table');
      return { head: { at, index } };
    }
    return { head: { at, name: c.name('a datatype name') }, typeParams: parseTypeParams(c) };
  }

  private abilitiesFor(c: Cursor, head: HeadSyn): number {
    const start = c.ws().pos;
    const bits = parseAbilities(c);
    if (bits !== 0 && 'index' in head) c.fail('a definition naming its handle by index takes its abilities from the handle table', start);
    return bits;
  }

  private struct(c: Cursor): void {
    const at = c.ws().at();
    const { head, typeParams } = this.datatypeHead(c);
    const syn: StructSyn = { at, head, fields: [], positional: false };
    if (c.eat('(')) {
      syn.positional = true;
      syn.fields = this.fieldList(c, ')');
      const abilities = this.abilitiesFor(c, head);
      if (typeParams) syn.decl = { abilities, typeParams };
      c.expect(';');
      c.end();
      this.listing.structs.push(syn);
      return;
    }
    const abilities = this.abilitiesFor(c, head);
    if (typeParams) syn.decl = { abilities, typeParams };
    c.expect('{');
    this.listing.structs.push(syn);
    if (c.eat('}')) return c.end();
    c.end();
    this.open({ kind: 'struct', syn }, c.line);
  }

  private enumHead(c: Cursor): void {
    const at = c.ws().at();
    const { head, typeParams } = this.datatypeHead(c);
    const abilities = this.abilitiesFor(c, head);
    const syn: EnumSyn = { at, head, variants: [] };
    if (typeParams) syn.decl = { abilities, typeParams };
    c.expect('{');
    this.listing.enums.push(syn);
    if (c.eat('}')) return c.end();
    c.end();
    this.open({ kind: 'enum', syn }, c.line);
  }

  /** `name: type` or a bare type (named `pos0`, `pos1`, ... by position). */
  private fieldList(c: Cursor, close: string): FieldSyn[] {
    const out: FieldSyn[] = [];
    if (c.eat(close)) return out;
    do {
      const save = c.pos;
      let name: string | undefined;
      if (c.peekName()) {
        name = c.name('a field name');
        if (!c.eat(':')) {
          name = undefined;
          c.pos = save;
        }
      }
      out.push({ name: name ?? `pos${out.length}`, type: parseType(c) });
    } while (c.eat(','));
    c.expect(close);
    return out;
  }

  private namedField(c: Cursor): FieldSyn {
    const name = c.name('a field name');
    c.expect(':', 'after the field name');
    return { name, type: parseType(c) };
  }

  private blockLine(c: Cursor, block: Block): void {
    if (c.eat('}')) {
      c.end();
      this.block = undefined;
      return;
    }
    switch (block.kind) {
      case 'skip':
        return;
      case 'struct':
        block.syn.fields.push(this.namedField(c));
        c.eat(',');
        return c.end();
      case 'enum': {
        const name = c.name('a variant name');
        let fields: FieldSyn[] = [];
        let positional = false;
        if (c.eat('(')) {
          positional = true;
          fields = this.fieldList(c, ')');
        } else if (c.eat('{')) {
          if (!c.eat('}')) {
            do fields.push(this.namedField(c));
            while (c.eat(','));
            c.expect('}', 'to close the variant');
          }
        }
        c.eat(',');
        c.end();
        block.syn.variants.push({ name, fields, positional });
        return;
      }
      case 'fun':
        return this.bodyLine(c, block.syn);
    }
  }

  private attribute(c: Cursor): void {
    c.expect('#[');
    const name = c.name('an attribute name');
    const args: Array<[string, string | boolean]> = [];
    if (c.eat('(')) {
      if (!c.eat(')')) {
        do {
          const key = c.name('an attribute argument');
          args.push([key, c.eat('=') ? attributeValue(c) : true]);
        } while (c.eat(','));
        c.expect(')', 'to close the attribute arguments');
      }
    }
    c.expect(']', 'to close the attribute');
    c.end();
    this.attributes.push({ name, args });
  }

  private functionHead(c: Cursor): void {
    const at = c.ws().at();
    let visibility: Visibility | undefined;
    let entry = false;
    let native = false;
    for (;;) {
      const start = c.ws().pos;
      if (c.keyword('public')) {
        if (visibility) c.fail('visibility given twice', start);
        visibility = 'public';
        if (c.eat('(')) {
          const v = c.ident('package or friend');
          if (v !== 'package' && v !== 'friend') c.fail(`expected public(package) or public(friend), found public(${v})`, start);
          visibility = v;
          c.expect(')');
        }
      } else if (c.keyword('entry')) {
        if (entry) c.fail('`entry` given twice', start);
        entry = true;
      } else if (c.keyword('native')) {
        if (native) c.fail('`native` given twice', start);
        native = true;
      } else break;
    }
    if (!c.keyword('fun')) c.fail(`expected \`fun\`, found ${c.found()}`);
    const syn: FunctionSyn = { at, visibility: visibility ?? 'private', entry, native, attributes: this.attributes, head: { at: c.ws().at(), index: 0 }, locals: [], code: [], labels: new Map() };
    this.attributes = [];
    const index = c.ref('function');
    if (index !== undefined) syn.head = { at: syn.head.at, index };
    else {
      syn.head = { at: syn.head.at, name: c.name('a function name') };
      const typeParams = parseConstraints(c);
      c.expect('(', 'to open the parameters');
      const params = [];
      if (!c.eat(')')) {
        do {
          const start = c.ws().pos;
          const local = c.ident(`parameter loc${params.length}`);
          if (local !== `loc${params.length}`) c.fail(`expected parameter loc${params.length}, found \`${local}\` (parameters are locals, numbered from 0)`, start);
          c.expect(':');
          params.push(parseType(c));
        } while (c.eat(','));
        c.expect(')', 'to close the parameters');
      }
      syn.sig = { typeParams, params, returns: parseReturns(c) };
    }
    this.listing.functions.push(syn);
    if (c.eat(';')) return c.end();
    c.expect('{', 'to open the body (or `;` for a function without one)');
    if (c.eat('}')) return c.end();
    c.end();
    this.open({ kind: 'fun', syn }, c.line);
  }

  private bodyLine(c: Cursor, f: FunctionSyn): void {
    const start = c.ws().pos;
    const word = c.peekIdent();
    if (word === 'locals') {
      c.keyword(word);
      c.expect(':');
      return c.end();
    }
    const local = word === undefined ? null : LOCAL.exec(word);
    if (local && !isOpcodeName(word!)) {
      if (f.code.length > 0) c.fail('locals are declared before the first instruction', start);
      const at = c.at();
      c.pos += word!.length;
      c.expect(':', 'after the local');
      f.locals.push({ at, number: Number(local[1]), type: parseType(c) });
      return c.end();
    }
    let label: number | undefined;
    if (c.peekDigit()) {
      label = c.index('an instruction label');
      c.expect(':', 'after the instruction label');
    }
    const instr = parseInstruction(c);
    if (label !== undefined) {
      if (f.labels.has(label)) c.fail(`label ${label} is already used by instruction ${f.labels.get(label)}`, start);
      f.labels.set(label, f.code.length);
    }
    f.code.push(instr);
  }

  private sharing(c: Cursor): void {
    const start = c.ws().pos;
    if (c.keyword('type')) {
      const name = c.name('a type name');
      c.expect(':');
      const classification = oneOf(c, TYPE_CLASSES);
      this.listing.sharingTypes.push({ name, classification, reason: c.string() });
    } else if (c.keyword('fun')) {
      const name = c.name('a function name');
      c.expect(':');
      const classification = oneOf(c, FUNCTION_CLASSES);
      const parameter = c.keyword('on') ? c.name('a parameter name') : undefined;
      const reason = c.string();
      this.listing.sharingFunctions.push(parameter === undefined ? { name, classification, reason } : { name, classification, reason, parameter });
    } else c.fail('expected `sharing type` or `sharing fun`', start);
  }
}

function moduleId(c: Cursor): ModuleId {
  const address = c.address();
  c.expect('::', 'after the address');
  return { address, name: c.name('a module name') };
}

function oneOf<T extends string>(c: Cursor, options: readonly T[]): T {
  const start = c.ws().pos;
  const w = c.word(options.join(', '));
  if (!(options as readonly string[]).includes(w)) c.fail(`expected one of ${options.join(', ')}, found \`${w}\``, start);
  return w as T;
}

/** A quoted string, or bare text; bare `true` and `false` are booleans. */
function attributeValue(c: Cursor): string | boolean {
  if (c.peek('"')) return c.string();
  BARE_ATTRIBUTE_VALUE.lastIndex = c.pos;
  const m = BARE_ATTRIBUTE_VALUE.exec(c.text);
  if (!m) c.fail(`expected an attribute value, found ${c.found()}`);
  c.pos += m[0].length;
  return m[0] === 'true' ? true : m[0] === 'false' ? false : m[0];
}
