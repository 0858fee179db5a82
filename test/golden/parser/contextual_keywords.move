/// Words that act as keywords only in some positions (`has`, `phantom`, `entry`,
/// the ability names `key`/`store`/`drop`, `address`, `package`, `assert`) are
/// ordinary identifiers everywhere else.
module 0x42::contextual_keywords {
    public struct Item has copy, drop, store {
        key: u64,
        store: bool,
        drop: vector<u8>,
        has: u8,
        phantom: address,
    }

    public fun make(key: u64, entry: bool): Item {
        let store = !entry;
        let drop = b"d";
        let has = 1;
        let phantom = @0x1;
        Item { key, store, drop, has, phantom }
    }

    public fun read(item: &Item): (u64, bool, u8) {
        (item.key, item.store, item.has)
    }

    public fun package(x: u64): u64 { x }

    public fun address(a: address): address { a }

    public fun entry(): u64 { package(3) }

    public fun vector_named_local(): u64 {
        let vec = vector[1u64];
        let length = vec.length();
        length + entry()
    }

    public fun assert_named(ok: bool): bool {
        let assert = ok;
        assert!(assert, 0);
        assert
    }
}
