// Type inference state for one function body: inference variables in, their solutions out.
// Variables are solved by unification; a variable created for an integer literal only accepts
// integer types and defaults to u64 when nothing else decides it (as in Move).

import { ERROR, isInteger, U64, type Ty } from './types.js';

interface VarState {
  solution?: Ty;
  /** Created for an integer literal: only an integer type may solve it. */
  integer: boolean;
}

export type UnifyFailure = { expected: Ty; actual: Ty };

export class Inference {
  private readonly vars: VarState[] = [];

  fresh(integer = false): Ty {
    this.vars.push({ integer });
    return { k: 'var', id: this.vars.length - 1 };
  }

  /** The type with every solved variable replaced (shallowly at the top, deeply below). */
  resolve(t: Ty): Ty {
    switch (t.k) {
      case 'var': {
        const s = this.vars[t.id]!.solution;
        return s ? this.resolve(s) : t;
      }
      case 'vector':
        return { k: 'vector', elem: this.resolve(t.elem) };
      case 'datatype':
        return t.args.length === 0 ? t : { ...t, args: t.args.map((a) => this.resolve(a)) };
      case 'ref':
        return { k: 'ref', mut: t.mut, inner: this.resolve(t.inner) };
      case 'tuple':
        return { k: 'tuple', elems: t.elems.map((e) => this.resolve(e)) };
      case 'fun':
        return { k: 'fun', params: t.params.map((p) => this.resolve(p)), result: this.resolve(t.result) };
      default:
        return t;
    }
  }

  /** Follows solved variables at the top only. */
  head(t: Ty): Ty {
    while (t.k === 'var') {
      const s = this.vars[t.id]!.solution;
      if (!s) return t;
      t = s;
    }
    return t;
  }

  isIntegerVar(t: Ty): boolean {
    const h = this.head(t);
    return h.k === 'var' && this.vars[h.id]!.integer;
  }

  /**
   * Makes `actual` and `expected` equal, solving variables. `&mut T` is accepted where `&T` is
   * expected when `coerce` is set (Move's freeze of mutable references at use sites).
   * Returns false when they cannot be equal.
   */
  unify(actual: Ty, expected: Ty, coerce = false): boolean {
    const a = this.head(actual);
    const e = this.head(expected);
    if (a.k === 'error' || e.k === 'error') {
      // Variables meeting an error take it, so they are not later reported as uninferred.
      this.poison(a);
      this.poison(e);
      return true;
    }
    if (a.k === 'var' || e.k === 'var') return this.bindVar(a, e);
    switch (e.k) {
      case 'prim':
        return a.k === 'prim' && a.name === e.name;
      case 'vector':
        return a.k === 'vector' && this.unify(a.elem, e.elem);
      case 'datatype':
        return a.k === 'datatype' && a.module === e.module && a.name === e.name && a.args.length === e.args.length && a.args.every((x, i) => this.unify(x, e.args[i]!));
      case 'param':
        return a.k === 'param' && a.name === e.name;
      case 'ref':
        if (a.k !== 'ref') return false;
        if (a.mut !== e.mut && !(coerce && a.mut && !e.mut)) return false;
        return this.unify(a.inner, e.inner);
      case 'tuple':
        return a.k === 'tuple' && a.elems.length === e.elems.length && a.elems.every((x, i) => this.unify(x, e.elems[i]!, coerce));
      case 'fun':
        return a.k === 'fun' && a.params.length === e.params.length && a.params.every((x, i) => this.unify(x, e.params[i]!)) && this.unify(a.result, e.result);
    }
  }

  /** Solves every unsolved variable inside `t` as `error`. */
  private poison(t: Ty): void {
    const h = this.head(t);
    switch (h.k) {
      case 'var':
        this.vars[h.id]!.solution = ERROR;
        break;
      case 'vector':
        this.poison(h.elem);
        break;
      case 'datatype':
        h.args.forEach((x) => this.poison(x));
        break;
      case 'ref':
        this.poison(h.inner);
        break;
      case 'tuple':
        h.elems.forEach((x) => this.poison(x));
        break;
      case 'fun':
        h.params.forEach((x) => this.poison(x));
        this.poison(h.result);
        break;
      default:
        break;
    }
  }

  private bindVar(a: Ty, e: Ty): boolean {
    if (a.k === 'var' && e.k === 'var') {
      if (a.id === e.id) return true;
      const va = this.vars[a.id]!;
      const ve = this.vars[e.id]!;
      // Keep the integer restriction on whichever variable survives.
      ve.integer = ve.integer || va.integer;
      va.solution = e;
      return true;
    }
    const [v, t] = a.k === 'var' ? [a, e] : [e as Ty & { k: 'var' }, a];
    const state = this.vars[(v as { id: number }).id]!;
    if (state.integer && !isInteger(t)) return false;
    if (this.occurs((v as { id: number }).id, t)) return false;
    state.solution = t;
    return true;
  }

  private occurs(id: number, t: Ty): boolean {
    const h = this.head(t);
    switch (h.k) {
      case 'var':
        return h.id === id;
      case 'vector':
        return this.occurs(id, h.elem);
      case 'datatype':
        return h.args.some((x) => this.occurs(id, x));
      case 'ref':
        return this.occurs(id, h.inner);
      case 'tuple':
        return h.elems.some((x) => this.occurs(id, x));
      case 'fun':
        return h.params.some((x) => this.occurs(id, x)) || this.occurs(id, h.result);
      default:
        return false;
    }
  }

  /** Integer literals nothing constrained become u64; returns the variables still unsolved. */
  finish(): number[] {
    const unsolved: number[] = [];
    this.vars.forEach((v, id) => {
      if (this.head({ k: 'var', id }).k !== 'var') return;
      if (v.integer) this.unify({ k: 'var', id }, U64);
      else unsolved.push(id);
    });
    return unsolved;
  }
}

