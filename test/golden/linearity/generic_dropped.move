// Error: 'ignore<T>' only borrows its parameter 'x: T', which then goes out of scope, but 'T' is not constrained by 'drop'
module 0x42::generic_dropped {
    public fun weight<T>(_x: &T): u64 { 1 }

    public fun ignore<T>(x: T): u64 {
        weight(&x)
    }
}
