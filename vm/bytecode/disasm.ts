// The disassembler: a CompiledModule in, a readable listing out, in the spirit of Move's
// disassembler: header, dependencies, friends, handle tables, datatypes, constants, then each
// function with its signature, locals and code, one instruction per line with its offset,
// symbolic operands and source span.
//
// The listing holds every fact of the module, so `deed asm` (asm.ts) turns it back into the same
// bytes: table order, handles nothing uses, the full line table (`// 7:5-7:20`; omitted when all
// four numbers are 0), metadata. vm/bytecode/asm/symbols.ts decides how each reference is
// written: by name when the name picks out exactly one index, else as `datatype#3`.
//
// It prints modules that were decoded but not verified, so every index is looked up defensively:
// a dangling index prints as `?kind#index` instead of throwing.

import { Ability, PRIM_TYPES, type CompiledModule, type ConstValue, type DatatypeHandle, type EnumDef, type FieldDef, type FunctionDef, type FunctionHandle, type SigType, type StructDef, type TypeParam } from './module.js';
import { OPCODES, opcodeName, type Instr, type Operand, type OperandKind } from './opcodes.js';
import { ListingSymbols, indexRef, moduleIdText, nameText, quote, shortAddress } from './asm/symbols.js';

/** Column where an instruction's `// line` comment starts, so the comments line up. */
const COMMENT_COLUMN = 56;

export function disassemble(m: CompiledModule): string {
  return new Disassembler(m).render();
}

const ABILITY_NAMES = Object.keys(Ability) as Array<keyof typeof Ability>;

export function abilitiesText(bits: number): string {
  return ABILITY_NAMES.filter((a) => (bits & Ability[a]) !== 0).join(', ');
}

export function constraintText(bits: number): string {
  return ABILITY_NAMES.filter((a) => (bits & Ability[a]) !== 0).join(' + ');
}

export function visibilityText(v: FunctionDef['visibility']): string {
  switch (v) {
    case 'public':
      return 'public ';
    case 'package':
      return 'public(package) ';
    case 'friend':
      return 'public(friend) ';
    default:
      return '';
  }
}

function hex(bytes: Uint8Array): string {
  let out = '';
  for (const b of bytes) out += b.toString(16).padStart(2, '0');
  return out;
}

export function constText(v: ConstValue): string {
  if (v instanceof Uint8Array) return `x"${hex(v)}"`;
  if (Array.isArray(v)) return `vector[${v.map(constText).join(', ')}]`;
  if (typeof v === 'string') return `@${shortAddress(v)}`;
  return String(v);
}

/**
 * Attribute values are literal text, printed bare when simple and quoted otherwise. Bare `true`
 * and `false` are the booleans (a bare key is `true`), so those strings are always quoted.
 */
const BARE_ATTRIBUTE_VALUE = /^[A-Za-z0-9_@.:]+$/;

export function attributeValueText(v: string | boolean): string {
  if (typeof v === 'boolean') return String(v);
  return BARE_ATTRIBUTE_VALUE.test(v) && v !== 'true' && v !== 'false' ? v : quote(v);
}

/** `pos0, pos1, ...`: positional fields are printed without names only when named so. */
function canonicalPositional(fields: readonly FieldDef[]): boolean {
  return fields.every((f, i) => f.name === `pos${i}`);
}

class Disassembler {
  private readonly out: string[] = [];
  private readonly sym: ListingSymbols;
  private readonly ownedDatatypes: Set<number>;
  private readonly ownedFunctions: Set<number>;

  constructor(private readonly m: CompiledModule) {
    this.sym = new ListingSymbols(m);
    this.ownedDatatypes = this.sym.ownedDatatypes();
    this.ownedFunctions = this.sym.ownedFunctions(m.functions.map((f) => f.handle));
  }

  render(): string {
    const m = this.m;
    const self = m.moduleHandles[0];
    this.out.push(`// Deed bytecode, format version ${m.version}`);
    this.out.push(`module ${self ? moduleIdText(self) : '?'} {`);
    if (m.metadata.sourceFile) this.out.push(`    source ${quote(m.metadata.sourceFile)};`);
    this.section(m.moduleHandles.slice(1).map((id) => `use ${moduleIdText(id)};`));
    this.section(m.friends.map((id) => `friend ${moduleIdText(id)};`));
    this.handles();
    for (const s of m.structs) this.struct(s);
    for (const e of m.enums) this.enumDef(e);
    this.section(m.constants.map((c, i) => `const [${i}] ${nameText(c.name)}: ${this.type(c.type)} = ${constText(c.value)};`));
    this.section(m.identifiers.map((name, i) => `identifier [${i}] ${nameText(name)};`));
    m.functions.forEach((f) => this.fun(f));
    this.sharing();
    this.out.push('}', '');
    return this.out.join('\n');
  }

  private section(lines: string[]): void {
    if (lines.length === 0) return;
    this.out.push('', ...lines.map((l) => `    ${l}`));
  }

  /**
   * The handle tables in index order. A handle declared by a definition of this module shows
   * just its name; the definition below carries its abilities and signature.
   */
  private handles(): void {
    const { datatypeHandles, functionHandles } = this.m;
    if (datatypeHandles.length === 0 && functionHandles.length === 0) return;
    this.section([
      '// handles, in table order (a bare name is defined below)',
      ...datatypeHandles.map((d, i) => `datatype [${i}] ${this.ownedDatatypes.has(i) ? nameText(d.name) : this.datatypeDecl(d)};`),
      ...functionHandles.map((f, i) => `function [${i}] ${this.ownedFunctions.has(i) ? nameText(f.name) : this.functionDecl(f)};`),
    ]);
  }

  private datatypeDecl(d: DatatypeHandle): string {
    const abilities = abilitiesText(d.abilities);
    return `${this.sym.moduleRef(d.module)}::${nameText(d.name)}${this.typeParamList(d.typeParams)}${abilities ? ` has ${abilities}` : ''}`;
  }

  private functionDecl(f: FunctionHandle): string {
    return `${this.sym.moduleRef(f.module)}::${nameText(f.name)}${this.constraintList(f.typeParams)}(${f.params.map((t) => this.type(t)).join(', ')})${this.returnsText(f.returns)}`;
  }

  private returnsText(returns: readonly SigType[]): string {
    if (returns.length === 0) return '';
    return returns.length === 1 ? `: ${this.type(returns[0]!)}` : `: (${returns.map((t) => this.type(t)).join(', ')})`;
  }

  private typeArgs(ts: readonly SigType[]): string {
    return ts.length === 0 ? '' : `<${ts.map((t) => this.type(t)).join(', ')}>`;
  }

  /** A SigType as Move source; type parameters print as T0, T1, ... as in their declarations. */
  type(t: SigType): string {
    if (typeof t === 'string') return (PRIM_TYPES as readonly string[]).includes(t) ? t : `?type(${String(t)})`;
    if (!Array.isArray(t)) return '?type';
    switch (t[0]) {
      case 'vector':
        return `vector<${this.type(t[1])}>`;
      case 'ref':
        return `&${this.type(t[1])}`;
      case 'mut':
        return `&mut ${this.type(t[1])}`;
      case 'param':
        return `T${t[1]}`;
      case 'datatype':
        return this.sym.datatypeRef(t[1]) + this.typeArgs(t[2]);
      default:
        return `?type(${String((t as readonly unknown[])[0])})`;
    }
  }

  private typeParamList(params: readonly TypeParam[]): string {
    if (params.length === 0) return '';
    const text = params.map((p, i) => `${p.phantom ? 'phantom ' : ''}T${i}${p.constraints ? `: ${constraintText(p.constraints)}` : ''}`);
    return `<${text.join(', ')}>`;
  }

  private constraintList(params: readonly number[]): string {
    return params.length === 0 ? '' : `<${params.map((c, i) => `T${i}${c ? `: ${constraintText(c)}` : ''}`).join(', ')}>`;
  }

  /**
   * `Name<T0: drop>` and ` has copy, drop` of a definition that declares its handle; else the
   * handle's index (its declaration is in the handle table).
   */
  private datatypeHead(handle: number): [string, string] {
    const d = this.m.datatypeHandles[handle];
    if (!d || !this.ownedDatatypes.has(handle)) return [indexRef('datatype', handle, d !== undefined), ''];
    const abilities = abilitiesText(d.abilities);
    return [`${nameText(d.name)}${this.typeParamList(d.typeParams)}`, abilities ? ` has ${abilities}` : ''];
  }

  /** `(u64, T0)`, or `(a: u64)` when positional fields are not named `pos0, pos1, ...`. */
  private positionalFields(fields: readonly FieldDef[]): string {
    const named = !canonicalPositional(fields);
    return `(${fields.map((f) => (named ? `${nameText(f.name)}: ` : '') + this.type(f.type)).join(', ')})`;
  }

  private struct(s: StructDef): void {
    const [name, has] = this.datatypeHead(s.handle);
    // The abilities come last in a positional declaration, as Move writes it.
    if (s.positional) this.section([`struct ${name}${this.positionalFields(s.fields)}${has};`]);
    else if (s.fields.length === 0) this.section([`struct ${name}${has} {}`]);
    else this.section([`struct ${name}${has} {`, ...s.fields.map((f) => `    ${nameText(f.name)}: ${this.type(f.type)},`), '}']);
  }

  private enumDef(e: EnumDef): void {
    const variants = e.variants.map((v) => {
      const name = nameText(v.name);
      if (v.positional) return `    ${name}${this.positionalFields(v.fields)},`;
      if (v.fields.length === 0) return `    ${name},`;
      return `    ${name} { ${v.fields.map((f) => `${nameText(f.name)}: ${this.type(f.type)}`).join(', ')} },`;
    });
    const [name, has] = this.datatypeHead(e.handle);
    this.section([`enum ${name}${has} {`, ...variants, '}']);
  }

  private fun(f: FunctionDef): void {
    const h = this.m.functionHandles[f.handle];
    const lines: string[] = [];
    for (const a of f.attributes) {
      const args = a.args.map(([k, v]) => (v === true ? nameText(k) : `${nameText(k)} = ${attributeValueText(v)}`));
      lines.push(`#[${nameText(a.name)}${args.length ? `(${args.join(', ')})` : ''}]`);
    }
    let signature: string;
    if (h && this.ownedFunctions.has(f.handle)) {
      const params = h.params.map((t, i) => `loc${i}: ${this.type(t)}`).join(', ');
      signature = `${nameText(h.name)}${this.constraintList(h.typeParams)}(${params})${this.returnsText(h.returns)}`;
    } else signature = indexRef('function', f.handle, h !== undefined);
    const head = `${visibilityText(f.visibility)}${f.entry ? 'entry ' : ''}${f.native ? 'native ' : ''}fun ${signature}`;
    // A native has no body, unless a hand-made module gave it one anyway.
    if (f.native && f.code.length === 0 && f.locals.length === 0) {
      this.section([...lines, `${head};`]);
      return;
    }
    lines.push(`${head} {`);
    const first = h?.params.length ?? 0;
    if (f.locals.length > 0) lines.push('    locals:', ...f.locals.map((t, i) => `        loc${first + i}: ${this.type(t)}`));
    const width = String(Math.max(0, f.code.length - 1)).length;
    f.code.forEach((ins, i) => {
      const text = `    ${String(i).padStart(width)}: ${this.instr(ins, f)}`;
      const span = spanText(f.lines, i);
      lines.push(span ? `${text.padEnd(COMMENT_COLUMN)} // ${span}` : text);
    });
    lines.push('}');
    this.section(lines);
  }

  /** One instruction, operands shown by name; `Unknown(n)` for an opcode outside the table. */
  instr(ins: Instr, f?: FunctionDef): string {
    const info = OPCODES[ins[0]];
    if (!info) return `${opcodeName(ins[0])}${ins.length > 1 ? ` ${ins.slice(1).map(String).join(' ')}` : ''}`;
    const ops = ins.slice(1);
    const at = (k: OperandKind): Operand | undefined => {
      const i = info.operands.indexOf(k);
      return i < 0 ? undefined : ops[i];
    };
    const text = this.operandsText(info.operands, ops, at, f);
    return text ? `${info.name} ${text}` : info.name;
  }

  private operandsText(kinds: readonly OperandKind[], ops: readonly Operand[], at: (k: OperandKind) => Operand | undefined, f?: FunctionDef): string {
    const types = (at('types') ?? []) as readonly SigType[];
    const dt = at('datatype') as number | undefined;
    // Datatype operations name the instance and then the field or variant they touch.
    if (dt !== undefined) {
      const inst = this.sym.datatypeRef(dt) + this.typeArgs(types);
      const field = at('field') as number | undefined;
      if (field !== undefined) return `${inst}.${this.sym.fieldRef(dt, field)}`;
      const variant = at('variant') as number | undefined;
      if (variant !== undefined) return `${inst}::${this.sym.variantRef(dt, variant)}`;
      const offsets = at('offsets') as readonly number[] | undefined;
      if (offsets !== undefined) return `${inst} [${offsets.map((o, i) => `${this.sym.variantRef(dt, i)}: ${this.offset(o, f)}`).join(', ')}]`;
      return inst;
    }
    const fn = at('function') as number | undefined;
    if (fn !== undefined) return this.sym.functionRef(fn) + this.typeArgs(types);
    return kinds.map((k, i) => this.operand(k, ops[i], f)).join(', ');
  }

  /** A jump target; one outside the function is marked, as no instruction carries its label. */
  private offset(v: number, f?: FunctionDef): string {
    return f && v >= f.code.length ? `${v} (past the end)` : String(v);
  }

  private operand(kind: OperandKind, v: Operand | undefined, f?: FunctionDef): string {
    switch (kind) {
      case 'local':
        return `loc${String(v)}`;
      case 'const': {
        const c = this.m.constants[v as number];
        return c ? `[${String(v)}] ${nameText(c.name)}` : indexRef('const', v as number, false);
      }
      case 'offset':
        return typeof v === 'number' ? this.offset(v, f) : String(v);
      case 'type':
        return this.type(v as SigType);
      case 'types':
        return this.typeArgs(v as readonly SigType[]);
      default:
        return String(v);
    }
  }

  private sharing(): void {
    const { types, functions } = this.m.metadata.sharing;
    this.section([
      ...types.map((t) => `sharing type ${nameText(t.name)}: ${t.classification} ${quote(t.reason)};`),
      ...functions.map((f) => `sharing fun ${nameText(f.name)}: ${f.classification}${f.parameter !== undefined ? ` on ${nameText(f.parameter)}` : ''} ${quote(f.reason)};`),
    ]);
  }
}

/** `7:5-7:20` for instruction i, or '' when the compiler gave it no position (all zeros). */
function spanText(lines: readonly number[], i: number): string {
  const [l, c, el, ec] = [0, 1, 2, 3].map((k) => lines[4 * i + k] ?? 0) as [number, number, number, number];
  return l === 0 && c === 0 && el === 0 && ec === 0 ? '' : `${l}:${c}-${el}:${ec}`;
}
