// Error: the condition of `while` must be parenthesized.
module 0x42::err_while_without_parens {
    public fun halve(mut x: u64): u64 {
        while x > 1 { x = x / 2 };
        x
    }
}
