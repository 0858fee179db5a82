// Error: 'vector<(u64, u64)>' in the signature of 'ranges' uses a tuple as a type argument; type arguments must be single non-reference types
module 0x42::tuple_in_vector {
    public fun ranges(): vector<(u64, u64)> {
        vector[]
    }
}
