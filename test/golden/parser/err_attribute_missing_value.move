// Error: `=` in an attribute must be followed by a value.
module 0x42::err_attribute_missing_value {
    #[expected_failure(abort_code = )]
    #[test]
    fun fails() {
        abort 1
    }
}
