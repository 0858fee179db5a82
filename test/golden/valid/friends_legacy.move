// Valid: legacy friend declarations: 0x42::ledger lists 0x42::teller as a friend, so teller may call public(friend) functions
// Edition: legacy
module 0x42::ledger {
    use sui::object::{Self, UID};
    use sui::tx_context::TxContext;

    friend 0x42::teller;

    struct Ledger has key {
        id: UID,
        total: u64,
    }

    public fun create(ctx: &mut TxContext): Ledger {
        Ledger { id: object::new(ctx), total: 0 }
    }

    public fun total(l: &Ledger): u64 { l.total }

    public(friend) fun record(l: &mut Ledger, amount: u64) {
        l.total = l.total + amount;
    }
}

module 0x42::teller {
    use 0x42::ledger::{Self, Ledger};

    public fun deposit(l: &mut Ledger, amount: u64) {
        ledger::record(l, amount);
    }
}
