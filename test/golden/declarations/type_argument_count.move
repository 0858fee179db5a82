// Error: wrong numbers of type arguments: too few, too many, none for a generic type, and
// arguments on a primitive and on a type parameter.
module test::arity {
    public struct Pair<A, B> has copy, drop { a: A, b: B }

    public fun first(_p: &Pair<u64>): u64 { abort 0 }

    public fun bytes(): vector<u8, u8> { abort 0 }

    public fun flag(_b: bool<u8>) {}

    public fun pair_of(_p: Pair) {}

    public fun param<T>(_t: &T<u64>) {}

    public fun make(a: u64, b: u64): Pair<u64, u64> { Pair { a, b } }
}
