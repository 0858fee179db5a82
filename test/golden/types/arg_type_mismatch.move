// Error: a bool passed where a u64 is expected.
module test::m {
    fun double(x: u64): u64 { x * 2 }
    public fun run(): u64 { double(true) }
}
