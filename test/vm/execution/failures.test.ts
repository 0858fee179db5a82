// Failure paths. Executed failures (gas charged, nothing else changed but version bumps of the
// consumed inputs): Move aborts with clever errors, out of gas, immutable objects used mutably,
// sharing an object that is not new, unused values without drop. Rejections (nothing changes,
// no gas): wrong signature, someone else's object, stale versions, missing objects.

import { beforeAll, describe, expect, it } from 'vitest';
import { objectChanges } from '../../../vm/execution/effects.js';
import { keySigner, signDigest } from '../../../vm/execution/signature.js';
import { transactionDigest } from '../../../vm/execution/transaction.js';
import { FRAMEWORK } from '../../../vm/execution/type-tags.js';
import { contents, input, moveCall, obj, pure, result, TestChain } from './chain.js';
import { OBJECTS } from './fixtures.js';

let t: TestChain;
let pkg: string;
const fn = (name: string) => `${pkg}::objs::${name}`;

function create(value: number): string {
  return t.created(t.call(t.alice, fn('create'), [pure('u64', value)]), '::objs::Thing')[0]!.id;
}

beforeAll(() => {
  t = new TestChain();
  pkg = t.publish(OBJECTS);
});

describe('executed failures', () => {
  it('an abort rolls back every command; gas is charged; consumed inputs get a new version', () => {
    const id = create(1);
    const before = t.object(id);
    const balance = t.chain.balance(t.alice.address);
    const fx = t.run(t.alice, {
      inputs: [obj(id), pure('u64', 42)],
      commands: [moveCall(fn('set'), [input(0), input(1)]), moveCall(fn('create'), [input(1)]), moveCall(fn('fail_plain'), [input(0)])],
    });
    expect(fx.status.status).toBe('failure');
    if (fx.status.status !== 'failure') return;
    expect(fx.status.command).toBe(2);
    expect(fx.status.error.kind).toBe('MoveAbort');
    expect(fx.status.error.moveAbort).toMatchObject({ module: `${pkg}::objs`, function: 'fail_plain', code: 7n });
    expect(fx.status.error.moveAbort!.clever).toBeUndefined();
    expect(fx.events).toEqual([]);
    const after = t.object(id);
    expect(contents(after)[1]).toBe(1);
    expect(after.version).toBe(fx.lamportVersion);
    expect(after.version).toBeGreaterThan(before.version);
    const ch = objectChanges(fx);
    expect(ch.created).toEqual([]);
    expect(ch.mutated.map((m) => m.id).sort()).toEqual([id, fx.gasObject!.id].sort());
    const g = fx.gasUsed;
    expect(t.chain.balance(t.alice.address)).toBe(balance - (g.computationCost + g.storageCost - g.storageRebate));
    expect(g.computationCost).toBeGreaterThan(0n);
  });

  it('clever errors are decoded: constant name, line, value', () => {
    const id = create(1);
    const fx = t.call(t.alice, fn('set'), [obj(id), pure('u64', 5000)]);
    expect(fx.status.status === 'failure' && fx.status.error.moveAbort?.clever).toEqual({ constantName: 'ETooBig', line: OBJECTS.split('\n').findIndex((l) => l.includes('assert!(value < 1000')) + 1, value: 'value too big' });
  });

  it('an endless loop ends in InsufficientGas and is charged the budget', () => {
    const budget = 20_000_000n;
    const fx = t.run(t.alice, { inputs: [], commands: [moveCall(fn('spin'), [])], gasBudget: budget });
    expect(fx.status.status === 'failure' && fx.status.error.kind).toBe('InsufficientGas');
    expect(fx.gasUsed.computationCost + fx.gasUsed.storageCost).toBe(budget);
  });

  it('an immutable object passed by &mut or by value', () => {
    const id = create(1);
    t.call(t.alice, fn('freeze_it'), [obj(id)]);
    for (const f of ['set', 'destroy']) {
      const fx = f === 'set' ? t.call(t.alice, fn(f), [obj(id), pure('u64', 2)]) : t.call(t.alice, fn(f), [obj(id)]);
      expect(fx.status.status === 'failure' && fx.status.error.kind).toBe('CommandArgumentError');
    }
    expect(t.object(id).owner).toBe('Immutable');
  });

  it('sharing an object that was not created in the transaction aborts (transfer::ESharedNonNewObject)', () => {
    const id = create(1);
    const fx = t.call(t.alice, fn('share_thing'), [obj(id)]);
    expect(fx.status.status === 'failure' && fx.status.error.moveAbort).toMatchObject({ module: `${FRAMEWORK.sui}::transfer`, function: 'share_object_impl', code: 0n });
    expect(t.object(id).owner).toEqual({ AddressOwner: t.alice.address });
  });

  it('a shared object taken by value must be shared again or deleted', () => {
    const counter = t.created(t.call(t.alice, fn('share_new'), []), '::objs::Counter')[0]!.id;
    const fx = t.call(t.bob, fn('take_counter'), [{ Shared: { id: counter, mutable: true } }]);
    expect(fx.status.status === 'failure' && fx.status.error.kind).toBe('SharedObjectOperationNotSupported');
    expect(typeof t.object(counter).owner === 'object' && 'Shared' in (t.object(counter).owner as object)).toBe(true);
    const ro = t.call(t.bob, fn('delete_counter'), [{ Shared: { id: counter, mutable: false } }]);
    expect(ro.status.status === 'failure' && ro.status.error.kind).toBe('CommandArgumentError');
    const del = t.call(t.bob, fn('delete_counter'), [{ Shared: { id: counter, mutable: true } }]);
    expect(del.status).toEqual({ status: 'success' });
    expect(objectChanges(del).deleted.map((d) => d.id)).toEqual([counter]);
  });

  it('a result without drop must be used', () => {
    const fx = t.run(t.alice, { inputs: [pure('u64', 3)], commands: [moveCall(fn('hot'), [input(0)])] });
    expect(fx.status.status === 'failure' && fx.status.error.kind).toBe('UnusedValueWithoutDrop');
    const ok = t.run(t.alice, { inputs: [pure('u64', 3)], commands: [moveCall(fn('hot'), [input(0)]), moveCall(fn('cool'), [result(0)])] });
    expect(ok.status).toEqual({ status: 'success' });
  });

  it('wrong argument types and unknown functions fail the command', () => {
    const id = create(1);
    const fx = t.call(t.alice, fn('set'), [obj(id), pure('u8', 2)]);
    expect(fx.status.status === 'failure' && fx.status.error.kind).toBe('CommandArgumentError');
    const nf = t.call(t.alice, fn('nope'), []);
    expect(nf.status.status === 'failure' && nf.status.error.kind).toBe('FunctionNotFound');
  });
});

describe('rejections', () => {
  it('a wrong signature', () => {
    const tx = t.tx(t.alice, { inputs: [pure('u64', 1)], commands: [moveCall(fn('create'), [input(0)])] });
    const d = transactionDigest(tx);
    const byBob = t.chain.execute({ data: tx, signature: signDigest(d.bytes, t.bob.secretKey) });
    expect(byBob.kind === 'rejected' && byBob.rejection.code).toBe('InvalidSignature');
    const sig = signDigest(d.bytes, t.alice.secretKey);
    sig.signature[0]! ^= 1;
    const tampered = t.chain.execute({ data: tx, signature: sig });
    expect(tampered.kind === 'rejected' && tampered.rejection.code).toBe('InvalidSignature');
  });

  it("someone else's object, a stale version, a missing object", () => {
    const id = create(1);
    const v = t.object(id).version;
    const other = t.exec(t.bob, { inputs: [obj(id), pure('u64', 2)], commands: [moveCall(fn('set'), [input(0), input(1)])] });
    expect(other.kind === 'rejected' && other.rejection.code).toBe('ObjectOwnedByOther');
    t.call(t.alice, fn('set'), [obj(id), pure('u64', 3)]);
    const stale = t.exec(t.alice, { inputs: [obj(id, v), pure('u64', 2)], commands: [moveCall(fn('set'), [input(0), input(1)])] });
    expect(stale.kind === 'rejected' && stale.rejection.code).toBe('ObjectVersionUnavailableForConsumption');
    const missing = t.exec(t.alice, { inputs: [obj('0xabc'), pure('u64', 2)], commands: [moveCall(fn('set'), [input(0), input(1)])] });
    expect(missing.kind === 'rejected' && missing.rejection.code).toBe('ObjectNotFound');
    expect(contents(t.object(id))[1]).toBe(3);
  });

  it('gas: too small a budget, a price below the reference price, a coin that is not the sender’s', () => {
    const low = t.exec(t.alice, { inputs: [], commands: [moveCall(fn('spin'), [])], gasBudget: 10n });
    expect(low.kind === 'rejected' && low.rejection.code).toBe('GasBudgetTooLow');
    const tx = t.tx(t.alice, { inputs: [], commands: [moveCall(fn('spin'), [])] });
    tx.gasPrice = 1n;
    const cheap = t.chain.signAndExecute(tx, keySigner(t.alice.secretKey));
    expect(cheap.kind === 'rejected' && cheap.rejection.code).toBe('GasPriceTooLow');
    const bobCoin = t.chain.gasCoins(t.bob.address)[0]!;
    const tx2 = t.tx(t.alice, { inputs: [], commands: [moveCall(fn('spin'), [])] });
    tx2.gasPayment = [{ id: bobCoin.id, version: bobCoin.version }];
    const stolen = t.chain.signAndExecute(tx2, keySigner(t.alice.secretKey));
    expect(stolen.kind === 'rejected' && stolen.rejection.code).toBe('ObjectOwnedByOther');
  });
});
