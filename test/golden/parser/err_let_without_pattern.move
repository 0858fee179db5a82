// Error: `let` must be followed by a variable or a pattern.
module 0x42::err_let_without_pattern {
    public fun five(): u64 {
        let = 5;
        5
    }
}
