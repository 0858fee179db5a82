// Error: invalid cast 'x as bool' in 'truthy': the target of 'as' must be an integer type
module 0x42::bad_cast_to_bool {
    public fun truthy(x: u8): bool {
        (x as bool)
    }
}
