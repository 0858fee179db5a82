// Valid: 'assert!(cond)' without an abort code (the compiler supplies one) next to 'assert!(cond, code)'
module 0x42::assert_without_code {
    const ETooLarge: u64 = 2;

    public fun halve(x: u64): u64 {
        assert!(x % 2 == 0);
        x / 2
    }

    public fun bounded(x: u64, max: u64): u64 {
        assert!(max > 0);
        assert!(x <= max, ETooLarge);
        max - x
    }
}
