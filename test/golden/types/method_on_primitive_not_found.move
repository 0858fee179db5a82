// Error: no method 'sqrt_floor' for type 'u64' in 'x.sqrt_floor()' (function 'root'); std::u64 has 'sqrt' but no 'sqrt_floor'
module 0x42::method_on_primitive_not_found {
    public fun root(x: u64): u64 {
        x.sqrt_floor()
    }
}
