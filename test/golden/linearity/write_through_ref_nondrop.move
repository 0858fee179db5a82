// Error: '*slot = fresh' in 'replace' overwrites a 'Coin<SUI>' through a reference; the old value would be dropped, and 'Coin' lacks 'drop'
module 0x42::write_through_ref_nondrop {
    use sui::coin::Coin;
    use sui::sui::SUI;

    public fun replace(slot: &mut Coin<SUI>, fresh: Coin<SUI>) {
        *slot = fresh;
    }
}
