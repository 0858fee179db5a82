// Error: invalid cast of an 'address' to 'u256' in 'as_number'; 'as' only converts between integer types (use sui::address::to_u256)
module 0x42::bad_cast_address {
    public fun as_number(a: address): u256 {
        (a as u256)
    }
}
