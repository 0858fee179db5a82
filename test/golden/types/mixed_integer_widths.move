// Error: arithmetic on mixed integer types in 'total': 'a' is 'u8' and 'b' is 'u64' (no implicit widening; cast with 'as')
module 0x42::mixed_integer_widths {
    public fun total(a: u8, b: u64): u64 {
        a + b
    }
}
