// Valid: `public(package)` functions are callable within the package.
module test::a {
    public(package) fun inside(): u64 { 7 }
}
module test::b {
    public fun call(): u64 { test::a::inside() }
}
