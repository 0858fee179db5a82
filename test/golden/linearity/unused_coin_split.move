// Error: 'c.split(10, ctx);' in 'shave' discards the new 'Coin<SUI>' returned by 'coin::split', which has no 'drop'
module 0x42::unused_coin_split {
    use sui::coin::Coin;
    use sui::sui::SUI;

    public fun shave(c: &mut Coin<SUI>, ctx: &mut TxContext) {
        c.split(10, ctx);
    }
}
