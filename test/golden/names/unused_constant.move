// Warning: a constant that is never used.
module test::m {
    const EUnused: u64 = 3;
    public fun f(): u64 { 1 }
}
