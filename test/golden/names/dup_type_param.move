// Error: a type parameter is declared twice.
module test::m {
    public struct Pair<T, T> has drop { a: u64 }
}
