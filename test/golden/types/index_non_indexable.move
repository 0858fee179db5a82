// Error: index syntax on a struct without #[syntax(index)] functions.
module test::m {
    public struct Bag has drop { items: vector<u64> }
    public fun first(b: &Bag): u64 { b[0] }
}
