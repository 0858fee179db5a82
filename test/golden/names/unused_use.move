// Warning: an import that is never used.
module test::m {
    use sui::coin::Coin;
    public fun f(): u64 { 1 }
}
