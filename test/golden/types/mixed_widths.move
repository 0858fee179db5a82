// Error: arithmetic on u64 and u8.
module test::m {
    public fun run(a: u64, b: u8): u64 { a + b }
}
