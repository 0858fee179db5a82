// The disassembler: a CompiledModule in, a readable listing out, in the spirit of Move's
// disassembler: header, dependencies, friends, datatypes, constants, then each function with its
// signature, locals and code, one instruction per line with its offset, symbolic operands and
// source line.
//
// It prints modules that were decoded but not verified, so every index is looked up defensively:
// a dangling index prints as `?kind#index` instead of throwing.

import { Ability, PRIM_TYPES, showModuleId, type CompiledModule, type ConstValue, type FunctionDef, type ModuleId, type SigType, type StructDef, type EnumDef } from './module.js';
import { OPCODES, opcodeName, type Instr, type Operand, type OperandKind } from './opcodes.js';

/** Column where an instruction's `// line` comment starts, so the comments line up. */
const COMMENT_COLUMN = 56;

export function disassemble(m: CompiledModule): string {
  return new Disassembler(m).render();
}

export function abilitiesText(bits: number): string {
  return (Object.keys(Ability) as Array<keyof typeof Ability>).filter((a) => (bits & Ability[a]) !== 0).join(', ');
}

function constraintText(bits: number): string {
  return (Object.keys(Ability) as Array<keyof typeof Ability>).filter((a) => (bits & Ability[a]) !== 0).join(' + ');
}

function visibilityText(v: FunctionDef['visibility']): string {
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

/** Addresses as Sui prints them: `@0x2`, leading zeros dropped. */
function shortAddress(a: string): string {
  const short = a.replace(/^0x0*/, '');
  return `0x${short === '' ? '0' : short}`;
}

export function constText(v: ConstValue): string {
  if (v instanceof Uint8Array) return `x"${hex(v)}"`;
  if (Array.isArray(v)) return `vector[${v.map(constText).join(', ')}]`;
  if (typeof v === 'string') return `@${shortAddress(v)}`;
  return String(v);
}

class Disassembler {
  private readonly out: string[] = [];
  private readonly structByHandle = new Map<number, StructDef>();
  private readonly enumByHandle = new Map<number, EnumDef>();

  constructor(private readonly m: CompiledModule) {
    for (const s of m.structs) this.structByHandle.set(s.handle, s);
    for (const e of m.enums) this.enumByHandle.set(e.handle, e);
  }

  render(): string {
    const m = this.m;
    const self = m.moduleHandles[0];
    this.out.push(`// Deed bytecode, format version ${m.version}`);
    if (m.metadata.sourceFile) this.out.push(`// source: ${m.metadata.sourceFile}`);
    this.out.push(`module ${self ? showModuleId(self) : '?'} {`);
    this.section(m.moduleHandles.slice(1).map((id) => `use ${showModuleId(id)};`));
    this.section(m.friends.map((id) => `friend ${showModuleId(id)};`));
    for (const s of m.structs) this.struct(s);
    for (const e of m.enums) this.enumDef(e);
    this.section(m.constants.map((c, i) => `const [${i}] ${c.name}: ${this.type(c.type)} = ${constText(c.value)};`));
    this.section(m.identifiers.map((name, i) => `// identifier [${i}] ${name}`));
    m.functions.forEach((f) => this.fun(f));
    this.sharing();
    this.out.push('}', '');
    return this.out.join('\n');
  }

  private section(lines: string[]): void {
    if (lines.length === 0) return;
    this.out.push('', ...lines.map((l) => `    ${l}`));
  }

  private moduleName(index: number): string {
    const id: ModuleId | undefined = this.m.moduleHandles[index];
    return id ? showModuleId(id) : `?module#${index}`;
  }

  private datatypeName(h: number): string {
    const d = this.m.datatypeHandles[h];
    return d ? `${this.moduleName(d.module)}::${d.name}` : `?datatype#${h}`;
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
        return this.datatypeName(t[1]) + this.typeArgs(t[2]);
      default:
        return `?type(${String((t as readonly unknown[])[0])})`;
    }
  }

  private typeParamList(params: ReadonlyArray<{ constraints: number; phantom: boolean }>): string {
    if (params.length === 0) return '';
    const text = params.map((p, i) => `${p.phantom ? 'phantom ' : ''}T${i}${p.constraints ? `: ${constraintText(p.constraints)}` : ''}`);
    return `<${text.join(', ')}>`;
  }

  /** `Name<T0: drop>` and ` has copy, drop` of a datatype declaration. */
  private datatypeHeader(handle: number): [string, string] {
    const d = this.m.datatypeHandles[handle];
    if (!d) return [`?datatype#${handle}`, ''];
    const abilities = abilitiesText(d.abilities);
    return [`${d.name}${this.typeParamList(d.typeParams)}`, abilities ? ` has ${abilities}` : ''];
  }

  private struct(s: StructDef): void {
    const [name, has] = this.datatypeHeader(s.handle);
    if (s.positional) {
      this.section([`struct ${name}(${s.fields.map((f) => this.type(f.type)).join(', ')})${has};`]);
      return;
    }
    this.section([`struct ${name}${has} {`, ...s.fields.map((f) => `    ${f.name}: ${this.type(f.type)},`), '}']);
  }

  private enumDef(e: EnumDef): void {
    const variants = e.variants.map((v) => {
      if (v.fields.length === 0) return `    ${v.name},`;
      if (v.positional) return `    ${v.name}(${v.fields.map((f) => this.type(f.type)).join(', ')}),`;
      return `    ${v.name} { ${v.fields.map((f) => `${f.name}: ${this.type(f.type)}`).join(', ')} },`;
    });
    const [name, has] = this.datatypeHeader(e.handle);
    this.section([`enum ${name}${has} {`, ...variants, '}']);
  }

  private fun(f: FunctionDef): void {
    const h = this.m.functionHandles[f.handle];
    const lines: string[] = [];
    for (const a of f.attributes) {
      const args = a.args.map(([k, v]) => (v === true ? k : `${k} = ${String(v)}`));
      lines.push(`#[${a.name}${args.length ? `(${args.join(', ')})` : ''}]`);
    }
    const name = h ? h.name : `?function#${f.handle}`;
    const tps = h && h.typeParams.length ? `<${h.typeParams.map((c, i) => `T${i}${c ? `: ${constraintText(c)}` : ''}`).join(', ')}>` : '';
    const params = (h?.params ?? []).map((t, i) => `loc${i}: ${this.type(t)}`).join(', ');
    const returns = h?.returns ?? [];
    const ret = returns.length === 0 ? '' : returns.length === 1 ? `: ${this.type(returns[0]!)}` : `: (${returns.map((t) => this.type(t)).join(', ')})`;
    const head = `${visibilityText(f.visibility)}${f.entry ? 'entry ' : ''}${f.native ? 'native ' : ''}fun ${name}${tps}(${params})${ret}`;
    if (f.native) {
      this.section([...lines, `${head};`]);
      return;
    }
    lines.push(`${head} {`);
    const first = h?.params.length ?? 0;
    if (f.locals.length > 0) lines.push('    locals:', ...f.locals.map((t, i) => `        loc${first + i}: ${this.type(t)}`));
    const width = String(Math.max(0, f.code.length - 1)).length;
    f.code.forEach((ins, i) => {
      const text = `    ${String(i).padStart(width)}: ${this.instr(ins, f)}`;
      // Line 0 marks code the compiler made up (no source position).
      const line = f.lines[4 * i];
      lines.push(line ? `${text.padEnd(COMMENT_COLUMN)} // line ${line}` : text);
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
      const inst = this.datatypeName(dt) + this.typeArgs(types);
      const field = at('field') as number | undefined;
      if (field !== undefined) return `${inst}.${this.structByHandle.get(dt)?.fields[field]?.name ?? `?field#${field}`}`;
      const variant = at('variant') as number | undefined;
      if (variant !== undefined) return `${inst}::${this.variantName(dt, variant)}`;
      const offsets = at('offsets') as readonly number[] | undefined;
      if (offsets !== undefined) return `${inst} [${offsets.map((o, i) => `${this.variantName(dt, i)}: ${o}`).join(', ')}]`;
      return inst;
    }
    const fn = at('function') as number | undefined;
    if (fn !== undefined) {
      const h = this.m.functionHandles[fn];
      return h ? `${this.moduleName(h.module)}::${h.name}${this.typeArgs(types)}` : `?function#${fn}`;
    }
    return kinds.map((k, i) => this.operand(k, ops[i], f)).join(', ');
  }

  private variantName(dt: number, v: number): string {
    return this.enumByHandle.get(dt)?.variants[v]?.name ?? `?variant#${v}`;
  }

  private operand(kind: OperandKind, v: Operand | undefined, f?: FunctionDef): string {
    switch (kind) {
      case 'local':
        return `loc${String(v)}`;
      case 'const': {
        const c = this.m.constants[v as number];
        return c ? `[${String(v)}] ${c.name}` : `?const#${String(v)}`;
      }
      case 'offset':
        return f && typeof v === 'number' && v >= f.code.length ? `${v} (past the end)` : String(v);
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
    if (types.length === 0 && functions.length === 0) return;
    this.section([
      '// sharing analysis',
      ...types.map((t) => `//   type ${t.name}: ${t.classification} (${t.reason})`),
      ...functions.map((f) => `//   fun ${f.name}: ${f.classification}${f.parameter ? ` on ${f.parameter}` : ''} (${f.reason})`),
    ]);
  }
}
