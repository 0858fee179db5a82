// Error: parameter 'c' (type 'Coin<SUI>', no 'drop') of 'inspect' is neither moved, returned nor destroyed; it would be dropped at the end
module 0x42::parameter_not_consumed {
    use sui::coin::Coin;
    use sui::sui::SUI;

    public fun inspect(c: Coin<SUI>): u64 {
        c.value()
    }
}
