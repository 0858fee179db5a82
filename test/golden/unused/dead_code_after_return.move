// Error: [warning] dead code in 'early': the statement after 'return x' can never run
module 0x42::dead_code_after_return {
    public fun early(x: u64): u64 {
        return x;
        x + 1
    }
}
