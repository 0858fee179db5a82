// Error: a struct and a function share a name.
module test::m {
    public struct Item has drop {}
    public fun Item() {}
}
