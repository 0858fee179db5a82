// Object lifecycle through transactions: create, mutate, delete, wrap, unwrap, freeze, share;
// dynamic fields (direct, object fields, table); transfer to an object and receive; events; and
// the Lamport versions and effects lists that describe each step.

import { beforeAll, describe, expect, it } from 'vitest';
import { objectChanges } from '../../../vm/execution/effects.js';
import { deriveDynamicFieldId } from '../../../stdlib/natives/sui/index.js';
import { T } from '../../../vm/runtime/types.js';
import { contents, input, moveCall, obj, pure, shared, TestChain } from './chain.js';
import { OBJECTS } from './fixtures.js';

let t: TestChain;
let pkg: string;
const fn = (name: string) => `${pkg}::objs::${name}`;

function create(value: number): string {
  const fx = t.call(t.alice, fn('create'), [pure('u64', value)]);
  expect(fx.status).toEqual({ status: 'success' });
  return t.created(fx, '::objs::Thing')[0]!.id;
}

beforeAll(() => {
  t = new TestChain();
  pkg = t.publish(OBJECTS);
});

describe('object lifecycle', () => {
  it('create: a new object at the Lamport version, an event, the sender as owner', () => {
    const fx = t.call(t.alice, fn('create'), [pure('u64', 5)]);
    const ch = objectChanges(fx);
    expect(ch.created.length).toBe(1);
    expect(ch.mutated.map((m) => m.id)).toEqual([fx.gasObject!.id]);
    const thing = t.object(ch.created[0]!.id);
    expect(thing.owner).toEqual({ AddressOwner: t.alice.address });
    expect(thing.version).toBe(fx.lamportVersion);
    expect(contents(thing)[1]).toBe(5);
    expect(fx.events.length).toBe(1);
    expect(fx.events[0]!.type).toBe(`${pkg}::objs::Made`);
    expect(fx.events[0]!.module).toBe('objs');
    expect(fx.events[0]!.packageId).toBe(pkg);
    expect(fx.events[0]!.sender).toBe(t.alice.address);
    // BCS: the ID (32 bytes) then the u64 value little-endian.
    expect(fx.events[0]!.contents.length).toBe(40);
    expect(fx.events[0]!.contents[32]).toBe(5);
  });

  it('mutate: version = 1 + max(input versions)', () => {
    const id = create(1);
    const before = t.object(id);
    const gas = t.chain.gasCoins(t.alice.address)[0]!;
    const fx = t.call(t.alice, fn('set'), [obj(id), pure('u64', 42)]);
    expect(fx.lamportVersion).toBe(Math.max(before.version, gas.version) + 1);
    expect(contents(t.object(id))[1]).toBe(42);
    expect(objectChanges(fx).mutated.map((m) => m.id).sort()).toEqual([id, gas.id].sort());
    expect(fx.dependencies).toContain(before.previousTransaction);
  });

  it('delete', () => {
    const id = create(1);
    const fx = t.call(t.alice, fn('destroy'), [obj(id)]);
    expect(objectChanges(fx).deleted.map((d) => d.id)).toEqual([id]);
    expect(t.chain.getObject(id)).toBeUndefined();
  });

  it('wrap and unwrap keep the ID; unwrap comes back at the Lamport version', () => {
    const id = create(3);
    const fx = t.call(t.alice, fn('wrap'), [obj(id)]);
    const ch = objectChanges(fx);
    expect(ch.wrapped.map((w) => w.id)).toEqual([id]);
    expect(t.chain.getObject(id)).toBeUndefined();
    const box = t.created(fx, '::objs::Box')[0]!.id;
    const fx2 = t.call(t.alice, fn('unwrap'), [obj(box)]);
    expect(objectChanges(fx2).unwrapped.map((u) => u.id)).toEqual([id]);
    const back = t.object(id);
    expect(back.version).toBe(fx2.lamportVersion);
    expect(contents(back)[1]).toBe(3);
  });

  it('unwrapped then deleted', () => {
    const id = create(3);
    const box = t.created(t.call(t.alice, fn('wrap'), [obj(id)]), '::objs::Box')[0]!.id;
    const fx = t.call(t.alice, fn('unwrap_delete'), [obj(box)]);
    expect(objectChanges(fx).unwrappedThenDeleted.map((u) => u.id)).toEqual([id]);
  });

  it('freeze: immutable, readable by anyone, not mutable', () => {
    const id = create(9);
    t.call(t.alice, fn('freeze_it'), [obj(id)]);
    expect(t.object(id).owner).toBe('Immutable');
    const fx = t.run(t.bob, { inputs: [obj(id)], commands: [moveCall(fn('value'), [input(0)])] });
    expect(fx.status.status).toBe('success');
    const bad = t.call(t.bob, fn('set'), [obj(id), pure('u64', 1)]);
    expect(bad.status.status).toBe('failure');
    if (bad.status.status === 'failure') expect(bad.status.error.kind).toBe('CommandArgumentError');
  });

  it('share: a new object becomes shared at the Lamport version; mutable and read-only uses', () => {
    const fx = t.call(t.alice, fn('share_new'), []);
    const counter = t.created(fx, '::objs::Counter')[0]!;
    expect(counter.owner).toEqual({ Shared: { initialSharedVersion: fx.lamportVersion } });
    const bump = t.call(t.bob, fn('bump'), [shared(counter.id)]);
    expect(bump.status.status).toBe('success');
    expect(bump.sharedObjects).toEqual([{ id: counter.id, version: counter.version, mutable: true }]);
    expect(contents(t.object(counter.id))[1]).toBe(1);
    const v = t.object(counter.id).version;
    const read = t.call(t.alice, fn('read'), [shared(counter.id, false)]);
    expect(read.status.status).toBe('success');
    expect(t.object(counter.id).version).toBe(v);
    expect(read.changedObjects.map((c) => c.id)).not.toContain(counter.id);
  });
});

describe('the Clock', () => {
  it('is a shared object at 0x6 created at genesis, read by reference', () => {
    const clock = '0x' + '6'.padStart(64, '0');
    expect(t.object(clock).owner).toEqual({ Shared: { initialSharedVersion: 1 } });
    const fx = t.run(t.alice, { inputs: [shared(clock, false)], commands: [moveCall('0x2::clock::timestamp_ms', [input(0)])] });
    expect(fx.status).toEqual({ status: 'success' });
    expect(fx.sharedObjects).toEqual([{ id: clock, version: 1, mutable: false }]);
    const mut = t.exec(t.alice, { inputs: [shared(clock, true)], commands: [moveCall('0x2::clock::timestamp_ms', [input(0)])] });
    expect(mut.kind === 'rejected' && mut.rejection.code).toBe('MutableClockNotAllowed');
  });
});

describe('dynamic fields', () => {
  it('add, borrow_mut, remove: children owned by the parent at derived IDs', () => {
    const id = create(1);
    const fx = t.call(t.alice, fn('df_add'), [obj(id), pure('u64', 7), pure('u64', 70)]);
    expect(fx.status.status).toBe('success');
    // Sui's derivation: key 7u64 under the parent.
    const key = new Uint8Array(8);
    key[0] = 7;
    const fieldId = deriveDynamicFieldId(id, T.u64, key);
    const field = t.object(fieldId);
    expect(field.owner).toEqual({ ObjectOwner: id });
    expect((field.data as { type: string }).type).toBe('0x' + '2'.padStart(64, '0') + '::dynamic_field::Field<u64,u64>');
    expect(t.call(t.alice, fn('df_set'), [obj(id), pure('u64', 7), pure('u64', 71)]).status.status).toBe('success');
    expect(contents(t.object(fieldId))[2]).toBe(71);
    expect(t.call(t.alice, fn('df_check'), [obj(id), pure('u64', 7), pure('u64', 71)]).status.status).toBe('success');
    const dup = t.call(t.alice, fn('df_add'), [obj(id), pure('u64', 7), pure('u64', 1)]);
    expect(dup.status.status === 'failure' && dup.status.error.moveAbort?.code).toBe(0n);
    const wrong = t.call(t.alice, fn('df_wrong_type'), [obj(id), pure('u64', 7)]);
    expect(wrong.status.status === 'failure' && wrong.status.error.moveAbort).toMatchObject({ code: 2n, function: 'borrow_child_object' });
    const rm = t.call(t.alice, fn('df_remove'), [obj(id), pure('u64', 7)]);
    expect(objectChanges(rm).deleted.map((d) => d.id)).toEqual([fieldId]);
    const missing = t.call(t.alice, fn('df_remove'), [obj(id), pure('u64', 7)]);
    expect(missing.status.status === 'failure' && missing.status.error.moveAbort?.code).toBe(1n);
  });

  it('dynamic object fields: the child keeps its ID and comes back', () => {
    const parent = create(1);
    const child = create(2);
    const fx = t.call(t.alice, fn('dof_add'), [obj(parent), obj(child)]);
    expect(fx.status.status).toBe('success');
    expect(typeof t.object(child).owner === 'object' && 'ObjectOwner' in (t.object(child).owner as object)).toBe(true);
    const back = t.call(t.alice, fn('dof_take'), [obj(parent)]);
    expect(back.status.status).toBe('success');
    expect(t.object(child).owner).toEqual({ AddressOwner: t.alice.address });
  });

  it('table', () => {
    const fx = t.call(t.alice, fn('new_bag'), []);
    const bag = t.created(fx, '::objs::Bag')[0]!.id;
    for (let k = 0; k < 3; k++) expect(t.call(t.alice, fn('bag_put'), [obj(bag), pure('u64', k), pure('u64', k * 10)]).status.status).toBe('success');
    expect(t.call(t.alice, fn('bag_check'), [obj(bag), pure('u64', 2), pure('u64', 20)]).status.status).toBe('success');
    const miss = t.call(t.alice, fn('bag_check'), [obj(bag), pure('u64', 9), pure('u64', 0)]);
    expect(miss.status.status === 'failure' && miss.status.error.moveAbort?.code).toBe(1n);
  });
});

describe('transfer to an object and receive', () => {
  it('receives an object sent to the parent', () => {
    const parent = create(1);
    const child = create(2);
    t.ok(t.alice, { inputs: [obj(child), pure('address', parent)], commands: [{ TransferObjects: { objects: [input(0)], address: input(1) } }] });
    expect(t.object(child).owner).toEqual({ AddressOwner: parent });
    const v = t.object(child).version;
    const fx = t.run(t.alice, { inputs: [obj(parent), { Receiving: { id: child, version: v } }], commands: [moveCall(fn('receive_it'), [input(0), input(1)])] });
    expect(fx.status).toEqual({ status: 'success' });
    expect(t.object(child).owner).toEqual({ AddressOwner: t.alice.address });
    expect(t.object(child).version).toBe(fx.lamportVersion);
    // A stale ticket cannot receive again.
    const again = t.run(t.alice, { inputs: [obj(parent), { Receiving: { id: child, version: v } }], commands: [moveCall(fn('receive_it'), [input(0), input(1)])] });
    expect(again.status.status === 'failure' && again.status.error.moveAbort?.code).toBe(3n);
  });
});
