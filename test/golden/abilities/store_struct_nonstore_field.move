// Error: struct 'Record' declares 'store' but its field 'ctx_copy' has type 'Witness', which lacks 'store'
module 0x42::store_struct_nonstore_field {
    public struct Witness has copy, drop {}

    public struct Record has store, drop {
        value: u64,
        ctx_copy: Witness,
    }

    public fun new(value: u64): Record { Record { value, ctx_copy: Witness {} } }

    public fun value(r: &Record): u64 { r.value }

    public fun witness(r: &Record): Witness { r.ctx_copy }
}
