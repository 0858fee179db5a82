// Error: reading a field of another module's struct.
module test::m {
    use sui::coin::Coin;
    use sui::sui::SUI;
    public fun peek(c: &Coin<SUI>): u64 { c.balance.value() }
}
