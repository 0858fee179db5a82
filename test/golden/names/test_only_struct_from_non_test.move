// Error: struct 'MockOracle' is #[test_only] but appears in the signature of the non-test function 'price'; outside test builds it is an unbound type
module 0x42::test_only_struct_from_non_test {
    #[test_only]
    public struct MockOracle has drop { value: u64 }

    public fun price(o: &MockOracle): u64 {
        o.value
    }
}
