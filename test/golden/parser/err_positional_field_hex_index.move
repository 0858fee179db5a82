// Error: positional field access takes a decimal index; hex or typed numbers
// (`p.0x1`, `p.0u8`) are rejected.
module 0x42::err_positional_field_hex_index {
    public struct Pair(u64, u64) has copy, drop;

    public fun second(p: &Pair): u64 { p.0x1 }

    public fun first(p: &Pair): u64 { p.0u8 }
}
