// Error: 'make_fixture' is #[test_only] but is called from the non-test function 'setup'; outside test builds it does not exist (unbound function)
module 0x42::test_only_function_from_non_test {
    public struct Fixture has drop { seed: u64 }

    #[test_only]
    public fun make_fixture(): Fixture { Fixture { seed: 7 } }

    public fun seed(f: &Fixture): u64 { f.seed }

    public fun setup(): u64 {
        let f = make_fixture();
        f.seed()
    }
}
