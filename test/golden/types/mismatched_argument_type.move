// Error: argument type mismatch in 'run': 'scale' expects 'u64' for 'factor' but is given the 'bool' value 'true'
module 0x42::mismatched_argument_type {
    public fun scale(value: u64, factor: u64): u64 {
        value * factor
    }

    public fun run(): u64 {
        scale(10, true)
    }
}
