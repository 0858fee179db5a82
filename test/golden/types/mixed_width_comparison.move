// Error: comparison of mixed integer types in 'fits': 'small' is 'u16' and 'limit' is 'u32'
module 0x42::mixed_width_comparison {
    public fun fits(small: u16, limit: u32): bool {
        small <= limit
    }
}
