// Error: an arithmetic expression is not an assignment target.
module 0x42::err_assign_to_binop {
    public fun set(mut a: u64, b: u64): u64 {
        a + b = 10;
        a
    }
}
