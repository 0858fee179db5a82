// Legacy (core Move) global-storage style with `acquires` annotations.
// Note: recent Sui compilers no longer accept `acquires` nor global storage; this file
// documents the legacy grammar only.
module 0x42::acquires_legacy {
    struct Counter has key { value: u64 }

    struct Config has key, store { limit: u64 }

    public fun read(addr: address): u64 acquires Counter {
        borrow_global<Counter>(addr).value
    }

    public fun bump(addr: address) acquires Counter, Config {
        let limit = borrow_global<Config>(addr).limit;
        let c = borrow_global_mut<Counter>(addr);
        if (c.value < limit) c.value = c.value + 1;
    }

    public fun exists_at(addr: address): bool {
        exists<Counter>(addr)
    }

    public fun remove(addr: address): u64 acquires Counter {
        let Counter { value } = move_from<Counter>(addr);
        value
    }
}
