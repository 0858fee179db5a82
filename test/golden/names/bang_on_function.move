// Error: `!` on a function that is not a macro.
module test::m {
    fun one(): u64 { 1 }
    public fun two(): u64 { one!() + 1 }
}
