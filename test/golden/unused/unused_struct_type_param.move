// Error: [warning] type parameter 'T' of struct 'Tag' is unused by its fields; it should be declared 'phantom T'
module 0x42::unused_struct_type_param {
    public struct Tag<T> has copy, drop {
        label: u64,
    }

    public fun tag<T>(label: u64): Tag<T> { Tag { label } }

    public fun label<T>(t: &Tag<T>): u64 { t.label }
}
