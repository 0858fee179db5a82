// Error: field access on an integer.
module test::m {
    public fun f(n: u64): u64 { n.value }
}
