// Error: the condition of `if` must be parenthesized.
module 0x42::err_if_without_parens {
    public fun sign(x: u64): u8 {
        if x > 0 { 1 } else { 0 }
    }
}
