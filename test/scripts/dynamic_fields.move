// Dynamic fields and dynamic object fields: add, borrow, mutate, remove. A dynamic field is a
// child object owned by its parent; an object stored as a dynamic object field keeps its id.
//# init --accounts A --addresses df=0x0

//# publish
module df::store;

use sui::dynamic_field as field;
use sui::dynamic_object_field as ofield;

public struct Parent has key {
    id: UID,
}

public struct Child has key, store {
    id: UID,
    n: u64,
}

public fun create(ctx: &mut TxContext) {
    transfer::transfer(Parent { id: object::new(ctx) }, ctx.sender());
}

public fun add_field(p: &mut Parent, key: u64, value: u64) {
    field::add(&mut p.id, key, value);
}

public fun bump_field(p: &mut Parent, key: u64) {
    let v: &mut u64 = field::borrow_mut(&mut p.id, key);
    *v = *v + 1;
}

public fun remove_field(p: &mut Parent, key: u64): u64 {
    field::remove(&mut p.id, key)
}

public fun add_child(p: &mut Parent, n: u64, ctx: &mut TxContext) {
    ofield::add(&mut p.id, b"child", Child { id: object::new(ctx), n });
}

public fun take_child(p: &mut Parent, ctx: &TxContext) {
    let c: Child = ofield::remove(&mut p.id, b"child");
    transfer::public_transfer(c, ctx.sender());
}

//# run df::store::create

//# run df::store::add_field --args object(2,0) 1 10

//# view-object 3,0

//# run df::store::bump_field --args object(2,0) 1

//# view-object 3,0

//# programmable --inputs object(2,0) 1
//> df::store::remove_field(Input(0), Input(1))

//# run df::store::add_child --args object(2,0) 5

//# view-object 8,1

//# run df::store::take_child --args object(2,0)

//# view-object 8,1
