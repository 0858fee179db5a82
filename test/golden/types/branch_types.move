// Error: if branches of different types.
module test::m {
    public fun pick(c: bool): u64 { if (c) 1 else false }
}
