// Error: unbound function 'double' called in 'quadruple'; no function of that name exists in the module or is imported
module 0x42::unbound_function {
    public fun triple(x: u64): u64 { x * 3 }

    public fun quadruple(x: u64): u64 {
        double(double(x))
    }
}
