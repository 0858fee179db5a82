// Legacy address blocks: modules nested inside `address X { ... }`.
address 0x42 {
module registry {
    struct Entry has copy, drop, store {
        key: u64,
        value: u64,
    }

    public fun entry(key: u64, value: u64): Entry {
        Entry { key, value }
    }

    public fun key(e: &Entry): u64 { e.key }

    public fun value(e: &Entry): u64 { e.value }
}

module lookup {
    use 0x42::registry::{Self, Entry};

    public fun find(entries: &vector<Entry>, key: u64): u64 {
        let i = 0;
        let n = std::vector::length(entries);
        while (i < n) {
            let e = std::vector::borrow(entries, i);
            if (registry::key(e) == key) return registry::value(e);
            i = i + 1;
        };
        0
    }
}
}

address deed_std {
module flags {
    const ENABLED: bool = true;

    public fun enabled(): bool { ENABLED }
}
}
