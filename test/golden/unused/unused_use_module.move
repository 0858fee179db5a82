// Error: [warning] unused module alias 'table' from 'use sui::table' (only 'bag' is used)
module 0x42::unused_use_module {
    use sui::bag::{Self, Bag};
    use sui::table;

    public fun fresh(ctx: &mut TxContext): Bag {
        bag::new(ctx)
    }
}
