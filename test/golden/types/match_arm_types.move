// Error: match arms of different types.
module test::m {
    public enum Choice has drop { Yes, No }
    public fun f(c: Choice): u64 { match (c) { Choice::Yes => 1, Choice::No => false } }
}
