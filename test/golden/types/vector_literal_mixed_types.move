// Error: the vector literal in 'mixed' has elements of incompatible types: '1u8' is 'u8' and '2u64' is 'u64'
module 0x42::vector_literal_mixed_types {
    public fun mixed(): u64 {
        let v = vector[1u8, 2u64];
        v.length()
    }
}
