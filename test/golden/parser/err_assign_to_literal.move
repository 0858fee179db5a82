// Error: the left side of `=` must be a local, field, dereference, index or unpack;
// a literal is not assignable.
module 0x42::err_assign_to_literal {
    public fun set(): u64 {
        let x = 3;
        1 = x;
        x
    }
}
