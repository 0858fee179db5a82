// Error: a parameter is declared twice.
module test::m {
    public fun add(a: u64, a: u64): u64 { a }
}
