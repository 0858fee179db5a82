// Pre-2024 (legacy) style: bare `struct`, no `let mut`, explicit `use` of
// implicitly-imported framework modules, parenthesized casts only.
module 0x42::legacy_style_module {
    use std::vector;
    use std::option::{Self, Option};
    use sui::object::{Self, UID, ID};
    use sui::transfer;
    use sui::tx_context::{Self, TxContext};

    const EEmpty: u64 = 0;

    struct Inventory has key {
        id: UID,
        items: vector<u64>,
        owner: address,
    }

    struct Receipt has copy, drop, store {
        inventory: ID,
        count: u64,
    }

    fun init(ctx: &mut TxContext) {
        let inv = Inventory {
            id: object::new(ctx),
            items: vector::empty(),
            owner: tx_context::sender(ctx),
        };
        transfer::share_object(inv);
    }

    public entry fun add(inv: &mut Inventory, item: u64) {
        vector::push_back(&mut inv.items, item);
    }

    public fun total(inv: &Inventory): u64 {
        let sum = 0;
        let i = 0;
        let n = vector::length(&inv.items);
        while (i < n) {
            sum = sum + *vector::borrow(&inv.items, i);
            i = i + 1;
        };
        sum
    }

    public fun largest(inv: &Inventory): Option<u64> {
        let n = vector::length(&inv.items);
        if (n == 0) return option::none();
        let best = *vector::borrow(&inv.items, 0);
        let i = 1;
        while (i < n) {
            let x = *vector::borrow(&inv.items, i);
            if (x > best) best = x;
            i = i + 1;
        };
        option::some(best)
    }

    public fun pop(inv: &mut Inventory): u64 {
        assert!(!vector::is_empty(&inv.items), EEmpty);
        vector::pop_back(&mut inv.items)
    }

    public fun receipt(inv: &Inventory): Receipt {
        Receipt { inventory: object::id(inv), count: vector::length(&inv.items) }
    }

    public fun average(inv: &Inventory): u128 {
        let n = vector::length(&inv.items);
        if (n == 0) 0 else (total(inv) as u128) / (n as u128)
    }
}
