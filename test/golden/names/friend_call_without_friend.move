// Edition: legacy
// Error: `public(friend)` called from a module that is not a friend.
module test::a {
    public(friend) fun guarded(): u64 { 1 }
}
module test::b {
    public fun call(): u64 { test::a::guarded() }
}
