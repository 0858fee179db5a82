// Error: [warning] 'use sui::object::UID' is unnecessary in Move 2024: 'UID' is already imported implicitly (duplicate alias)
module 0x42::redundant_default_alias {
    use sui::object::UID;

    public struct Thing has key { id: UID, size: u64 }

    public fun create(size: u64, ctx: &mut TxContext): Thing {
        Thing { id: object::new(ctx), size }
    }

    public fun size(t: &Thing): u64 { t.size }
}
