import { describe, expect, it } from 'vitest';
import { objectChanges } from '../../../vm/execution/effects.js';
import { coinValue, input, obj, pure, TestChain } from './chain.js';

describe('basic', () => {
  it('genesis, faucet and a coin transfer', () => {
    const t = new TestChain();
    const coins = t.chain.gasCoins(t.alice.address);
    expect(coins.length).toBe(1);
    t.chain.faucet(t.alice.address, 5_000n);
    const small = t.chain.gasCoins(t.alice.address).find((c) => coinValue(c) === 5_000n)!;
    const fx = t.ok(t.alice, { inputs: [obj(small.id), pure('address', t.bob.address)], commands: [{ TransferObjects: { objects: [input(0)], address: input(1) } }] });
    expect(t.object(small.id).owner).toEqual({ AddressOwner: t.bob.address });
    const ch = objectChanges(fx);
    expect(ch.mutated.length).toBe(2);
    expect(fx.gasUsed.computationCost).toBe(1_000_000n);
  });
});
