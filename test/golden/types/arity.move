// Error: a call with one argument too many.
module test::m {
    fun add(a: u64, b: u64): u64 { a + b }
    public fun run(): u64 { add(1, 2, 3) }
}
