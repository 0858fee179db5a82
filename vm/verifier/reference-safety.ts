// Check 8, reference safety (2700s). In: type- and locals-safe functions. Out: no reference
// dangles, and no memory is changed while another live reference relies on it.
//
// Spec: a forward dataflow analysis over loans. Every reference value (on the stack or in a
// local) holds its own loan: whether it is `&mut`, the places it may point into (see
// borrow-places.ts), and its ancestors, the loans it was derived from (CopyLoc of a reference
// derives a new loan from the copied one, like a re-borrow). Ancestors are frozen while a
// descendant lives. A memory access through loan x, at a path below x's places, is:
//   read  (ReadRef, ImmBorrowField, VecLen, VecImmBorrow, VariantSwitch, UnpackVariantImmRef,
//          FreezeRef, Eq/Neq, a `&` argument)
//   write (WriteRef, MutBorrowField, VecMutBorrow, VecPushBack/PopBack/Swap,
//          UnpackVariantMutRef, a `&mut` argument)
// and it is refused if another live loan y that is not an ancestor of x overlaps the accessed
// places and (the access writes, or y is `&mut`). Borrowing a local is refused if a live loan
// points into it and (the borrow is `&mut`, or that loan is). MoveLoc and StLoc of a borrowed
// local, and CopyLoc of a mutably borrowed one, are refused. Ret refuses references into
// locals, and returned `&mut` that overlap another returned reference. A call's reference
// results are derived from its reference arguments (`&mut` results from the `&mut` arguments
// only) and are disjoint from each other.
//
// A `&mut` passed where `&` is expected (call, Ret, StLoc, Eq) is frozen first: a read access.
// A reference held in a dead local (see liveness.ts) is released.
//
// Between blocks (the stack is empty there) the state is, per local holding a reference: its
// mutability, places, and which other locals hold its ancestors. The join unions places and
// intersects ancestors: both only add conflicts, and both are finite, so the fixpoint exists.

import type { SigType } from '../bytecode/module.js';
import { Op, type Instr } from '../bytecode/opcodes.js';
import {
  anyOverlap,
  ELEMENT,
  extend,
  fieldSel,
  isParamRoot,
  localRoot,
  paramRoot,
  placeKey,
  placesOverlap,
  resultSel,
  unionPlaces,
  variantSel,
  type Place,
  type Selector,
} from './borrow-places.js';
import type { FunctionView, ModuleContext } from './context.js';
import { runForward } from './dataflow.js';
import { fail } from './failure.js';
import { num, stackEffect } from './instr.js';
import { liveness } from './liveness.js';
import { VERIFICATION_STATUSES as V, type VerificationStatus } from './status.js';
import { isReference } from './types.js';

/** A reference held in a local at a block boundary. */
interface RefLocal {
  mut: boolean;
  places: readonly Place[];
  /** Locals whose references this one derives from. */
  ancestors: readonly number[];
}
type State = ReadonlyArray<RefLocal | undefined>;

interface Loan {
  id: number;
  mut: boolean;
  places: readonly Place[];
  ancestors: Set<number>;
}

export function checkReferenceSafety(cx: ModuleContext): void {
  for (const f of cx.functions()) if (!f.def.native) checkFunction(cx, f);
}

function checkFunction(cx: ModuleContext, f: FunctionView): void {
  const live = liveness(f);
  const n = f.localTypes.length;
  const entry: Array<RefLocal | undefined> = f.localTypes.map((t, i) =>
    i < f.paramCount && isReference(t) ? { mut: t[0] === 'mut', places: [{ root: paramRoot(i), path: [] }], ancestors: [] } : undefined,
  );
  runForward<State>(f.cfg, {
    entry,
    join: (a, b) =>
      a.map((x, i) => {
        const y = b[i];
        if (!x) return y;
        if (!y) return x;
        return { mut: x.mut || y.mut, places: unionPlaces(x.places, y.places), ancestors: x.ancestors.filter((j) => y.ancestors.includes(j)) };
      }),
    equal: (a, b) => a.every((x, i) => sameRefLocal(x, b[i])),
    transfer: (block, input) => {
      const sim = new BlockSimulation(cx, f, n);
      sim.enter(input, live.before[block.start]!);
      for (let offset = block.start; offset <= block.end; offset++) {
        sim.step(f.def.code[offset]!, offset);
        sim.release(live.after[offset]!);
      }
      return sim.exit();
    },
  });
}

function sameRefLocal(a: RefLocal | undefined, b: RefLocal | undefined): boolean {
  if (!a || !b) return a === b;
  return (
    a.mut === b.mut &&
    a.places.length === b.places.length &&
    a.places.every((p, i) => placeKey(p) === placeKey(b.places[i]!)) &&
    a.ancestors.length === b.ancestors.length &&
    a.ancestors.every((j) => b.ancestors.includes(j))
  );
}

class BlockSimulation {
  private readonly loans = new Map<number, Loan>();
  private readonly locals: Array<number | undefined>;
  /** A loan id for a reference, null for any other value. */
  private readonly stack: Array<number | null> = [];
  private nextId: number;
  private offset = 0;

  constructor(
    private readonly cx: ModuleContext,
    private readonly f: FunctionView,
    n: number,
  ) {
    this.locals = new Array<number | undefined>(n).fill(undefined);
    // Ids below n name the loans held by locals at block entry; fresh loans come after.
    this.nextId = n;
  }

  enter(state: State, liveIn: ReadonlySet<number>): void {
    state.forEach((r, i) => {
      if (!r || !liveIn.has(i)) return;
      this.loans.set(i, { id: i, mut: r.mut, places: r.places, ancestors: new Set(r.ancestors) });
      this.locals[i] = i;
    });
  }

  exit(): State {
    return this.locals.map((id) => {
      if (id === undefined) return undefined;
      const loan = this.loan(id);
      const ancestors: number[] = [];
      this.locals.forEach((other, j) => {
        if (other !== undefined && other !== id && loan.ancestors.has(other)) ancestors.push(j);
      });
      return { mut: loan.mut, places: loan.places, ancestors };
    });
  }

  /** Drops references held by locals that are dead after the current instruction. */
  release(liveAfter: ReadonlySet<number>): void {
    this.locals.forEach((id, i) => {
      if (id !== undefined && !liveAfter.has(i)) this.locals[i] = undefined;
    });
  }

  private loan(id: number): Loan {
    const l = this.loans.get(id);
    if (!l) throw new Error(`verifier: unknown loan ${id}`);
    return l;
  }

  private newLoan(mut: boolean, places: readonly Place[], parents: readonly Loan[]): number {
    const id = this.nextId++;
    const ancestors = new Set<number>();
    for (const p of parents) {
      ancestors.add(p.id);
      for (const a of p.ancestors) ancestors.add(a);
    }
    this.loans.set(id, { id, mut, places, ancestors });
    return id;
  }

  private liveLoans(): Loan[] {
    const ids = new Set<number>();
    for (const id of this.locals) if (id !== undefined) ids.add(id);
    for (const id of this.stack) if (id !== null) ids.add(id);
    return [...ids].map((id) => this.loan(id));
  }

  private at() {
    return this.f.at(this.offset);
  }

  /** The access rule: see the spec at the top of the file. */
  private access(x: Loan, path: readonly Selector[], write: boolean, status: VerificationStatus, what: string): void {
    const targets = x.places.map((p) => extend(p, path));
    for (const y of this.liveLoans()) {
      if (y.id === x.id || x.ancestors.has(y.id)) continue;
      if (!write && !y.mut) continue;
      if (anyOverlap(y.places, targets)) {
        fail(status, `${what} ${write ? 'writes' : 'reads'} memory that a live ${y.mut ? '&mut' : '&'} reference${this.describeHolder(y.id)} also points into`, this.at());
      }
    }
  }

  private describeHolder(id: number): string {
    const local = this.locals.indexOf(id);
    return local >= 0 ? ` (in local ${local})` : ' (on the stack)';
  }

  /** A `&mut` where `&` is expected becomes `&`: a read access, then the loan is shared. */
  private coerce(id: number | null, expected: SigType, status: VerificationStatus, what: string): void {
    if (id === null || typeof expected === 'string' || expected[0] !== 'ref') return;
    const loan = this.loan(id);
    if (!loan.mut) return;
    loan.mut = false;
    this.access(loan, [], false, status, what);
  }

  private pop(): number | null {
    const v = this.stack.pop();
    if (v === undefined) throw new Error('verifier: reference stack underflow after the stack check');
    return v;
  }

  private popLoan(): Loan {
    const id = this.pop();
    if (id === null) throw new Error('verifier: expected a reference after the type check');
    return this.loan(id);
  }

  private borrowedLoansOfLocal(i: number): Loan[] {
    const root = localRoot(i);
    return this.liveLoans().filter((l) => l.places.some((p) => p.root === root));
  }

  step(instr: Instr, offset: number): void {
    this.offset = offset;
    const f = this.f;
    const at = this.at();
    const localIsRef = (i: number) => isReference(f.localTypes[i]!);
    switch (instr[0]) {
      case Op.CopyLoc: {
        const i = num(instr, 1);
        if (localIsRef(i)) {
          const x = this.loan(this.locals[i]!);
          this.stack.push(this.newLoan(x.mut, x.places, [x]));
        } else {
          if (this.borrowedLoansOfLocal(i).some((l) => l.mut)) fail(V.COPYLOC_MUTABLY_BORROWED, `CopyLoc of local ${i} while a live &mut points into it`, at);
          this.stack.push(null);
        }
        return;
      }
      case Op.MoveLoc: {
        const i = num(instr, 1);
        if (localIsRef(i)) {
          this.stack.push(this.locals[i]!);
          this.locals[i] = undefined;
        } else {
          if (this.borrowedLoansOfLocal(i).length > 0) fail(V.MOVELOC_BORROWED, `MoveLoc of local ${i} while a live reference points into it`, at);
          this.stack.push(null);
        }
        return;
      }
      case Op.StLoc: {
        const i = num(instr, 1);
        if (localIsRef(i)) {
          const id = this.pop();
          this.coerce(id, f.localTypes[i]!, V.FREEZE_REF_CONFLICT, `StLoc ${i}`);
          this.locals[i] = id ?? undefined;
        } else {
          if (this.borrowedLoansOfLocal(i).length > 0) fail(V.STLOC_BORROWED, `StLoc overwrites local ${i} while a live reference points into it`, at);
          this.pop();
        }
        return;
      }
      case Op.ImmBorrowLoc:
      case Op.MutBorrowLoc: {
        const i = num(instr, 1);
        const mut = instr[0] === Op.MutBorrowLoc;
        const conflict = this.borrowedLoansOfLocal(i).find((l) => mut || l.mut);
        if (conflict) fail(V.BORROW_LOC_CONFLICT, `${mut ? '&mut' : '&'} borrow of local ${i} while a live ${conflict.mut ? '&mut' : '&'} reference${this.describeHolder(conflict.id)} points into it`, at);
        this.stack.push(this.newLoan(mut, [{ root: localRoot(i), path: [] }], []));
        return;
      }
      case Op.ImmBorrowField:
      case Op.MutBorrowField: {
        const mut = instr[0] === Op.MutBorrowField;
        const sel = fieldSel(num(instr, 1), num(instr, 2));
        const x = this.popLoan();
        this.stack.push(x.id); // still live while its access is checked
        this.access(x, [sel], mut, V.BORROW_FIELD_CONFLICT, mut ? 'MutBorrowField' : 'ImmBorrowField');
        this.stack.pop();
        this.stack.push(this.newLoan(mut, x.places.map((p) => extend(p, [sel])), [x]));
        return;
      }
      case Op.Call:
        this.call(instr, offset);
        return;
      case Op.UnpackVariantImmRef:
      case Op.UnpackVariantMutRef: {
        const mut = instr[0] === Op.UnpackVariantMutRef;
        const h = num(instr, 1);
        const v = num(instr, 2);
        const x = this.popLoan();
        this.stack.push(x.id);
        this.access(x, [], mut, V.VARIANT_ACCESS_CONFLICT, mut ? 'UnpackVariantMutRef' : 'UnpackVariantImmRef');
        this.stack.pop();
        const count = this.cx.variant(h, v).fields.length;
        for (let k = 0; k < count; k++) {
          const sel = variantSel(h, v, k);
          this.stack.push(this.newLoan(mut, x.places.map((p) => extend(p, [sel])), [x]));
        }
        return;
      }
      case Op.VariantSwitch:
        this.readThrough(V.VARIANT_ACCESS_CONFLICT, 'VariantSwitch');
        return;
      case Op.ReadRef:
        this.readThrough(V.READ_REF_CONFLICT, 'ReadRef');
        this.stack.push(null);
        return;
      case Op.WriteRef: {
        const x = this.popLoan();
        this.stack.push(x.id);
        this.access(x, [], true, V.WRITE_REF_CONFLICT, 'WriteRef');
        this.stack.pop();
        this.pop();
        return;
      }
      case Op.FreezeRef: {
        const x = this.popLoan();
        this.stack.push(x.id);
        this.access(x, [], false, V.FREEZE_REF_CONFLICT, 'FreezeRef');
        this.stack.pop();
        this.stack.push(this.newLoan(false, x.places, [x]));
        return;
      }
      case Op.Eq:
      case Op.Neq: {
        const operands = this.stack.slice(-2);
        for (const id of operands) if (id !== null) this.loan(id).mut = false;
        for (const id of operands) if (id !== null) this.access(this.loan(id), [], false, V.EQUALITY_CONFLICT, 'Eq/Neq');
        this.pop();
        this.pop();
        this.stack.push(null);
        return;
      }
      case Op.VecLen:
        this.readThrough(V.VECTOR_ACCESS_CONFLICT, 'VecLen');
        this.stack.push(null);
        return;
      case Op.VecImmBorrow:
      case Op.VecMutBorrow: {
        const mut = instr[0] === Op.VecMutBorrow;
        this.pop(); // the index
        const x = this.popLoan();
        this.stack.push(x.id);
        this.access(x, [ELEMENT], mut, V.VECTOR_ACCESS_CONFLICT, mut ? 'VecMutBorrow' : 'VecImmBorrow');
        this.stack.pop();
        this.stack.push(this.newLoan(mut, x.places.map((p) => extend(p, [ELEMENT])), [x]));
        return;
      }
      case Op.VecPushBack:
      case Op.VecPopBack:
      case Op.VecSwap: {
        const operands = instr[0] === Op.VecPushBack ? 1 : instr[0] === Op.VecSwap ? 2 : 0;
        for (let k = 0; k < operands; k++) this.pop();
        const x = this.popLoan();
        this.stack.push(x.id);
        this.access(x, [], true, V.VECTOR_ACCESS_CONFLICT, 'a vector update');
        this.stack.pop();
        if (instr[0] === Op.VecPopBack) this.stack.push(null);
        return;
      }
      case Op.Ret:
        this.ret();
        return;
      default: {
        // Every other instruction moves plain values only.
        const { pops, pushes } = stackEffect(this.cx, instr);
        for (let k = 0; k < pops; k++) this.pop();
        for (let k = 0; k < pushes; k++) this.stack.push(null);
      }
    }
  }

  private readThrough(status: VerificationStatus, what: string): void {
    const x = this.popLoan();
    this.stack.push(x.id);
    this.access(x, [], false, status, what);
    this.stack.pop();
  }

  private call(instr: Instr, offset: number): void {
    const callee = this.cx.module.functionHandles[num(instr, 1)]!;
    const count = callee.params.length;
    const args = this.stack.slice(this.stack.length - count);
    // Freeze `&mut` arguments passed as `&` before any check, so that two reads of one place
    // (`f(&x, &x)` from one `&mut`) do not conflict with each other.
    args.forEach((id, k) => {
      const p = callee.params[k]!;
      if (id !== null && typeof p !== 'string' && p[0] === 'ref') this.loan(id).mut = false;
    });
    args.forEach((id, k) => {
      if (id === null) return;
      const write = isReference(callee.params[k]!) && callee.params[k]![0] === 'mut';
      this.access(this.loan(id), [], write, V.CALL_ARGUMENT_CONFLICT, `argument ${k} of ${callee.name}`);
    });
    const refArgs = args.filter((id): id is number => id !== null).map((id) => this.loan(id));
    const mutArgs = refArgs.filter((l) => l.mut);
    this.stack.length -= count;
    callee.returns.forEach((r, k) => {
      if (!isReference(r)) {
        this.stack.push(null);
        return;
      }
      const parents = r[0] === 'mut' ? mutArgs : refArgs;
      const sel = resultSel(offset, k);
      const places = unionPlaces(...parents.map((l) => l.places.map((p) => extend(p, [sel]))));
      this.stack.push(this.newLoan(r[0] === 'mut', places, parents));
    });
  }

  private ret(): void {
    const returns = this.f.handle.returns;
    const values = this.stack.slice(this.stack.length - returns.length);
    values.forEach((id, k) => this.coerce(id, returns[k]!, V.FREEZE_REF_CONFLICT, `return value ${k}`));
    const loans = values.map((id) => (id === null ? undefined : this.loan(id)));
    loans.forEach((l, k) => {
      if (l && l.places.some((p) => !isParamRoot(p.root))) {
        const local = l.places.find((p) => !isParamRoot(p.root))!.root.slice(1);
        fail(V.RET_REFERENCE_TO_LOCAL, `return value ${k} is a reference into local ${local}, which dies with the call`, this.at());
      }
    });
    loans.forEach((a, i) =>
      loans.forEach((b, j) => {
        if (!a || !b || j <= i || !(a.mut || b.mut)) return;
        if (a.places.some((p) => b.places.some((q) => placesOverlap(p, q)))) {
          fail(V.RET_ALIASED_MUTABLE_REFERENCES, `return values ${i} and ${j} may point to the same memory and one of them is &mut`, this.at());
        }
      }),
    );
    this.stack.length -= returns.length;
  }
}
