// Edition: legacy
// Valid: legacy modules follow the same object rules, with explicit imports.
module test::legacy_box {
    use sui::object::{Self, UID};
    use sui::tx_context::TxContext;

    struct Crate has key, store {
        id: UID,
        weight: u64,
    }

    public fun new(weight: u64, ctx: &mut TxContext): Crate {
        Crate { id: object::new(ctx), weight }
    }
}
