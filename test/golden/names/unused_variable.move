// Warning: an unused local and an unused parameter.
module test::m {
    public fun f(x: u64): u64 {
        let y = 2;
        7
    }
}
