// Valid: test-only items are visible to tests (golden files compile in test mode).
module test::m {
    #[test_only]
    public fun helper(): u64 { 1 }
    #[test]
    fun uses_helper() { assert!(helper() == 1); }
}
