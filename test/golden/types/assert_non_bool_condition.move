// Error: the condition of 'assert!' in 'check' is the 'u64' value 'count'; it must be 'bool'
module 0x42::assert_non_bool_condition {
    const EEmpty: u64 = 1;

    public fun check(count: u64) {
        assert!(count, EEmpty);
    }
}
