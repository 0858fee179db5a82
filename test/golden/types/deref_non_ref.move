// Error: dereferencing a value that is not a reference.
module test::m {
    public fun f(n: u64): u64 { *n }
}
