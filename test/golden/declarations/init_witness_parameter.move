// Error: a module that declares a one-time witness must take it first in `init`, by value.
module test::coin_a {
    public struct COIN_A has drop {}

    fun init(_ctx: &mut TxContext) {}
}

module test::coin_b {
    public struct COIN_B has drop {}

    fun init(_otw: &COIN_B, _ctx: &mut TxContext) {}
}

module test::coin_c {
    fun init(_otw: u64, _ctx: &mut TxContext) {}
}
