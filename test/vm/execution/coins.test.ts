// Publish with init and a one-time witness (a coin made with create_currency), the UpgradeCap,
// and the coin commands: SplitCoins, MergeCoins, TransferObjects, on the gas coin too; gas
// accounting (rebates on rewritten objects, the gas coin charged net).

import { beforeAll, describe, expect, it } from 'vitest';
import { objectChanges } from '../../../vm/execution/effects.js';
import { signDigest } from '../../../vm/execution/signature.js';
import { FRAMEWORK } from '../../../vm/execution/type-tags.js';
import { coinValue, compilePackage, contents, input, moveCall, obj, pure, result, TestChain } from './chain.js';
import { COIN } from './fixtures.js';

let t: TestChain;
beforeAll(() => {
  t = new TestChain();
});

const SUI = `${FRAMEWORK.sui}::coin::Coin<${FRAMEWORK.sui}::sui::SUI>`;

describe('publish', () => {
  it('runs init with the one-time witness, creates the package and an UpgradeCap for the sender', () => {
    const out = t.chain.publish(t.alice.address, compilePackage(COIN), (d) => ({ publicKey: t.alice.publicKey, signature: sign(d) }));
    expect(out.kind).toBe('executed');
    if (out.kind !== 'executed') return;
    expect(out.effects.status).toEqual({ status: 'success' });
    const created = objectChanges(out.effects).created.map((c) => t.chain.getObject(c.id)!);
    const pkg = created.find((o) => o.data.kind === 'package')!;
    expect(pkg.version).toBe(1);
    expect(pkg.owner).toBe('Immutable');
    const types = created.filter((o) => o.data.kind === 'move').map((o) => (o.data as { type: string }).type.replace(pkg.id, 'PKG'));
    expect(types.sort()).toEqual([
      `${FRAMEWORK.sui}::coin::CoinMetadata<PKG::mycoin::MYCOIN>`,
      `${FRAMEWORK.sui}::coin::TreasuryCap<PKG::mycoin::MYCOIN>`,
      `${FRAMEWORK.sui}::package::UpgradeCap`,
    ]);
    const cap = created.find((o) => (o.data as { type?: string }).type?.endsWith('UpgradeCap'))!;
    expect(cap.owner).toEqual({ AddressOwner: t.alice.address });
    expect(contents(cap)[1]).toEqual([pkg.id]);
    const meta = created.find((o) => (o.data as { type?: string }).type?.includes('CoinMetadata'))!;
    expect(meta.owner).toBe('Immutable');
    // Mint with the treasury cap, then transfer the new coin.
    const treasury = created.find((o) => (o.data as { type?: string }).type?.includes('TreasuryCap'))!;
    const fx = t.ok(t.alice, {
      inputs: [obj(treasury.id), pure('u64', 500), pure('address', t.bob.address)],
      commands: [moveCall(`${FRAMEWORK.sui}::coin::mint`, [input(0), input(1)], [`${pkg.id}::mycoin::MYCOIN`]), { TransferObjects: { objects: [result(0)], address: input(2) } }],
    });
    const minted = t.chain.getObject(objectChanges(fx).created[0]!.id)!;
    expect(minted.owner).toEqual({ AddressOwner: t.bob.address });
    expect(coinValue(minted)).toBe(500n);
  });
});

const sign = (d: Uint8Array) => signDigest(d, t.alice.secretKey).signature;

describe('coins', () => {
  it('splits the gas coin, transfers the parts, and charges gas net of the split', () => {
    const before = t.chain.balance(t.alice.address);
    const fx = t.ok(t.alice, {
      inputs: [pure('u64', 1000), pure('u64', '2000'), pure('address', t.bob.address)],
      commands: [{ SplitCoins: { coin: 'GasCoin', amounts: [input(0), input(1)] } }, { TransferObjects: { objects: [{ NestedResult: [0, 0] }, { NestedResult: [0, 1] }], address: input(2) } }],
    });
    const created = objectChanges(fx).created.map((c) => t.chain.getObject(c.id)!);
    expect(created.map(coinValue).sort()).toEqual([1000n, 2000n]);
    expect(created.every((c) => (c.data as { type: string }).type === SUI)).toBe(true);
    const g = fx.gasUsed;
    const charged = g.computationCost + g.storageCost - g.storageRebate;
    expect(t.chain.balance(t.alice.address)).toBe(before - 3000n - charged);
    expect(g.storageRebate).toBeGreaterThan(0n); // the gas coin's previous version paid storage
    expect(g.nonRefundableStorageFee * 99n).toBeLessThanOrEqual(g.storageRebate + 99n);
    expect(fx.gasObject!.id).toBe(t.chain.gasCoins(t.alice.address).find((c) => c.id === fx.gasObject!.id)!.id);
  });

  it('merges coins into a coin input; the merged coin is deleted', () => {
    const a = t.chain.faucet(t.alice.address, 10n).coinId;
    const b = t.chain.faucet(t.alice.address, 20n).coinId;
    const fx = t.ok(t.alice, { inputs: [obj(a), obj(b)], commands: [{ MergeCoins: { destination: input(0), sources: [input(1)] } }] });
    expect(coinValue(t.object(a))).toBe(30n);
    expect(objectChanges(fx).deleted.map((d) => d.id)).toEqual([b]);
  });

  it('gas smashing: several gas coins merge into the first', () => {
    const a = t.chain.faucet(t.alice.address, 3_000_000_000n).coinId;
    const b = t.chain.faucet(t.alice.address, 4_000_000_000n).coinId;
    const ra = t.object(a);
    const rb = t.object(b);
    const tx = t.tx(t.alice, { inputs: [pure('u64', 1)], commands: [{ SplitCoins: { coin: 'GasCoin', amounts: [input(0)] } }, { TransferObjects: { objects: [result(0)], address: { Input: 1 } } }] });
    tx.inputs.push({ Pure: { type: 'address', value: t.bob.address } });
    tx.gasPayment = [{ id: a, version: ra.version }, { id: b, version: rb.version }];
    const out = t.chain.signAndExecute(tx, (d) => signDigest(d, t.alice.secretKey));
    expect(out.kind === 'executed' && out.effects.status.status).toBe('success');
    if (out.kind !== 'executed') return;
    expect(t.chain.getObject(b)).toBeUndefined();
    const g = out.effects.gasUsed;
    expect(coinValue(t.object(a))).toBe(7_000_000_000n - 1n - (g.computationCost + g.storageCost - g.storageRebate));
  });

  it('SplitCoins beyond the balance fails with InsufficientCoinBalance', () => {
    const a = t.chain.faucet(t.alice.address, 10n).coinId;
    const fx = t.run(t.alice, { inputs: [obj(a), pure('u64', 11)], commands: [{ SplitCoins: { coin: input(0), amounts: [input(1)] } }] });
    expect(fx.status.status === 'failure' && fx.status.error.kind).toBe('InsufficientCoinBalance');
    expect(coinValue(t.object(a))).toBe(10n);
  });
});
