// Code generation: the checked program (resolved names, types, macro expansions, the sharing
// report) in; one CompiledModule per module (vm/bytecode/module.ts) out. Macros are not
// emitted: every call of one was expanded into its caller.
//
// A bug here is an internal compiler error (E00001) on the function it hit, never a crash.

import { Reporter, type Diagnostic } from '../diagnostics/diagnostic.js';
import type { SourceMap } from '../diagnostics/source.js';
import type { ModuleEntry, ModuleKey, ResolvedNames } from '../names/index.js';
import { resolveAddress } from '../names/module-table.js';
import type * as A from '../parser/ast.js';
import type { SharingReport } from '../ownership/sharing.js';
import type { TypedProgram } from '../typing/check.js';
import { addressHex, type CompiledModule, type EnumDef, type FunctionAttribute, type FunctionDef, type ModuleId, type StructDef } from '../../vm/bytecode/module.js';
import { Assembler } from './assembler.js';
import { ConstantPool } from './constant-pool.js';
import { ConstantFolder } from './constants.js';
import { FunctionCompiler } from './function.js';
import { moveLastUses } from './liveness.js';
import { CodegenError, ModuleBuilder, typeParamIndex } from './module-builder.js';

export interface GenerateResult {
  modules: Map<ModuleKey, CompiledModule>;
  diagnostics: Diagnostic[];
}

export function generateModules(names: ResolvedNames, typed: TypedProgram, sharing: SharingReport | undefined, sources: SourceMap, which: (m: ModuleEntry) => boolean = () => true): GenerateResult {
  const reporter = new Reporter();
  const folder = new ConstantFolder(names, typed, reporter);
  const modules = new Map<ModuleKey, CompiledModule>();
  for (const entry of names.table.modules.values()) {
    if (!which(entry)) continue;
    const m = generateModule(entry, names, typed, sharing, sources, folder, reporter);
    if (m) modules.set(entry.key, m);
  }
  return { modules, diagnostics: reporter.diagnostics };
}

function generateModule(entry: ModuleEntry, names: ResolvedNames, typed: TypedProgram, sharing: SharingReport | undefined, sources: SourceMap, folder: ConstantFolder, reporter: Reporter): CompiledModule | undefined {
  const mb = new ModuleBuilder(names, entry);
  const pool = new ConstantPool(mb, folder, sources);
  if (!pool.declareAll(entry)) return undefined;

  const structs: StructDef[] = [];
  const enums: EnumDef[] = [];
  for (const decl of entry.datatypes.values()) {
    const handle = mb.datatype(entry.key, decl.name.name);
    const tps = typeParamIndex(decl.typeParams);
    const fields = (f: A.DatatypeFields | undefined) =>
      !f ? [] : f.kind === 'Named' ? f.fields.map((x) => ({ name: x.name.name, type: mb.sig(mb.astType(x.type), tps) })) : f.types.map((t, i) => ({ name: `pos${i}`, type: mb.sig(mb.astType(t), tps) }));
    if (decl.kind === 'Struct') structs.push({ handle, fields: fields(decl.fields), positional: decl.fields?.kind === 'Positional' });
    else enums.push({ handle, variants: decl.variants.map((v) => ({ name: v.name.name, fields: fields(v.fields), positional: v.fields?.kind === 'Positional' })) });
  }

  const functions: FunctionDef[] = [];
  let failed = false;
  for (const fn of entry.functions.values()) {
    if (fn.isMacro) continue;
    const handle = mb.function(entry.key, fn);
    const def: FunctionDef = { handle, visibility: fn.visibility, entry: fn.isEntry, native: fn.isNative, locals: [], code: [], lines: [], attributes: fn.attributes.map(attribute) };
    if (fn.body && !fn.isNative) {
      try {
        const asm = new Assembler(sources, entry.unit.source.name);
        const fc = new FunctionCompiler(mb, names, typed, pool, entry, fn, asm);
        def.locals = fc.compile();
        const out = asm.finish();
        moveLastUses(out.code, fc.localCount, (i) => fc.lacksDrop(i));
        def.code = out.code;
        def.lines = out.lines;
      } catch (e) {
        if (!(e instanceof CodegenError)) throw e;
        reporter.add('E00001', fn.name.span, { message: `internal compiler error while generating \`${entry.display}::${fn.name.name}\`: ${e.message}`, label: 'in this function' });
        failed = true;
      }
    }
    functions.push(def);
  }
  if (failed) return undefined;

  const mine = (module: string) => module === entry.key;
  return {
    version: 1,
    moduleHandles: mb.moduleHandles,
    datatypeHandles: mb.datatypeHandles,
    functionHandles: mb.functionHandles,
    friends: friends(entry),
    structs,
    enums,
    functions,
    constants: pool.constants,
    identifiers: pool.identifiers,
    metadata: {
      sourceFile: entry.unit.source.name,
      sharing: {
        types: (sharing?.types ?? []).filter((t) => mine(t.module)).map((t) => ({ name: t.name, classification: t.classification, reason: t.reason })),
        functions: (sharing?.functions ?? []).filter((f) => mine(f.module)).map((f) => ({ name: f.name, classification: f.classification, reason: f.reason, ...(f.parameter ? { parameter: f.parameter } : {}) })),
      },
    },
  };
}

/** `friend a::m;` declarations as module ids (names resolution already checked them). */
function friends(entry: ModuleEntry): ModuleId[] {
  const out: ModuleId[] = [];
  const silent = new Reporter();
  for (const m of entry.decl.members) {
    if (m.kind !== 'Friend') continue;
    const path = m.module;
    const last = path.names[path.names.length - 1];
    if (!last) continue;
    let address: bigint | undefined;
    if (path.address) address = resolveAddress(path.address, entry.unit.package, silent);
    else if (path.names.length === 2) address = resolveAddress(path.names[0]!, entry.unit.package, silent);
    else address = entry.address;
    if (address !== undefined) out.push({ address: addressHex(address), name: last.name });
  }
  return out;
}

function attribute(a: A.Attribute): FunctionAttribute {
  const args: Array<[string, string | boolean]> = (a.args ?? []).map((x) => [x.name.name, x.value ? attributeText(x.value) : true]);
  if (a.value) args.push(['value', attributeText(a.value)]);
  return { name: a.name.name, args };
}

function attributeText(v: A.AttributeValue): string {
  if (v.kind === 'Path') {
    const a = v.path.address;
    const head = a ? [`0x${a.value.toString(16)}`] : [];
    return [...head, ...v.path.names.map((n) => n.name)].join('::');
  }
  const l = v.value;
  switch (l.kind) {
    case 'Number':
      return l.value.toString();
    case 'Bool':
      return String(l.value);
    case 'Address':
      return 'value' in l.value ? `@0x${l.value.value.toString(16)}` : `@${l.value.name}`;
    case 'ByteString':
      return `x"${l.bytes.map((b) => b.toString(16).padStart(2, '0')).join('')}"`;
  }
}
