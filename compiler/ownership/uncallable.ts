// Sui's `uncallable_function` lint (W10001): one module's resolved signatures in, warnings out.
// A function whose parameters no transaction can supply compiles, but Sui refuses every call
// of it when the transaction is submitted:
//
// - `Clock` and `Random` are shared system objects that transactions may only read: a
//   parameter taking one by `&mut` or by value.
// - A transaction supplies one `TxContext`: a `&mut TxContext` next to any other `TxContext`
//   parameter (two `&TxContext`s are fine), or a `TxContext` by value.
//
// Sui's own packages and test code are exempt, and `#[allow(lint(uncallable_function))]` on
// the function or module silences it. `init` is held to stricter rules (E08003) instead, and a
// `TxContext` by value in an `entry` function is already an error (E08005).

import type { Reporter } from '../diagnostics/diagnostic.js';
import { hasAttribute } from '../names/module-table.js';
import type * as A from '../parser/ast.js';
import type { Ty } from '../typing/types.js';
import { isDatatype, quote, type DeclContext } from './decl-context.js';
import { txContextKind } from './object-decls.js';

const LINT = 'uncallable_function';

export function checkUncallable(cx: DeclContext, reporter: Reporter): void {
  const mod = cx.entry.decl;
  if (cx.entry.unit.package.bundled || isTest(mod.attributes) || allowsLint(mod.attributes)) return;
  for (const f of cx.entry.functions.values()) {
    if (f.isNative || f.isMacro || f.name.name === 'init' || isTest(f.attributes) || allowsLint(f.attributes)) continue;
    checkTxContexts(cx, f, reporter);
    for (const p of f.params) {
      const ty = cx.ty(p.type);
      const system = readOnlySystemObject(ty);
      if (!system) continue;
      reporter.add('W10001', p.type.span, {
        message: `no transaction can call ${quote(f.name.name)}: ${quote(system)} must be taken by immutable reference`,
        label: `write \`&${system}\``,
        notes: [`the shared \`${system}\` object is read-only to transactions: Sui refuses any transaction that asks for it ${ty.k === 'ref' ? 'mutably' : 'by value'}`],
      });
    }
  }
}

function checkTxContexts(cx: DeclContext, f: A.FunctionDecl, reporter: Reporter): void {
  let first: { span: A.Span; mut: boolean } | undefined;
  for (const p of f.params) {
    const kind = txContextKind(cx, p.type);
    if (kind === 'none' || kind === 'unknown') continue;
    if (kind === 'value') {
      if (!f.isEntry) {
        reporter.add('W10001', p.type.span, {
          message: `no transaction can call ${quote(f.name.name)}: \`TxContext\` must be taken by reference`,
          label: 'write `&mut TxContext` or `&TxContext`',
        });
      }
      return;
    }
    if (!first) {
      first = { span: p.type.span, mut: kind === 'mut' };
      continue;
    }
    if (kind !== 'mut' && !first.mut) continue;
    reporter.add('W10001', p.type.span, {
      message: `no transaction can call ${quote(f.name.name)}: a \`&mut TxContext\` must be its only \`TxContext\` parameter`,
      label: 'a second `TxContext` parameter',
      secondary: [{ span: first.span, message: 'the first `TxContext` parameter' }],
      notes: ['a transaction supplies a single `TxContext`; take one `ctx: &mut TxContext` and use it for both'],
    });
    return;
  }
}

/** `Clock` or `Random` taken other than by immutable reference: its name. */
function readOnlySystemObject(t: Ty): string | undefined {
  if (t.k === 'ref' && !t.mut) return undefined;
  const inner = t.k === 'ref' ? t.inner : t;
  if (isDatatype(inner, 0x2n, 'clock', 'Clock')) return 'Clock';
  if (isDatatype(inner, 0x2n, 'random', 'Random')) return 'Random';
  return undefined;
}

function isTest(attrs: readonly A.Attribute[]): boolean {
  return hasAttribute(attrs, 'test') || hasAttribute(attrs, 'test_only') || hasAttribute(attrs, 'random_test');
}

/** `#[allow(lint(uncallable_function))]` (or `#[allow(all)]`). */
function allowsLint(attrs: readonly A.Attribute[]): boolean {
  return attrs.some((a) => a.name.name === 'allow' && a.args?.some((x) => x.name.name === 'all' || (x.name.name === 'lint' && x.args?.some((y) => y.name.name === LINT || y.name.name === 'all'))));
}
