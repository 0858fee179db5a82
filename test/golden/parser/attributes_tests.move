/// Test attributes: `#[test]`, `#[expected_failure(...)]` in all its forms,
/// combined attribute lists and `#[test_only]` items.
#[test_only]
module 0x42::attributes_tests {
    use 0x42::attributes;

    const ETooLarge: u64 = 2;

    #[test_only]
    const TEST_INPUT: u64 = 5000;

    #[test]
    #[expected_failure(abort_code = ETooLarge, location = 0x42::attributes)]
    fun checked_too_large() {
        attributes::checked(TEST_INPUT);
    }

    #[test]
    #[expected_failure(abort_code = attributes::ETooLarge, location = attributes)]
    fun checked_too_large_by_alias() {
        attributes::checked(1001);
    }

    #[test, expected_failure(abort_code = 0x1::vector::EINDEX_OUT_OF_BOUNDS)]
    fun index_out_of_bounds() {
        let v = vector<u64>[];
        let _ = v[3];
    }

    #[test]
    #[expected_failure(arithmetic_error, location = Self)]
    fun overflow() {
        let x: u8 = 255;
        let _ = x + 1;
    }

    #[test]
    #[expected_failure]
    fun any_failure() {
        abort 7
    }

    #[test]
    #[expected_failure(abort_code = 7, location = Self)]
    fun literal_code() {
        abort 7
    }
}
