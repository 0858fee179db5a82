// Object lifecycle: create, mutate, transfer, wrap, unwrap, freeze, share, delete.
//# init --accounts A B --addresses lifecycle=0x0

//# publish --sender A
module lifecycle::things;

public struct Thing has key, store {
    id: UID,
    value: u64,
}

public struct Box has key {
    id: UID,
    inner: Thing,
}

public fun create(value: u64, ctx: &mut TxContext) {
    transfer::public_transfer(Thing { id: object::new(ctx), value }, ctx.sender());
}

public fun set(t: &mut Thing, value: u64) {
    t.value = value;
}

public fun give(t: Thing, to: address) {
    transfer::public_transfer(t, to);
}

public fun wrap(t: Thing, ctx: &mut TxContext) {
    transfer::transfer(Box { id: object::new(ctx), inner: t }, ctx.sender());
}

public fun unwrap(b: Box, ctx: &mut TxContext) {
    let Box { id, inner } = b;
    id.delete();
    transfer::public_transfer(inner, ctx.sender());
}

public fun freeze_it(t: Thing) {
    transfer::public_freeze_object(t);
}

public fun create_shared(value: u64, ctx: &mut TxContext) {
    transfer::public_share_object(Thing { id: object::new(ctx), value });
}

public fun destroy(t: Thing) {
    let Thing { id, value: _ } = t;
    id.delete();
}

//# run lifecycle::things::create --sender A --args 7

//# view-object 2,0

//# run lifecycle::things::set --sender A --args object(2,0) 42

//# run lifecycle::things::give --sender A --args object(2,0) @B

//# view-object 2,0

//# run lifecycle::things::wrap --sender B --args object(2,0)

//# view-object 2,0

//# view-object 7,0

//# run lifecycle::things::unwrap --sender B --args object(7,0)

//# view-object 2,0

//# run lifecycle::things::create --sender A --args 1

//# run lifecycle::things::freeze_it --sender A --args object(12,0)

//# view-object 12,0

//# run lifecycle::things::create_shared --sender A --args 2

//# view-object 15,0

//# run lifecycle::things::set --sender B --args object(15,0) 3

//# view-object 15,0

//# run lifecycle::things::destroy --sender B --args object(2,0)

//# view-object 2,0
