// Error: duplicate module alias 'coin': 'use sui::balance as coin' clashes with the earlier 'use sui::coin'
module 0x42::duplicate_use_alias {
    use sui::coin;
    use sui::balance as coin;
    use sui::sui::SUI;

    public fun worth(c: &coin::Coin<SUI>): u64 {
        coin::value(c)
    }
}
