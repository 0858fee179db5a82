// Error: enums cannot be objects.
module test::state {
    public enum Status has key, store {
        Active,
        Closed { at: u64 },
    }
}
