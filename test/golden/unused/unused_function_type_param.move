// Error: [warning] unused type parameter 'T' of function 'count' (it appears in no parameter, return type or body)
module 0x42::unused_function_type_param {
    public fun count<T>(v: &vector<u64>): u64 {
        v.length()
    }
}
