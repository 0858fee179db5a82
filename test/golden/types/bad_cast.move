// Error: casting a bool.
module test::m {
    public fun f(b: bool): u64 { (b as u64) }
}
