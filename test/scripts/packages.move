// Packages: a second package depends on the first (it compiles against the first's source,
// published at its id); viewing a package; a transaction refused before execution.
//# init --accounts A --addresses base=0x0 user=0x0

//# publish
module base::num;
public struct Num has store, drop { v: u64 }
public fun make(v: u64): Num { Num { v } }
public fun get(n: &Num): u64 { n.v }

//# publish
module user::holder;
use base::num::{Self, Num};
public struct Holder has key { id: UID, n: Num }
public fun create(v: u64, ctx: &mut TxContext) {
    transfer::transfer(Holder { id: object::new(ctx), n: num::make(v) }, ctx.sender());
}
public fun value(h: &Holder): u64 { h.n.get() }

//# run user::holder::create --args 9

//# view-object 3,0

//# view-object 1,0

//# programmable --inputs 5 --gas-budget 10
//> base::num::make(Input(0))

//# run user::holder::value --args immshared(3,0)
