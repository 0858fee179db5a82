// Error: 'abort true' in 'fail' aborts with a 'bool'; the abort code must be a 'u64'
module 0x42::abort_non_u64 {
    public fun fail(x: u64): u64 {
        if (x == 0) abort true;
        x
    }
}
