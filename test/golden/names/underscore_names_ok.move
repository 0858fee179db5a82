// Valid: names starting with `_` are never reported unused.
module test::m {
    public fun f(_x: u64): u64 {
        let _y = 2;
        1
    }
}
