// Error: the shift amount of 'x << bits' in 'shift' has type 'u64'; the right operand of '<<' must be a 'u8'
module 0x42::shift_amount_not_u8 {
    public fun shift(x: u64, bits: u64): u64 {
        x << bits
    }
}
