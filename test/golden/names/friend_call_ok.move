// Edition: legacy
// Valid: a friend may call `public(friend)` functions.
module test::a {
    friend test::b;
    public(friend) fun guarded(): u64 { 1 }
}
module test::b {
    public fun call(): u64 { test::a::guarded() }
}
