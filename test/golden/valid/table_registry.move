// Valid: a shared registry holding a Table<address, u64>: contains, add, index-syntax borrow_mut, borrow and remove
module 0x42::points {
    use sui::table::{Self, Table};

    public struct Registry has key {
        id: UID,
        scores: Table<address, u64>,
    }

    public fun create(ctx: &mut TxContext) {
        transfer::share_object(Registry { id: object::new(ctx), scores: table::new(ctx) });
    }

    public fun award(r: &mut Registry, who: address, amount: u64) {
        if (r.scores.contains(who)) {
            let s = &mut r.scores[who];
            *s = *s + amount;
        } else {
            r.scores.add(who, amount);
        }
    }

    public fun score(r: &Registry, who: address): u64 {
        if (r.scores.contains(who)) r.scores[who] else 0
    }

    public fun forget(r: &mut Registry, who: address): u64 {
        r.scores.remove(who)
    }
}
