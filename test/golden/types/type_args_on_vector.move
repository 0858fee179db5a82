// Error: wrong number of type arguments in 'vector<u64, u8>' (return type of 'make'): vector takes exactly one
module 0x42::type_args_on_vector {
    public fun make(): vector<u64, u8> {
        vector[]
    }
}
