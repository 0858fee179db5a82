// The handle tables of one module being generated: semantic types and declarations in, indices
// into the module's handle tables and signature types (vm/bytecode/module.ts) out. A handle is
// made the first time code or a signature mentions its datatype or function, so a module lists
// exactly what it uses.

import type { ModuleEntry, ModuleKey, ResolvedNames } from '../names/index.js';
import type * as A from '../parser/ast.js';
import { fromAst, ERROR, type Ty } from '../typing/types.js';
import { Ability, addressHex, type DatatypeHandle, type FunctionHandle, type ModuleId, type SigType, type TypeParam } from '../../vm/bytecode/module.js';

export class CodegenError extends Error {}

/** Internal inconsistency in the typed program: a compiler bug, never a user error. */
export function ice(message: string): never {
  throw new CodegenError(message);
}

export function abilityBits(names: readonly A.Ident[]): number {
  let bits = 0;
  for (const n of names) bits |= Ability[n.name as keyof typeof Ability] ?? 0;
  return bits;
}

/** Maps a type parameter name to its index in the enclosing function or datatype. */
export type TypeParamIndex = ReadonlyMap<string, number>;

export function typeParamIndex(params: ReadonlyArray<{ name: A.Ident }>): TypeParamIndex {
  return new Map(params.map((p, i) => [p.name.name, i]));
}

export class ModuleBuilder {
  readonly moduleHandles: ModuleId[] = [];
  readonly datatypeHandles: DatatypeHandle[] = [];
  readonly functionHandles: FunctionHandle[] = [];
  private readonly moduleIndex = new Map<ModuleKey, number>();
  private readonly datatypeIndex = new Map<string, number>();
  private readonly functionIndex = new Map<string, number>();

  constructor(
    readonly names: ResolvedNames,
    readonly entry: ModuleEntry,
  ) {
    this.module(entry.key);
  }

  module(key: ModuleKey): number {
    let i = this.moduleIndex.get(key);
    if (i === undefined) {
      const m = this.names.table.modules.get(key) ?? ice(`unknown module ${key}`);
      i = this.moduleHandles.length;
      this.moduleHandles.push({ address: addressHex(m.address), name: m.name });
      this.moduleIndex.set(key, i);
    }
    return i;
  }

  datatype(module: ModuleKey, name: string): number {
    const key = `${module}::${name}`;
    let i = this.datatypeIndex.get(key);
    if (i !== undefined) return i;
    const decl = this.names.table.modules.get(module)?.datatypes.get(name) ?? ice(`unknown datatype ${key}`);
    const typeParams: TypeParam[] = decl.typeParams.map((p) => ({ constraints: abilityBits(p.constraints), phantom: p.isPhantom }));
    // Reserve the slot before converting anything that might refer back to this datatype.
    i = this.datatypeHandles.length;
    this.datatypeIndex.set(key, i);
    this.datatypeHandles.push({ module: this.module(module), name, abilities: abilityBits(decl.abilities), typeParams });
    return i;
  }

  function(module: ModuleKey, decl: A.FunctionDecl): number {
    const key = `${module}::${decl.name.name}`;
    let i = this.functionIndex.get(key);
    if (i !== undefined) return i;
    const tps = typeParamIndex(decl.typeParams);
    const handle: FunctionHandle = {
      module: this.module(module),
      name: decl.name.name,
      typeParams: decl.typeParams.map((p) => abilityBits(p.constraints)),
      params: decl.params.map((p) => this.sig(this.astType(p.type), tps)),
      returns: this.returns(decl, tps),
    };
    i = this.functionHandles.length;
    this.functionIndex.set(key, i);
    this.functionHandles.push(handle);
    return i;
  }

  returns(decl: A.FunctionDecl, tps: TypeParamIndex): SigType[] {
    if (!decl.returnType) return [];
    const t = this.astType(decl.returnType);
    return t.k === 'tuple' ? t.elems.map((e) => this.sig(e, tps)) : [this.sig(t, tps)];
  }

  astType(t: A.Type): Ty {
    return fromAst(t, this.names.types, () => ERROR);
  }

  /** A semantic type as a signature type; type parameters become indices. */
  sig(t: Ty, tps: TypeParamIndex): SigType {
    switch (t.k) {
      case 'prim':
        if (t.name === 'signer') ice('signer has no bytecode type');
        return t.name;
      case 'vector':
        return ['vector', this.sig(t.elem, tps)];
      case 'datatype':
        return ['datatype', this.datatype(t.module, t.name), t.args.map((a) => this.sig(a, tps))];
      case 'ref':
        return [t.mut ? 'mut' : 'ref', this.sig(t.inner, tps)];
      case 'param': {
        const i = tps.get(t.name);
        if (i === undefined) ice(`unbound type parameter ${t.name}`);
        return ['param', i];
      }
      default:
        return ice(`type ${t.k} has no bytecode form`);
    }
  }
}
