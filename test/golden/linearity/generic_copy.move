// Error: a generic value without a copy constraint is copied through a reference.
module test::m {
    public fun clone<T>(x: &T): T { *x }
}
