// A shared counter used by two accounts; a read-only call takes it as an immutable shared input;
// only the owner may reset it (an abort for anyone else); epochs advance.
//# init --accounts A B --addresses counter=0x0

//# publish
module counter::counter;

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

public fun value(c: &Counter): u64 {
    c.value
}

public fun reset(c: &mut Counter, ctx: &TxContext) {
    assert!(c.owner == ctx.sender(), ENotOwner);
    c.value = 0;
}

public fun epoch_stamp(c: &mut Counter, ctx: &TxContext) {
    c.value = 100 + ctx.epoch();
}

//# run counter::counter::create --sender A

//# run counter::counter::increment --sender A --args object(2,0)

//# run counter::counter::increment --sender B --args object(2,0)

//# run counter::counter::value --sender B --args object(2,0)

//# view-object 2,0

//# run counter::counter::reset --sender B --args object(2,0)

//# view-object 2,0

//# run counter::counter::reset --sender A --args object(2,0)

//# next-epoch

//# next-epoch

//# run counter::counter::epoch_stamp --sender B --args object(2,0)

//# view-object 2,0
