// Error: the `else` block is never closed: the `}` meant for the function closes the
// `else` block, the one meant for the module closes the function, and the file ends
// inside the module.
module 0x42::err_missing_rbrace_in_function {
    public fun abs_diff(a: u64, b: u64): u64 {
        if (a > b) {
            a - b
        } else {
            b - a
    }
}
