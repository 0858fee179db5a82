// What the declaration checks share: the resolved names of one module in; semantic types of
// written types, the abilities of a type under a set of type parameters, and an explanation of
// why a type lacks an ability (as labels pointing where the fix goes, and notes) out.

import type { Label } from '../diagnostics/diagnostic.js';
import type { ModuleEntry, ModuleTable, ResolvedNames } from '../names/index.js';
import { moduleKey } from '../names/module-table.js';
import type * as A from '../parser/ast.js';
import { abilitiesOf, fromAst, showType, type Ability, type Ty } from '../typing/types.js';

/** A type parameter as declared by a datatype or a function. */
export interface TypeParamDecl {
  name: A.Ident;
  constraints: A.Ident[];
  isPhantom?: boolean;
}

/** The type parameters in scope at a written type, and the abilities each counts as having. */
export interface ParamScope {
  decls: ReadonlyMap<string, TypeParamDecl>;
  abilities: ReadonlyMap<string, ReadonlySet<Ability>>;
}

export const NO_PARAMS: ParamScope = { decls: new Map(), abilities: new Map() };

/** Type parameters with their declared constraints as their abilities. */
export function paramScope(params: readonly TypeParamDecl[]): ParamScope {
  return {
    decls: new Map(params.map((p) => [p.name.name, p])),
    abilities: new Map(params.map((p) => [p.name.name, new Set(p.constraints.map((c) => c.name as Ability))])),
  };
}

export function quote(s: string): string {
  return `\`${s}\``;
}

/** `copy`, `copy` and `drop`, `copy`, `drop` and `store`. */
export function listAbilities(abilities: readonly string[]): string {
  const q = abilities.map(quote);
  return q.length <= 1 ? (q[0] ?? '') : `${q.slice(0, -1).join(', ')} and ${q[q.length - 1]}`;
}

const UNRESOLVED: Ty = { k: 'var', id: 0 };

export class DeclContext {
  readonly table: ModuleTable;

  constructor(
    readonly names: ResolvedNames,
    readonly entry: ModuleEntry,
  ) {
    this.table = names.table;
  }

  /** The Ty of a written type; `_` becomes an inference variable (which has every ability). */
  ty(t: A.Type): Ty {
    return fromAst(t, this.names.types, () => UNRESOLVED);
  }

  abilities(t: Ty, scope: ParamScope): Set<Ability> {
    return abilitiesOf(t, this.table, scope.abilities);
  }

  show(t: Ty): string {
    return showType(t, this.table);
  }

  datatypeDecl(t: Ty): A.StructDecl | A.EnumDecl | undefined {
    return t.k === 'datatype' ? this.table.modules.get(t.module)?.datatypes.get(t.name) : undefined;
  }

  /**
   * Why `t` lacks the `abilities` under `scope`: secondary labels (the declaration that lacks
   * one, or the type parameter that needs a constraint) and notes. Follows vectors and type
   * arguments down to the type that is the real cause.
   */
  whyLacks(t: Ty, abilities: readonly Ability[], scope: ParamScope): { secondary: Label[]; notes: string[] } {
    const secondary: Label[] = [];
    const notes: string[] = [];
    const label = (l: Label): void => {
      if (!secondary.some((s) => s.span.file === l.span.file && s.span.start === l.span.start)) secondary.push(l);
    };
    const note = (n: string): void => {
      if (!notes.includes(n)) notes.push(n);
    };
    const go = (ty: Ty, ability: Ability, depth: number): void => {
      if (depth > 8) return;
      switch (ty.k) {
        case 'prim':
          if (ability === 'key') note(`${quote(ty.name)} is a primitive type; only structs declared with \`key\` are objects`);
          else if (ty.name === 'signer') note('`signer` has only `drop`');
          return;
        case 'vector':
          if (ability === 'key') return note('`vector` never has `key`');
          note(`${quote(this.show(ty))} has ${quote(ability)} only if its element type ${quote(this.show(ty.elem))} has it`);
          return go(ty.elem, ability, depth + 1);
        case 'ref':
          return note('references have only `copy` and `drop`');
        case 'tuple':
        case 'fun':
          return note(`${quote(this.show(ty))} has no abilities`);
        case 'param': {
          const decl = scope.decls.get(ty.name);
          if (!decl) return;
          const have = scope.abilities.get(ty.name) ?? new Set<Ability>();
          const wanted = [...decl.constraints.map((c) => c.name), ...abilities.filter((a) => !have.has(a))];
          return label({ span: decl.name.span, message: `add the constraint here: \`${ty.name}: ${wanted.join(' + ')}\`` });
        }
        case 'datatype': {
          const decl = this.datatypeDecl(ty);
          if (!decl) return;
          const declared = decl.abilities.map((a) => a.name);
          if (!declared.includes(ability)) {
            const has = declared.length ? `declared with ${listAbilities(declared)} only` : 'declared without abilities';
            return label({ span: decl.name.span, message: `${quote(ty.name)} is ${has}` });
          }
          // Declared, so a non-phantom type argument lacks it (`key` needs `store` of the arguments).
          const needed: Ability = ability === 'key' ? 'store' : ability;
          for (let i = 0; i < decl.typeParams.length; i++) {
            const arg = ty.args[i];
            if (decl.typeParams[i]!.isPhantom || !arg || this.abilities(arg, scope).has(needed)) continue;
            note(`${quote(this.show(ty))} has ${quote(ability)} only if its type argument ${quote(this.show(arg))} has ${quote(needed)}`);
            return go(arg, needed, depth + 1);
          }
          return;
        }
        default:
          return;
      }
    };
    for (const a of abilities) go(t, a, 0);
    return { secondary, notes };
  }
}

/** Whether `t` is the datatype `address::module::name` (`0x2::object::UID`). */
export function isDatatype(t: Ty, address: bigint, module: string, name: string): boolean {
  return t.k === 'datatype' && t.module === moduleKey(address, module) && t.name === name;
}

/** The span of each field's type, with how messages name the field. */
export interface FieldView {
  /** `id`, or `0` for positional fields. */
  name: string;
  nameSpan: A.Span;
  type: A.Type;
}

export function fieldsOf(fields: A.DatatypeFields | undefined): FieldView[] {
  if (!fields) return [];
  if (fields.kind === 'Named') return fields.fields.map((f) => ({ name: f.name.name, nameSpan: f.name.span, type: f.type }));
  return fields.types.map((t, i) => ({ name: String(i), nameSpan: t.span, type: t }));
}
