// Valid: #[test] functions inside the module, including #[expected_failure(abort_code = ...)] tests and #[test_only] helpers
module 0x42::math_utils {
    const EDivideByZero: u64 = 1;

    public fun safe_div(a: u64, b: u64): u64 {
        assert!(b != 0, EDivideByZero);
        a / b
    }

    #[test_only]
    fun fixture(): vector<u64> {
        vector[10, 20, 30]
    }

    #[test_only]
    fun bump(x: u64): u64 {
        x + 1
    }

    #[test]
    fun divides() {
        let v = fixture();
        assert!(safe_div(v[2], v[0]) == 3);
    }

    #[test]
    #[expected_failure(abort_code = EDivideByZero)]
    fun divide_by_zero_aborts() {
        let _ = safe_div(1, 0);
    }

    #[test]
    #[expected_failure]
    fun overflow_aborts() {
        let _ = bump(18446744073709551615);
    }
}
