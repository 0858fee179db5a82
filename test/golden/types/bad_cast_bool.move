// Error: invalid cast 'true as u64' in 'flag_value': only integer types can be cast, and 'bool' is not an integer
module 0x42::bad_cast_bool {
    public fun flag_value(): u64 {
        (true as u64)
    }
}
