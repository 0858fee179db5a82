// Error: integer literal '256u8' in 'max_byte' is out of range for 'u8' (0..=255)
module 0x42::literal_out_of_range_suffix {
    public fun max_byte(): u8 {
        256u8
    }
}
