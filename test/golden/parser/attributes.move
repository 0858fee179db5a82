/// Attributes on modules, structs, constants, functions and uses.
#[allow(unused_function)]
module 0x42::attributes {
    #[test_only]
    use std::unit_test::assert_eq;

    #[error]
    const ENotPositive: vector<u8> = b"value must be positive";

    const ETooLarge: u64 = 2;

    #[allow(unused_const)]
    const UNUSED_LIMIT: u64 = 99;

    public struct Grid has copy, drop {
        cells: vector<u64>,
    }

    #[deprecated(note = b"use `checked` instead")]
    public fun old_check(x: u64): u64 { x }

    #[deprecated]
    public fun older_check(x: u64): u64 { x }

    public fun checked(x: u64): u64 {
        assert!(x > 0, ENotPositive);
        assert!(x < 1000, ETooLarge);
        x
    }

    #[syntax(index)]
    public fun cell(g: &Grid, i: u64): &u64 { &g.cells[i] }

    #[syntax(index)]
    public fun cell_mut(g: &mut Grid, i: u64): &mut u64 { &mut g.cells[i] }

    #[lint_allow(self_transfer)]
    public fun keep(c: sui::coin::Coin<sui::sui::SUI>, ctx: &TxContext) {
        transfer::public_transfer(c, ctx.sender());
    }

    #[allow(unused_variable, unused_let_mut)]
    fun noisy() {
        let mut ignored = 5;
    }

    #[test]
    fun checked_ok() {
        assert_eq!(checked(5), 5);
    }

    #[random_test]
    fun random_inputs(a: u8, b: u8) {
        let sum = (a as u64) + (b as u64);
        assert!(sum <= 510);
    }

    #[test_only, allow(unused_function)]
    fun helper(): u64 { 3 }
}
