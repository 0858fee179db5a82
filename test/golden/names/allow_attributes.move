// Valid: `#[allow(...)]` silences the unused-code warnings.
#[allow(unused_const, unused_use)]
module test::m {
    use sui::coin::Coin;
    const EUnused: u64 = 3;
    #[allow(unused_variable)]
    public fun f(x: u64): u64 { 1 }
}
