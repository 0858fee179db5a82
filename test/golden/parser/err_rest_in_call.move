// Error: `..` is not an expression; it cannot be a call argument.
module 0x42::err_rest_in_call {
    fun three(a: u64, b: u64, c: u64): u64 { a + b + c }

    public fun call(): u64 {
        three(1, ..)
    }
}
