// Error: assigning through an immutable reference.
module test::m {
    public fun set(r: &u64) { *r = 5; }
}
