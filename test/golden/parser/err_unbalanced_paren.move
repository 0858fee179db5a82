// Error: one `)` too many in a call.
module 0x42::err_unbalanced_paren {
    fun add(a: u64, b: u64): u64 { a + b }

    public fun twice(x: u64): u64 {
        add(x, x))
    }
}
