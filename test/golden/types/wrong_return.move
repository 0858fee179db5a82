// Error: the body returns a bool where u64 is declared.
module test::m {
    public fun f(): u64 { true }
}
