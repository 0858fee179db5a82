// Valid: copying through a reference with a copy constraint.
module test::m {
    public fun clone<T: copy>(x: &T): T { *x }
    public fun pair<T: copy + drop>(x: T): (T, T) { (x, x) }
}
