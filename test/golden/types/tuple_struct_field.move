// Error: field 'range' of struct 'Window' has the tuple type '(u64, u64)'; struct fields must have a single non-reference type
module 0x42::tuple_struct_field {
    public struct Window has drop {
        range: (u64, u64),
    }

    public fun width(w: &Window): u64 {
        let (lo, hi) = w.range;
        hi - lo
    }
}
