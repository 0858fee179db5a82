// Valid: a legacy-edition Sui object module: explicit imports of object, transfer and tx_context, no 'mut', no method calls
// Edition: legacy
module 0x42::legacy_object_ok {
    use sui::object::{Self, UID};
    use sui::transfer;
    use sui::tx_context::{Self, TxContext};

    struct Counter has key {
        id: UID,
        owner: address,
        value: u64,
    }

    entry fun create(ctx: &mut TxContext) {
        let c = Counter { id: object::new(ctx), owner: tx_context::sender(ctx), value: 0 };
        transfer::share_object(c);
    }

    public fun increment(c: &mut Counter) {
        c.value = c.value + 1;
    }

    public fun value(c: &Counter): u64 { c.value }

    public fun owner(c: &Counter): address { c.owner }
}
