// Error: `amount` is not a local or constant.
module test::m {
    public fun double(x: u64): u64 { x * amount }
}
