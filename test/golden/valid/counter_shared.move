// Valid: a shared counter object created fresh and shared, mutated by anyone, with an owner-only setter
module test::counter;

const ENotOwner: u64 = 0;

public struct Counter has key {
    id: UID,
    owner: address,
    value: u64,
}

public fun create(ctx: &mut TxContext) {
    transfer::share_object(Counter { id: object::new(ctx), owner: ctx.sender(), value: 0 });
}

public fun increment(c: &mut Counter) {
    c.value = c.value + 1;
}

public fun set_value(c: &mut Counter, value: u64, ctx: &TxContext) {
    assert!(c.owner == ctx.sender(), ENotOwner);
    c.value = value;
}

public fun value(c: &Counter): u64 {
    c.value
}
