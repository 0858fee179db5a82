// Error: unbound module member 'Tabel' in 'use sui::table::{Self, Tabel}' (misspelling of 'Table')
module 0x42::unbound_use_member {
    use sui::table::{Self, Tabel};

    public fun fresh(ctx: &mut TxContext): Tabel<u64, bool> {
        table::new(ctx)
    }
}
