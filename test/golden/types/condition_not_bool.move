// Error: an integer used as a condition.
module test::m {
    public fun f(n: u64): u64 { if (n) 1 else 2 }
}
