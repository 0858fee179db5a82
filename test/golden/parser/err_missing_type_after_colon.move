// Error: a `:` in a parameter list and in a `let` is not followed by a type.
module 0x42::err_missing_type_after_colon {
    public fun id(x: ): u64 {
        let y: = x;
        y
    }
}
