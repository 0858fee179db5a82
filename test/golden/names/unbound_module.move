// Error: unbound module '0x42::pricing' in the 'use' declaration; no such module exists in the package or its dependencies
module 0x42::shop {
    use 0x42::pricing;

    public fun price_of(item: u64): u64 {
        pricing::lookup(item)
    }
}
