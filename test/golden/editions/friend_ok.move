// Valid: legacy friends: 0x42::store declares 'friend 0x42::shop', so shop may call the public(friend) function 'restock'
// Edition: legacy
module 0x42::store {
    friend 0x42::shop;

    struct Inventory has drop { units: u64 }

    public fun empty(): Inventory { Inventory { units: 0 } }

    public fun units(i: &Inventory): u64 { i.units }

    public(friend) fun restock(i: &mut Inventory, n: u64) {
        i.units = i.units + n;
    }
}

module 0x42::shop {
    use 0x42::store::{Self, Inventory};

    public fun open_with(n: u64): Inventory {
        let inv = store::empty();
        store::restock(&mut inv, n);
        inv
    }
}
