// The gas schedule: every gas class and opcode is priced, docs/GAS.md matches its generator, and
// the meters behave (budget exhaustion, unmetered counting).

import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { GasClass } from '../../../vm/bytecode/opcodes.js';
import { OPCODES } from '../../../vm/bytecode/opcodes.js';
import { BudgetGasMeter, UnmeteredGasMeter } from '../../../vm/gas/meter.js';
import { GAS_CLASSES, NATIVE_GAS, opcodeBaseCosts } from '../../../vm/gas/schedule.js';
import { gasReference } from '../../../vm/gas/write-gas-doc.js';
import { registerStdlibNatives } from '../../../stdlib/natives/index.js';

describe('gas schedule', () => {
  it('prices every gas class and every opcode with a positive base cost', () => {
    const classes = new Set<GasClass>(OPCODES.map((o) => o.gas));
    for (const c of classes) expect(GAS_CLASSES[c].base).toBeGreaterThan(0);
    const costs = opcodeBaseCosts();
    expect(costs.length).toBe(OPCODES.length);
    OPCODES.forEach((o, i) => expect(costs[i]).toBe(GAS_CLASSES[o.gas].base));
  });

  it('prices every registered standard native', () => {
    for (const name of registerStdlibNatives().names()) expect(NATIVE_GAS[name], name).toBeDefined();
  });

  it('docs/GAS.md is fresh (run vm/gas/write-gas-doc.ts to rewrite it)', () => {
    expect(readFileSync('docs/GAS.md', 'utf8'), 'docs/GAS.md is stale: run `npx tsx vm/gas/write-gas-doc.ts`').toBe(gasReference());
  });
});

describe('meters', () => {
  it('a budget meter refuses a charge it cannot cover and is then empty', () => {
    const m = new BudgetGasMeter(10);
    expect(m.charge(4)).toBe(true);
    expect(m.charge(6)).toBe(true);
    expect(m.charge(1)).toBe(false);
    expect(m.remaining()).toBe(0);
    expect(m.used()).toBe(10);
  });
  it('an unmetered meter never refuses and still counts', () => {
    const m = new UnmeteredGasMeter();
    expect(m.charge(1e12)).toBe(true);
    expect(m.used()).toBe(1e12);
    expect(m.remaining()).toBe(Infinity);
  });
});
