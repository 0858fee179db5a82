// Error: a method that the type's module does not define.
module test::m {
    public fun f(v: vector<u64>): u64 { v.total() }
}
