// Error: the abort code of assert! must be a u64.
module test::m {
    public fun f(x: u64) { assert!(x > 0, true); }
}
