// Object rules in function bodies: typed modules in, E08007..E08010 out.
//  - `transfer::{transfer, share_object, freeze_object, receive}` and `event::emit` only for
//    types declared in the calling module (Sui's private-transfer rule);
//  - `init` is never called, and the one-time witness never packed, outside test code (Sui lets
//    `#[test_only]` helpers do both: the usual `init_for_testing`);
//  - a `key` struct is packed with a fresh UID, not one unpacked from another object.
// The framework's own modules are exempt, as in Sui.

import { Reporter, type Diagnostic } from '../diagnostics/diagnostic.js';
import type { ModuleEntry, ResolvedNames } from '../names/index.js';
import { moduleKey } from '../names/module-table.js';
import type { Binding, DatatypeRef } from '../names/resolve-values.js';
import type * as A from '../parser/ast.js';
import { forEachChild, type Expansions } from '../parser/walk.js';
import type { TypedProgram } from '../typing/check.js';
import { showType, type Ty } from '../typing/types.js';

const TRANSFER = moduleKey(2n, 'transfer');
const EVENT = moduleKey(2n, 'event');
const PRIVATE_TRANSFER = new Set(['transfer', 'share_object', 'freeze_object', 'receive', 'party_transfer']);
const UID_MODULE = moduleKey(2n, 'object');

export function checkObjectRules(names: ResolvedNames, typed: TypedProgram): { diagnostics: Diagnostic[] } {
  const reporter = new Reporter();
  for (const module of names.table.modules.values()) {
    if (module.unit.package.bundled) continue;
    const visitor = new BodyVisitor(names, typed, module, reporter);
    for (const f of module.functions.values()) if (f.body && !f.isMacro) visitor.fn(f);
  }
  return { diagnostics: reporter.diagnostics };
}

/** A struct named after its module in upper case, with only `drop`: a one-time witness. */
export function isOneTimeWitness(module: ModuleEntry, d: A.StructDecl | A.EnumDecl): boolean {
  return d.kind === 'Struct' && d.name.name === module.name.toUpperCase() && d.abilities.length === 1 && d.abilities[0]!.name === 'drop';
}

class BodyVisitor {
  /** Locals holding a UID taken out of an object by unpacking. */
  private stale = new Set<Binding>();
  /** Test code may call `init` and pack the one-time witness, as Sui allows. */
  private testCode = false;

  constructor(
    private readonly names: ResolvedNames,
    private readonly typed: TypedProgram,
    private readonly module: ModuleEntry,
    private readonly reporter: Reporter,
  ) {}

  fn(f: A.FunctionDecl): void {
    this.stale = new Set();
    // A UID received as a parameter belongs to some other object: not fresh either.
    for (const p of f.params) {
      const b = this.names.values.bindings.get(p);
      const t = b && this.typed.locals.get(b);
      if (b && t?.k === 'datatype' && t.module === UID_MODULE && t.name === 'UID') this.stale.add(b);
    }
    const testAttr = (attrs: readonly A.Attribute[]) => attrs.some((a) => a.name.name === 'test_only' || a.name.name === 'test' || a.name.name === 'random_test');
    this.testCode = testAttr(f.attributes) || testAttr(this.module.decl.attributes);
    walk(f.body!, (e) => this.expr(e), (p) => this.pattern(p), this.typed.expansions);
  }

  private pattern(p: A.Pattern): void {
    if (p.kind !== 'Unpack' || p.fields?.kind !== 'Named') return;
    const d = this.names.values.packs.get(p);
    if (!d || !d.decl.abilities.some((a) => a.name === 'key')) return;
    for (const f of p.fields.fields) {
      if (f.name.name !== 'id' || f.pattern.kind !== 'Bind') continue;
      const b = this.names.values.bindings.get(f.pattern);
      if (b) this.stale.add(b);
    }
  }

  private expr(e: A.Expr): void {
    if (e.kind === 'Call') {
      const target = this.names.values.calls.get(e);
      if (target?.kind === 'function') this.call(e, target.module, target.decl);
      if (target?.kind === 'pack') this.packed(e, target.datatype, undefined);
    } else if (e.kind === 'Pack') {
      const d = this.names.values.packs.get(e);
      if (d) this.packed(e, d, e.fields.find((f) => f.name.name === 'id')?.value);
    }
  }

  private call(e: A.CallExpr, module: string, decl: A.FunctionDecl): void {
    if (decl.name.name === 'init' && decl.visibility === 'private' && !decl.isEntry && !this.testCode) {
      this.reporter.add('E08008', e.span, { message: '`init` cannot be called', label: 'it runs once, at publish', secondary: [{ span: decl.name.span, message: 'declared here' }] });
      return;
    }
    const name = decl.name.name;
    const isPrivateOp = (module === TRANSFER && PRIVATE_TRANSFER.has(name)) || (module === EVENT && name === 'emit');
    if (!isPrivateOp) return;
    const subject: Ty | undefined = name === 'receive' ? this.typed.exprTypes.get(e) : e.args[0] ? this.typed.exprTypes.get(e.args[0]) : undefined;
    if (!subject || subject.k === 'error' || subject.k === 'var' || subject.k === 'param') return;
    if (subject.k === 'datatype' && subject.module === this.module.key) return;
    const op = module === EVENT ? 'event::emit' : `transfer::${name}`;
    this.reporter.add('E08007', e.span, {
      message: `\`${op}\` of \`${showType(subject)}\`, which is not declared in this module`,
      label: module === EVENT ? 'events must be types of the emitting module' : 'only the declaring module may do this',
      notes: module === EVENT || subject.k !== 'datatype' ? [] : [`if \`${subject.name}\` has \`store\`, use \`transfer::public_${name}\``],
    });
  }

  private packed(e: A.Expr, d: DatatypeRef, idValue: A.Expr | undefined): void {
    if (d.kind !== 'struct') return;
    if (isOneTimeWitness(this.names.table.modules.get(d.module)!, d.decl)) {
      if (this.testCode) return;
      this.reporter.add('E08009', e.span, { message: `the one-time witness \`${d.decl.name.name}\` cannot be packed`, label: 'only the runtime creates it, for `init`', notes: ['in tests, use `sui::test_utils::create_one_time_witness`'] });
      return;
    }
    if (!idValue || !d.decl.abilities.some((a) => a.name === 'key')) return;
    const t = this.typed.exprTypes.get(idValue);
    if (idValue.kind === 'Name' && t?.k === 'datatype' && t.module === UID_MODULE) {
      const target = this.names.values.names.get(idValue);
      if (target?.kind === 'local' && this.stale.has(target.binding)) {
        this.reporter.add('E08010', idValue.span, {
          message: `\`${d.decl.name.name}\` is packed with a UID that is not fresh`,
          label: 'not a fresh UID',
          secondary: [{ span: target.binding.span, message: target.binding.kind === 'param' ? 'received as a parameter' : 'unpacked here' }],
          notes: ['create a new one with `object::new(ctx)` and delete the old one with `object::delete`'],
        });
      }
    }
  }
}

/**
 * Visits every expression of a body, outermost first, and the patterns of its `let`s and match
 * arms (a block's `let` patterns before its expressions: a binding cannot be used earlier).
 */
function walk(e: A.Expr, onExpr: (e: A.Expr) => void, onPattern: (p: A.Pattern) => void, expansions: Expansions): void {
  const pat = (p: A.Pattern): void => {
    onPattern(p);
    if (p.kind === 'Unpack') {
      if (p.fields?.kind === 'Named') for (const f of p.fields.fields) pat(f.pattern);
      else if (p.fields?.kind === 'Positional') for (const x of p.fields.elements) pat(x);
    } else if (p.kind === 'Tuple') for (const x of p.elements) pat(x);
    else if (p.kind === 'Or') for (const x of p.alternatives) pat(x);
    else if (p.kind === 'At') pat(p.pattern);
  };
  const go = (x: A.Expr): void => {
    onExpr(x);
    if (x.kind === 'Block') for (const s of x.statements) if (s.kind === 'Let') pat(s.pattern);
    if (x.kind === 'Match') for (const a of x.arms) pat(a.pattern);
    forEachChild(x, go, expansions);
  };
  go(e);
}
