// Error: unbound macro 'ensure!' in 'check'; only 'assert!', 'assert_eq!' and macro functions of the standard library or this module exist
module 0x42::unbound_macro {
    const ETooSmall: u64 = 1;

    public fun check(x: u64) {
        ensure!(x > 10, ETooSmall);
    }
}
