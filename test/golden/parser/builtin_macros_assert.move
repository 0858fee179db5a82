module 0x42::builtin_macros_assert {
    use std::unit_test::assert_eq;

    const EZero: u64 = 0;
    const ETooBig: u64 = 1;

    #[error]
    const ENotSorted: vector<u8> = b"input must be sorted";

    public fun checks(x: u64, y: u64) {
        assert!(x != 0);
        assert!(x != 0, EZero);
        assert!(y < 1000, ETooBig);
        assert!(x <= y, ENotSorted);
        assert!(x + y > 0, 42);
        assert!(
            x * 2 < 1_000_000,
            ETooBig,
        );
    }

    public fun sorted(v: &vector<u64>): bool {
        let mut i = 1;
        while (i < v.length()) {
            if (v[i - 1] > v[i]) return false;
            i = i + 1;
        };
        true
    }

    public fun std_function_calls(a: u64, b: u64): u64 {
        let m = std::u64::max(a, b);
        let d = std::u64::diff(a, b);
        m + d
    }

    #[test]
    fun eq_macro() {
        assert_eq!(1 + 1, 2);
        assert_eq!(vector[1, 2], vector[1, 2]);
        assert_eq!(sorted(&vector[1, 2, 3]), true);
        std::unit_test::assert_eq!(b"a", b"a");
    }

    #[test]
    #[expected_failure(abort_code = ETooBig)]
    fun too_big() {
        checks(1, 5000);
    }
}
