// Error: two imports introduce the same name.
module test::m {
    use sui::coin::Coin;
    use sui::coin::TreasuryCap as Coin;
    public fun f(_c: &Coin<u64>) {}
}
