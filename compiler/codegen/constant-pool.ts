// A module's constant table and identifier table as code generation fills them: declared
// constants first, in declaration order (so `#[error]` constants keep stable indices for clever
// abort codes), then the address and byte-string literals of the code, each once.

import type { Span, SourceMap } from '../diagnostics/source.js';
import type { ModuleEntry } from '../names/index.js';
import type * as A from '../parser/ast.js';
import type { Ty } from '../typing/types.js';
import type { ConstantDef, ConstValue } from '../../vm/bytecode/module.js';
import type { ConstantFolder } from './constants.js';
import { ice, type ModuleBuilder } from './module-builder.js';

export class ConstantPool {
  readonly constants: ConstantDef[] = [];
  readonly identifiers: string[] = [];
  private readonly declaredIndex = new Map<A.ConstantDecl, number>();
  private readonly literalIndex = new Map<string, number>();

  constructor(
    private readonly mb: ModuleBuilder,
    private readonly folder: ConstantFolder,
    private readonly sources: SourceMap,
  ) {}

  /** Adds every declared constant of the module; false if some value could not be computed. */
  declareAll(module: ModuleEntry): boolean {
    let ok = true;
    for (const decl of module.constants.values()) {
      const ty = this.mb.astType(decl.type);
      const value = this.folder.constant(module, decl, ty);
      if (value === undefined) {
        ok = false;
        continue;
      }
      this.declaredIndex.set(decl, this.constants.length);
      this.constants.push({ name: decl.name.name, type: this.mb.sig(ty, new Map()), value });
    }
    return ok;
  }

  declared(module: ModuleEntry, decl: A.ConstantDecl): number {
    if (module.key !== this.mb.entry.key) ice(`constant ${decl.name.name} of another module`);
    return this.declaredIndex.get(decl) ?? ice(`constant ${decl.name.name} has no value`);
  }

  literal(module: ModuleEntry, e: A.Expr, ty: Ty): number {
    const value = this.folder.literal(module, e, ty);
    const type = this.mb.sig(ty, new Map());
    const key = JSON.stringify([type, value], (_k, v: unknown) => (typeof v === 'bigint' ? `n${v}` : v instanceof Uint8Array ? Array.from(v) : v));
    let i = this.literalIndex.get(key);
    if (i === undefined) {
      i = this.constants.length;
      this.constants.push({ name: '', type, value: value as ConstValue });
      this.literalIndex.set(key, i);
    }
    return i;
  }

  identifier(name: string): number {
    let i = this.identifiers.indexOf(name);
    if (i < 0) {
      i = this.identifiers.length;
      this.identifiers.push(name);
    }
    return i;
  }

  line(span: Span): number {
    return this.sources.get(span.file)?.position(span.start).line ?? 0;
  }
}
