/// Two ways to count on Sui.
///
/// * `Counter` is a *shared* object: anyone may increment it, only its owner may
///   reset, overwrite or delete it. Transactions that touch it go through consensus.
/// * `Tally` is an *owned* object: only the address holding it can use it, so
///   transactions on it take the fast path and need no ordering.
module counter::counter;

// === Errors ===

/// The sender is not the counter's owner.
const ENotOwner: u64 = 0;

// === Shared counter ===

public struct Counter has key {
    id: UID,
    owner: address,
    value: u64,
}

/// Create a counter owned by the sender and share it with everyone.
public fun create(ctx: &mut TxContext) {
    transfer::share_object(Counter {
        id: object::new(ctx),
        owner: ctx.sender(),
        value: 0,
    })
}

/// Anyone can increment a shared counter.
public fun increment(counter: &mut Counter) {
    counter.value = counter.value + 1;
}

/// Only the owner can reset the counter to zero.
public fun reset(counter: &mut Counter, ctx: &TxContext) {
    assert_owner(counter, ctx);
    counter.value = 0;
}

/// Only the owner can set the value.
public fun set_value(counter: &mut Counter, value: u64, ctx: &TxContext) {
    assert_owner(counter, ctx);
    counter.value = value;
}

/// Only the owner can delete the counter.
public fun delete(counter: Counter, ctx: &TxContext) {
    assert_owner(&counter, ctx);
    let Counter { id, owner: _, value: _ } = counter;
    id.delete();
}

public fun value(counter: &Counter): u64 { counter.value }

public fun owner(counter: &Counter): address { counter.owner }

fun assert_owner(counter: &Counter, ctx: &TxContext) {
    assert!(counter.owner == ctx.sender(), ENotOwner);
}

// === Owned tally (fast path, no shared object involved) ===

/// No `store`: only this module can move a `Tally`, so it can never be shared and
/// every function taking one is on the fast path.
public struct Tally has key {
    id: UID,
    count: u64,
}

/// Create a tally and send it to the sender.
public fun create_tally(ctx: &mut TxContext) {
    transfer::transfer(Tally { id: object::new(ctx), count: 0 }, ctx.sender())
}

public fun bump(tally: &mut Tally) {
    tally.count = tally.count + 1;
}

/// Add `n` in one call; `n` of zero is a no-op.
public fun bump_by(tally: &mut Tally, n: u64) {
    let mut i = 0;
    while (i < n) {
        tally.bump();
        i = i + 1;
    }
}

public fun count(tally: &Tally): u64 { tally.count }

public fun burn(tally: Tally) {
    let Tally { id, count: _ } = tally;
    id.delete();
}
