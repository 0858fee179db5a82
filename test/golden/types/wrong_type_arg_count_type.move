// Error: wrong number of type arguments in the type 'Pair<u64>' (parameter of 'first'): 'Pair' has two type parameters
module 0x42::wrong_type_arg_count_type {
    public struct Pair<A, B> has copy, drop { a: A, b: B }

    public fun make<A, B>(a: A, b: B): Pair<A, B> { Pair { a, b } }

    public fun second<A: copy, B: copy>(p: &Pair<A, B>): B { p.b }

    public fun first(p: &Pair<u64>): u64 {
        p.a
    }
}
