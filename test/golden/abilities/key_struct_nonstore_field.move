// Error: object 'Vault' has 'key', so every field needs 'store', but field 'policy' has type 'Policy', which lacks 'store'
module 0x42::key_struct_nonstore_field {
    public struct Policy has copy, drop { max: u64 }

    public struct Vault has key {
        id: UID,
        policy: Policy,
    }

    public fun create(max: u64, ctx: &mut TxContext): Vault {
        Vault { id: object::new(ctx), policy: Policy { max } }
    }

    public fun max(v: &Vault): u64 { v.policy.max }
}
