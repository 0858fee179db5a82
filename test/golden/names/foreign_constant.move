// Error: constants are internal to their module.
module test::a {
    const LIMIT: u64 = 10;
    public fun limit(): u64 { LIMIT }
}
module test::b {
    public fun limit(): u64 { test::a::LIMIT }
}
