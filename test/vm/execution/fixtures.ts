// The Move package the execution tests publish: objects that are created, mutated, deleted,
// wrapped, frozen, shared, given dynamic fields and tables, sent to objects and received; events;
// aborts (plain and clever); an endless loop; and a coin created in init with its one-time witness.

export const OBJECTS = `
module test::objs {

use sui::dynamic_field as df;
use sui::dynamic_object_field as dof;
use sui::event;
use sui::table::{Self, Table};
use sui::transfer::Receiving;

public struct Thing has key, store { id: UID, value: u64 }
public struct Box has key { id: UID, inner: Option<Thing> }
public struct Counter has key { id: UID, n: u64 }
public struct Bag has key { id: UID, t: Table<u64, u64> }
public struct Made has copy, drop { id: ID, value: u64 }
public struct Hot { value: u64 }

#[error]
const ETooBig: vector<u8> = b"value too big";
const EPlain: u64 = 7;

public fun make(value: u64, ctx: &mut TxContext): Thing {
    let t = Thing { id: object::new(ctx), value };
    event::emit(Made { id: object::id(&t), value });
    t
}

public entry fun create(value: u64, ctx: &mut TxContext) {
    transfer::public_transfer(make(value, ctx), ctx.sender())
}

public entry fun set(t: &mut Thing, value: u64) {
    assert!(value < 1000, ETooBig);
    t.value = value
}

public entry fun fail_plain(_t: &mut Thing) { abort EPlain }

public entry fun destroy(t: Thing) {
    let Thing { id, value: _ } = t;
    id.delete()
}

public entry fun wrap(t: Thing, ctx: &mut TxContext) {
    transfer::transfer(Box { id: object::new(ctx), inner: option::some(t) }, ctx.sender())
}

public entry fun unwrap(b: &mut Box, ctx: &TxContext) {
    let t = b.inner.extract();
    transfer::public_transfer(t, ctx.sender())
}

public entry fun unwrap_delete(b: &mut Box) {
    let t = b.inner.extract();
    destroy(t)
}

public entry fun freeze_it(t: Thing) { transfer::public_freeze_object(t) }

public entry fun share_new(ctx: &mut TxContext) {
    transfer::share_object(Counter { id: object::new(ctx), n: 0 })
}

public entry fun share_thing(t: Thing) { transfer::public_share_object(t) }

public entry fun bump(c: &mut Counter) { c.n = c.n + 1 }

public entry fun read(_c: &Counter) {}

public entry fun take_counter(c: Counter, ctx: &TxContext) { transfer::transfer(c, ctx.sender()) }

public entry fun delete_counter(c: Counter) {
    let Counter { id, n: _ } = c;
    id.delete()
}

public entry fun df_add(t: &mut Thing, k: u64, v: u64) { df::add(&mut t.id, k, v) }

public entry fun df_set(t: &mut Thing, k: u64, v: u64) { *df::borrow_mut(&mut t.id, k) = v }

public entry fun df_remove(t: &mut Thing, k: u64) { let _: u64 = df::remove(&mut t.id, k); }

public entry fun df_check(t: &Thing, k: u64, v: u64) { assert!(*df::borrow<u64, u64>(&t.id, k) == v, 100) }

public entry fun df_wrong_type(t: &Thing, k: u64) { let _: &bool = df::borrow(&t.id, k); }

public entry fun dof_add(t: &mut Thing, child: Thing) { dof::add(&mut t.id, b"c", child) }

public entry fun dof_take(t: &mut Thing, ctx: &TxContext) {
    let c: Thing = dof::remove(&mut t.id, b"c");
    transfer::public_transfer(c, ctx.sender())
}

public entry fun new_bag(ctx: &mut TxContext) {
    transfer::transfer(Bag { id: object::new(ctx), t: table::new(ctx) }, ctx.sender())
}

public entry fun bag_put(b: &mut Bag, k: u64, v: u64) { b.t.add(k, v) }

public entry fun bag_check(b: &Bag, k: u64, v: u64) { assert!(*b.t.borrow(k) == v, 101) }

public entry fun receive_it(parent: &mut Thing, r: Receiving<Thing>, ctx: &TxContext) {
    let t = transfer::public_receive(&mut parent.id, r);
    transfer::public_transfer(t, ctx.sender())
}

public entry fun spin() { let mut i = 0; loop { i = i + 1 } }

public fun value(t: &Thing): u64 { t.value }

public fun hot(value: u64): Hot { Hot { value } }

public fun cool(h: Hot): u64 { let Hot { value } = h; value }
}
`;

export const COIN = `
module test::mycoin {

use sui::coin;

public struct MYCOIN has drop {}

fun init(witness: MYCOIN, ctx: &mut TxContext) {
    let (cap, meta) = coin::create_currency(witness, 6, b"MY", b"My coin", b"", option::none(), ctx);
    transfer::public_freeze_object(meta);
    transfer::public_transfer(cap, ctx.sender());
}
}
`;
