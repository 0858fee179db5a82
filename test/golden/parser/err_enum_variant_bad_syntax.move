// Error: enum variants are separated by commas and positional variants use `(...)`;
// `Circle u64` has neither.
module 0x42::err_enum_variant_bad_syntax {
    public enum Shape has drop {
        Circle u64,
        Square(u64),
    }
}
