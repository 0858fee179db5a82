// Resolution: listing syntax in, a CompiledModule (or the references that do not resolve) out.
// Names resolve through the same lookups the disassembler prints with (symbols.ts), in the order
// they depend on each other:
//   1. module handles: the `module` line, then the `use` lines in order;
//   2. handle names: a bare `datatype [i] Box;` is module 0's, a full entry names its module;
//   3. definitions bind to bare handles by name and supply their abilities and signatures (a
//      definition with no entry gets one appended, so hand-written listings may omit them);
//   4. every type, field, variant, constant, call and jump target, against the finished tables.

import { FORMAT_VERSION, type CompiledModule, type DatatypeHandle, type EnumDef, type FunctionDef, type FunctionHandle, type ModuleId, type SigType, type StructDef } from '../module.js';
import { OPCODES, type Instr, type Operand } from '../opcodes.js';
import { ListingError, type Pos } from './cursor.js';
import { ListingSymbols, moduleIdText, nameText, type SymbolTables } from './symbols.js';
import type { FunctionSyn, HandleRefSyn, InstrSyn, ListingSyn, MemberRefSyn, ModuleRefSyn, OperandSyn, TargetSyn, TypeSyn } from './syntax.js';

export function buildModule(l: ListingSyn): { module: CompiledModule; errors: ListingError[] } {
  const b = new Builder(l);
  return { module: b.build(), errors: b.errors };
}

/** Which of several indices a name could mean, for messages. */
function candidates(kind: string, list: readonly number[]): string {
  return list.map((i) => `${kind}#${i}`).join(', ');
}

class Builder {
  readonly errors: ListingError[] = [];
  private tables: SymbolTables = { moduleHandles: [], datatypeHandles: [], functionHandles: [], structs: [], enums: [], constants: [] };
  private sym = new ListingSymbols(this.tables);

  constructor(private readonly l: ListingSyn) {}

  private error(at: Pos, message: string): void {
    this.errors.push(new ListingError(at.line, at.column, message));
  }

  private refresh(): void {
    this.sym = new ListingSymbols(this.tables);
  }

  build(): CompiledModule {
    const l = this.l;
    const moduleHandles: ModuleId[] = [l.self!.id, ...l.uses];
    this.tables = { ...this.tables, moduleHandles };
    this.refresh();

    // 2. Handle names and modules; abilities and signatures of bare ones come from definitions.
    const datatypeHandles: DatatypeHandle[] = l.datatypes.map((e) => ({ module: e.full ? this.moduleIndex(e.full.module) : 0, name: e.name, abilities: e.full?.abilities ?? 0, typeParams: e.full?.typeParams ?? [] }));
    const functionHandles: FunctionHandle[] = l.functionHandles.map((e) => ({ module: e.full ? this.moduleIndex(e.full.module) : 0, name: e.name, typeParams: e.full?.typeParams ?? [], params: [], returns: [] }));
    this.tables = { ...this.tables, datatypeHandles, functionHandles };
    this.refresh();

    // 3. Definitions bind to their handles.
    const bareDatatypes = this.bareIndex(l.datatypes.map((e) => (e.full ? undefined : e.name)), l.datatypes.map((e) => e.at), 'datatype');
    const boundDatatypes = new Set<number>();
    const bindDatatype = (head: StructSynHead, decl: { abilities: number; typeParams: DatatypeHandle['typeParams'] } | undefined): number => {
      if ('index' in head) return head.index;
      let h = bareDatatypes.get(head.name);
      if (h === undefined) {
        // Not in the table: a hand-written listing may leave its own handles out.
        h = datatypeHandles.push({ module: 0, name: head.name, abilities: 0, typeParams: [] }) - 1;
        bareDatatypes.set(head.name, h);
      }
      if (boundDatatypes.has(h)) this.error(head.at, `datatype ${nameText(head.name)} is defined twice`);
      boundDatatypes.add(h);
      datatypeHandles[h] = { ...datatypeHandles[h]!, abilities: decl?.abilities ?? 0, typeParams: decl?.typeParams ?? [] };
      return h;
    };
    const structHandles = l.structs.map((s) => bindDatatype(s.head, s.decl));
    const enumHandles = l.enums.map((e) => bindDatatype(e.head, e.decl));
    for (const [name, h] of bareDatatypes) if (!boundDatatypes.has(h) && h < l.datatypes.length) this.error(l.datatypes[h]!.at, `datatype handle ${nameText(name)} is bare, so a struct or enum of this module must define it; declare it in full instead (\`datatype [${h}] ${moduleIdText(moduleHandles[0]!)}::${nameText(name)} has ...;\`)`);

    const bareFunctions = this.bareIndex(l.functionHandles.map((e) => (e.full ? undefined : e.name)), l.functionHandles.map((e) => e.at), 'function');
    const boundFunctions = new Set<number>();
    const functionIndices = l.functions.map((f) => {
      if ('index' in f.head) return f.head.index;
      let h = bareFunctions.get(f.head.name);
      if (h === undefined) {
        h = functionHandles.push({ module: 0, name: f.head.name, typeParams: [], params: [], returns: [] }) - 1;
        bareFunctions.set(f.head.name, h);
      }
      if (boundFunctions.has(h)) this.error(f.head.at, `function ${nameText(f.head.name)} is defined twice`);
      boundFunctions.add(h);
      return h;
    });
    for (const [name, h] of bareFunctions) if (!boundFunctions.has(h) && h < l.functionHandles.length) this.error(l.functionHandles[h]!.at, `function handle ${nameText(name)} is bare, so a function of this module must define it; declare its signature in full instead`);

    // Signatures name datatypes, which are all known now (appended ones included).
    this.refresh();
    l.functionHandles.forEach((e, i) => {
      if (e.full) functionHandles[i] = { ...functionHandles[i]!, params: this.types(e.full.params), returns: this.types(e.full.returns) };
    });
    l.functions.forEach((f, i) => {
      if (f.sig && !('index' in f.head)) {
        const h = functionIndices[i]!;
        if (bareFunctions.get(f.head.name) === h) functionHandles[h] = { ...functionHandles[h]!, typeParams: f.sig.typeParams, params: this.types(f.sig.params), returns: this.types(f.sig.returns) };
      }
    });

    // 4. Definitions' bodies, against the complete tables.
    const structs: StructDef[] = l.structs.map((s, i) => ({ handle: structHandles[i]!, fields: s.fields.map((f) => ({ name: f.name, type: this.type(f.type) })), positional: s.positional }));
    const enums: EnumDef[] = l.enums.map((e, i) => ({
      handle: enumHandles[i]!,
      variants: e.variants.map((v) => ({ name: v.name, fields: v.fields.map((f) => ({ name: f.name, type: this.type(f.type) })), positional: v.positional })),
    }));
    const constants = l.constants.map((c) => ({ name: c.name, type: this.type(c.type), value: c.value }));
    this.tables = { moduleHandles, datatypeHandles, functionHandles, structs, enums, constants };
    this.refresh();
    const functions = l.functions.map((f, i) => this.function(f, functionIndices[i]!, functionHandles));

    return {
      version: FORMAT_VERSION,
      moduleHandles,
      datatypeHandles,
      functionHandles,
      friends: l.friends,
      structs,
      enums,
      functions,
      constants,
      identifiers: l.identifiers,
      metadata: { sourceFile: l.sourceFile, sharing: { types: l.sharingTypes, functions: l.sharingFunctions } },
    };
  }

  /** Bare handle entries by name; two bare entries of one name could not be told apart. */
  private bareIndex(names: ReadonlyArray<string | undefined>, at: readonly Pos[], kind: string): Map<string, number> {
    const out = new Map<string, number>();
    names.forEach((name, i) => {
      if (name === undefined) return;
      if (out.has(name)) this.error(at[i]!, `bare ${kind} handle ${nameText(name)} is already entry ${out.get(name)}; declare one of them in full`);
      else out.set(name, i);
    });
    return out;
  }

  private moduleIndex(ref: ModuleRefSyn): number {
    if ('index' in ref) return ref.index;
    const found = this.sym.findModule(ref.id);
    if (found.length === 1) return found[0]!;
    if (found.length === 0) this.error(ref.at, `unknown module ${moduleIdText(ref.id)}: add \`use ${moduleIdText(ref.id)};\``);
    else this.error(ref.at, `module ${moduleIdText(ref.id)} is ambiguous: it is ${candidates('module', found)}; write one of those`);
    return 0;
  }

  private handleIndex(ref: HandleRefSyn, kind: 'datatype' | 'function'): number {
    if ('index' in ref) return ref.index;
    let found: readonly number[];
    let what: string;
    if (ref.module) {
      const m = this.moduleIndex(ref.module);
      found = kind === 'datatype' ? this.sym.findDatatype(m, ref.name) : this.sym.findFunction(m, ref.name);
      what = `${this.sym.moduleRef(m)}::${nameText(ref.name)}`;
    } else {
      found = kind === 'datatype' ? this.sym.findDatatypeByName(ref.name) : this.sym.findFunctionByName(ref.name);
      what = nameText(ref.name);
    }
    if (found.length === 1) return found[0]!;
    if (found.length === 0) this.error(ref.at, `unknown ${kind} ${what}: no ${kind} handle has that name`);
    else this.error(ref.at, `${kind} ${what} is ambiguous: it is ${candidates(kind, found)}; write one of those${ref.module ? '' : ' or the full path'}`);
    return 0;
  }

  private type(t: TypeSyn): SigType {
    switch (t.k) {
      case 'prim':
        return t.name;
      case 'vector':
        return ['vector', this.type(t.elem)];
      case 'ref':
        return [t.mut ? 'mut' : 'ref', this.type(t.inner)];
      case 'param':
        return ['param', t.index];
      case 'datatype':
        return ['datatype', this.handleIndex(t.ref, 'datatype'), this.types(t.args)];
    }
  }

  private types(ts: readonly TypeSyn[]): SigType[] {
    return ts.map((t) => this.type(t));
  }

  private function(f: FunctionSyn, handle: number, handles: readonly FunctionHandle[]): FunctionDef {
    const first = handles[handle]?.params.length ?? 0;
    f.locals.forEach((local, i) => {
      if (local.number !== first + i) this.error(local.at, `expected loc${first + i}: locals are numbered on from the parameters (${first} of them), in order`);
    });
    const code = f.code.map((ins) => this.instr(ins, f));
    return {
      handle,
      visibility: f.visibility,
      entry: f.entry,
      native: f.native,
      locals: f.locals.map((x) => this.type(x.type)),
      code,
      lines: f.code.flatMap((ins) => ins.span),
      attributes: f.attributes,
    };
  }

  private instr(ins: InstrSyn, f: FunctionSyn): Instr {
    const kinds = OPCODES[ins.op]!.operands;
    // The datatype an instruction names scopes its field or variant.
    const dtSyn = ins.operands[kinds.indexOf('datatype')];
    const dt = dtSyn?.k === 'handle' ? this.handleIndex(dtSyn.ref, 'datatype') : -1;
    const operands = ins.operands.map((o, i): Operand => {
      const kind = kinds[i]!;
      if (kind === 'datatype') return dt;
      return this.operand(o, kind === 'field' ? 'field' : 'variant', dt, f);
    });
    return [ins.op, ...operands];
  }

  private operand(o: OperandSyn, member: 'field' | 'variant', dt: number, f: FunctionSyn): Operand {
    switch (o.k) {
      case 'number':
      case 'bigint':
        return o.value;
      case 'target':
        return this.target(o.target, f);
      case 'member':
        return this.member(o.ref, member, dt);
      case 'const':
        return this.constant(o);
      case 'handle':
        return this.handleIndex(o.ref, 'function');
      case 'types':
        return this.types(o.types);
      case 'type':
        return this.type(o.type);
      case 'table':
        return o.entries.map((e, i) => {
          const v = this.member(e.label, 'variant', dt);
          if (v !== i) this.error(e.label.at, `jump table entry ${i} is labelled with variant ${v}: list one target per variant, in declaration order`);
          return this.target(e.target, f);
        });
    }
  }

  private member(ref: MemberRefSyn, kind: 'field' | 'variant', dt: number): number {
    if ('index' in ref) return ref.index;
    const found = kind === 'field' ? this.sym.findField(dt, ref.name) : this.sym.findVariant(dt, ref.name);
    if (found.length === 1) return found[0]!;
    const owner = this.sym.datatypeRef(dt);
    const def = kind === 'field' ? this.sym.structOf(dt) : this.sym.enumOf(dt);
    if (def === undefined) this.error(ref.at, `${owner} has no ${kind === 'field' ? 'struct' : 'enum'} definition in this module to look ${kind} ${nameText(ref.name)} up in; write ${kind}#N`);
    else if (found.length === 0) this.error(ref.at, `${owner} has no ${kind} ${nameText(ref.name)}`);
    else this.error(ref.at, `${kind} ${nameText(ref.name)} of ${owner} is ambiguous: it is ${candidates(kind, found)}`);
    return 0;
  }

  private constant(o: Extract<OperandSyn, { k: 'const' }>): number {
    const consts = this.tables.constants;
    if (o.index !== undefined) {
      const c = consts[o.index];
      if (o.name !== undefined && c?.name !== o.name) this.error(o.at, c ? `constant [${o.index}] is ${nameText(c.name)}, not ${nameText(o.name)}` : `there is no constant [${o.index}]; write ?const#${o.index} for an index out of range`);
      return o.index;
    }
    const found = this.sym.findConstant(o.name!);
    if (found.length === 1) return found[0]!;
    this.error(o.at, found.length === 0 ? `unknown constant ${nameText(o.name!)}` : `constant ${nameText(o.name!)} is ambiguous: it is ${candidates('const', found)}; write [i] NAME`);
    return 0;
  }

  private target(t: TargetSyn, f: FunctionSyn): number {
    if (t.raw) {
      if (t.value < f.code.length) this.error(t.at, `offset ${t.value} is marked past the end, but the function has ${f.code.length} instructions; jump to a label instead`);
      return t.value;
    }
    const i = f.labels.get(t.value);
    if (i === undefined) {
      this.error(t.at, `no instruction is labelled ${t.value}; write \`${t.value} (past the end)\` for an offset outside the function`);
      return 0;
    }
    return i;
  }
}

type StructSynHead = ListingSyn['structs'][number]['head'];
