// The gas meter interface: the interpreter charges before every instruction and every native
// charges its base cost first (ARCHITECTURE.md, convention 10). Costs come from schedule.ts.
//
// `charge` returns false once the budget is exhausted; the caller then stops with the
// OUT_OF_GAS execution status. Returning a flag instead of throwing keeps the hot loop free of
// exception set-up and lets the caller report where it ran out.

export interface GasMeter {
  /** Deducts `units` of gas; false when the remaining budget was smaller (it is then 0). */
  charge(units: number): boolean;
  /** Gas units spent so far. */
  used(): number;
  /** Gas units left; Infinity for an unmetered meter. */
  remaining(): number;
}

/** A meter that never runs out, for tests and tools. Still counts what was charged. */
export class UnmeteredGasMeter implements GasMeter {
  private spent = 0;
  charge(units: number): boolean {
    this.spent += units;
    return true;
  }
  used(): number {
    return this.spent;
  }
  remaining(): number {
    return Infinity;
  }
}

/** A meter with a fixed budget in gas units. */
export class BudgetGasMeter implements GasMeter {
  private left: number;
  constructor(private readonly budget: number) {
    this.left = budget;
  }
  charge(units: number): boolean {
    if (units > this.left) {
      this.left = 0;
      return false;
    }
    this.left -= units;
    return true;
  }
  used(): number {
    return this.budget - this.left;
  }
  remaining(): number {
    return this.left;
  }
}
